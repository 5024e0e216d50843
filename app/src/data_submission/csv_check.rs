//! Pure: checks a CSV file against a form as it streams in, a chunk at a time, in fixed
//! memory. Rows are counted from the first row after the header ("row 73" is the 73rd
//! data row). Every bad row is named with its column and reason (the first
//! `PROBLEMS_SHOWN` of them; the rest are counted), and good rows are handed out only
//! while the file has no problem, so a caller never stores half a file.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};
use super::rules::{check, CheckReport, FieldSpec, Problem, RowProblem};
use crate::core::i18n::Msg;

pub use super::rules::PROBLEMS_SHOWN;
/// The longest row accepted, in bytes: a longer one is not a row of this form.
const ROW_MAX_BYTES: usize = 64 * 1024;
/// The most columns a row may have.
const COLUMNS_MAX: usize = 256;

pub struct CsvChecker<'a> {
    fields: &'a [FieldSpec],
    reader: Option<Reader>,
    /// Bytes before the end of the first line, while the delimiter is unknown.
    first_line: Vec<u8>,
    output: Vec<u8>,
    output_len: usize,
    ends: Vec<usize>,
    ends_len: usize,
    /// For each field, which column of the file holds it (None: not in the file).
    columns: Vec<Option<usize>>,
    header_read: bool,
    oversized: bool,
    pub report: CheckReport,
}

impl<'a> CsvChecker<'a> {
    pub fn new(fields: &'a [FieldSpec], file_name: &str) -> Self {
        CsvChecker {
            fields,
            reader: None,
            first_line: Vec::new(),
            output: vec![0; 4096],
            output_len: 0,
            ends: vec![0; 64],
            ends_len: 0,
            columns: Vec::new(),
            header_read: false,
            oversized: false,
            report: CheckReport { file_name: file_name.to_owned(), ..CheckReport::default() },
        }
    }

    /// Whether good rows may still be stored: no problem found so far.
    pub fn still_clean(&self) -> bool {
        self.report.problems.is_empty()
    }

    /// Reads the next chunk; every complete good row, its values normalised in the form's
    /// field order, goes to `rows` (nothing once a problem was found).
    pub fn feed(&mut self, mut chunk: &[u8], rows: &mut Vec<(u64, Vec<String>)>) {
        if self.reader.is_none() {
            // Spreadsheets write "a;b" in Estonian settings and "a,b" elsewhere: the
            // header line decides. A UTF-8 byte-order mark is dropped.
            let Some(end) = chunk.iter().position(|b| *b == b'\n') else {
                self.first_line.extend_from_slice(chunk);
                if self.first_line.len() > ROW_MAX_BYTES {
                    self.first_line.clear();
                    self.problem(file_problem(Msg::CsvNoHeader));
                    self.reader = Some(ReaderBuilder::new().build());
                    self.header_read = true;
                }
                return;
            };
            self.first_line.extend_from_slice(&chunk[..end]);
            let header = std::mem::take(&mut self.first_line);
            let semicolons = header.iter().filter(|b| **b == b';').count();
            let commas = header.iter().filter(|b| **b == b',').count();
            let delimiter = if semicolons > commas { b';' } else { b',' };
            self.reader = Some(ReaderBuilder::new().delimiter(delimiter).build());
            let header = header.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(&header).to_vec();
            let mut ignored = Vec::new();
            self.read(&header, &mut ignored);
            self.read(b"\n", &mut ignored);
            chunk = &chunk[end + 1..];
        }
        self.read(chunk, rows);
    }

    /// The end of the file: the last row may have had no line break.
    pub fn finish(mut self, rows: &mut Vec<(u64, Vec<String>)>) -> CheckReport {
        if self.reader.is_none() {
            let header = std::mem::take(&mut self.first_line);
            if !header.is_empty() {
                self.feed(&header, rows);
                self.feed(b"\n", rows);
            }
        }
        if self.reader.is_some() {
            self.read(&[], rows);
        }
        if !self.header_read {
            self.problem(file_problem(Msg::CsvEmpty));
        } else if self.report.rows == 0 && self.report.problems.is_empty() {
            self.problem(file_problem(Msg::CsvNoRows));
        }
        self.report
    }

    fn read(&mut self, mut input: &[u8], rows: &mut Vec<(u64, Vec<String>)>) {
        loop {
            let Some(reader) = self.reader.as_mut() else { return };
            let (result, read, written, ended) = reader.read_record(input, &mut self.output[self.output_len..], &mut self.ends[self.ends_len..]);
            input = &input[read..];
            self.output_len += written;
            self.ends_len += ended;
            match result {
                // At the end csv-core gives the last record and then `End`; more input
                // is all it can ask for otherwise.
                ReadRecordResult::InputEmpty => return,
                ReadRecordResult::OutputFull => {
                    if self.output.len() >= ROW_MAX_BYTES {
                        // Keep reading to find where the row ends, but drop its bytes.
                        self.oversized = true;
                        self.output_len = 0;
                        self.ends_len = 0;
                    } else {
                        self.output.resize(self.output.len() * 2, 0);
                    }
                }
                ReadRecordResult::OutputEndsFull => {
                    if self.ends.len() >= COLUMNS_MAX {
                        self.oversized = true;
                        self.output_len = 0;
                        self.ends_len = 0;
                    } else {
                        self.ends.resize(self.ends.len() * 2, 0);
                    }
                }
                ReadRecordResult::Record => {
                    self.record(rows);
                    self.output_len = 0;
                    self.ends_len = 0;
                    self.oversized = false;
                }
                ReadRecordResult::End => return,
            }
        }
    }

    fn record(&mut self, rows: &mut Vec<(u64, Vec<String>)>) {
        // An oversized row's bytes were dropped as it was read: only its place is known.
        if self.oversized {
            if !self.header_read {
                self.header_read = true;
                self.problem(file_problem(Msg::CsvNoHeader));
            } else {
                self.report.rows += 1;
                self.report.bad_rows += 1;
                let row = self.report.rows;
                self.problem(RowProblem { row, column: String::new(), message: Msg::CsvRowTooLong, params: Vec::new() });
            }
            return;
        }
        let mut cells: Vec<Result<&str, ()>> = Vec::with_capacity(self.ends_len);
        let mut start = 0;
        for end in &self.ends[..self.ends_len] {
            cells.push(std::str::from_utf8(&self.output[start..*end]).map_err(|_| ()));
            start = *end;
        }
        if !self.header_read {
            self.header_read = true;
            let names: Vec<String> = cells.iter().map(|cell| cell.map(|c| c.trim().to_lowercase()).unwrap_or_default()).collect();
            self.columns = self.fields.iter().map(|field| names.iter().position(|name| *name == field.key)).collect();
            let mut problems = Vec::new();
            for (field, column) in self.fields.iter().zip(&self.columns) {
                if column.is_none() && field.required {
                    problems.push(RowProblem { row: 0, column: field.key.clone(), message: Msg::CsvMissingColumn, params: Vec::new() });
                }
            }
            for name in names.iter().filter(|name| !name.is_empty() && !self.fields.iter().any(|f| f.key == **name)) {
                problems.push(RowProblem { row: 0, column: name.clone(), message: Msg::CsvUnknownColumn, params: Vec::new() });
            }
            for problem in problems {
                self.problem(problem);
            }
            return;
        }
        // A blank line is no row.
        if cells.iter().all(|cell| matches!(cell, Ok(text) if text.trim().is_empty())) {
            return;
        }
        self.report.rows += 1;
        let row = self.report.rows;
        if cells.iter().any(Result::is_err) {
            self.report.bad_rows += 1;
            self.problem(RowProblem { row, column: String::new(), message: Msg::CsvNotUtf8, params: Vec::new() });
            return;
        }
        let mut values = Vec::with_capacity(self.fields.len());
        let mut found = Vec::new();
        for (field, column) in self.fields.iter().zip(&self.columns) {
            let raw = column.and_then(|index| cells.get(index)).and_then(|cell| cell.ok()).unwrap_or("");
            match check(field, raw) {
                Ok(value) => values.push(value),
                Err(problem) => found.push(problem_at(row, field, &problem)),
            }
        }
        drop(cells);
        if found.is_empty() {
            if self.still_clean() {
                rows.push((row, values));
            }
        } else {
            self.report.bad_rows += 1;
            for problem in found {
                self.problem(problem);
            }
        }
    }

    fn problem(&mut self, problem: RowProblem) {
        if self.report.problems.len() < PROBLEMS_SHOWN {
            self.report.problems.push(problem);
        } else {
            self.report.more_problems += 1;
        }
    }
}

fn problem_at(row: u64, field: &FieldSpec, problem: &Problem) -> RowProblem {
    RowProblem { row, column: field.key.clone(), message: problem.message(), params: problem.params() }
}

/// A whole file checked at once (tests, and small files).
pub fn check_all(fields: &[FieldSpec], bytes: &[u8], chunk: usize) -> (CheckReport, Vec<(u64, Vec<String>)>) {
    let mut checker = CsvChecker::new(fields, "test.csv");
    let mut rows = Vec::new();
    for part in bytes.chunks(chunk.max(1)) {
        checker.feed(part, &mut rows);
    }
    let report = checker.finish(&mut rows);
    (report, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data_submission::rules::FieldKind;
    use crate::services::model::Text;

    fn fields() -> Vec<FieldSpec> {
        vec![
            FieldSpec { key: "building".into(), label: Text::new("Hoone", "Building"), kind: FieldKind::Text, unit: String::new(), required: true, min: None, max: None },
            FieldSpec { key: "year".into(), label: Text::new("Aasta", "Year"), kind: FieldKind::Integer, unit: String::new(), required: true, min: Some(200_000), max: Some(210_000) },
            FieldSpec { key: "heat_mwh".into(), label: Text::new("Soojus", "Heat"), kind: FieldKind::Decimal, unit: "MWh".into(), required: true, min: Some(0), max: None },
            FieldSpec { key: "note".into(), label: Text::new("Märkus", "Note"), kind: FieldKind::Text, unit: String::new(), required: false, min: None, max: None },
        ]
    }

    fn file(rows: usize, bad: Option<usize>) -> String {
        let mut text = String::from("building,year,heat_mwh\n");
        for n in 1..=rows {
            let heat = if Some(n) == bad { "lots".to_owned() } else { format!("{n}.5") };
            text.push_str(&format!("\"Riia {n}, Tartu\",2025,{heat}\n"));
        }
        text
    }

    #[test]
    fn a_clean_file_gives_every_row_in_any_chunking() {
        for chunk in [1, 7, 64, 100_000] {
            let (report, rows) = check_all(&fields(), file(100, None).as_bytes(), chunk);
            assert!(report.is_clean(), "chunk {chunk}: {report:?}");
            assert_eq!(report.rows, 100);
            assert_eq!(rows.len(), 100);
            assert_eq!(rows[72], (73, vec!["Riia 73, Tartu".to_owned(), "2025".to_owned(), "73.5".to_owned(), String::new()]));
        }
    }

    #[test]
    fn a_bad_row_is_named_and_no_row_is_handed_out_after_it() {
        let (report, rows) = check_all(&fields(), file(100, Some(73)).as_bytes(), 13);
        assert!(!report.is_clean());
        assert_eq!(report.rows, 100);
        assert_eq!(report.bad_rows, 1);
        assert_eq!(report.problems, vec![RowProblem { row: 73, column: "heat_mwh".into(), message: Msg::ValSubmissionDecimal, params: vec![] }]);
        assert!(rows.len() <= 72, "rows after the bad one were handed out");
    }

    #[test]
    fn semicolons_a_byte_order_mark_a_missing_last_newline_and_blank_lines_are_fine() {
        let text = "\u{feff}Building;YEAR;heat_mwh;note\n\nRiia 1;2024;12,5;\"a; b\"\nRiia 2;2024;0;";
        let (report, rows) = check_all(&fields(), text.as_bytes(), 5);
        assert!(report.is_clean(), "{report:?}");
        assert_eq!(rows, vec![(1, vec!["Riia 1".into(), "2024".into(), "12.5".into(), "a; b".into()]), (2, vec!["Riia 2".into(), "2024".into(), "0".into(), String::new()])]);
    }

    #[test]
    fn the_header_must_name_the_required_columns_and_only_known_ones() {
        let (report, _) = check_all(&fields(), b"building,heat_mwh,colour\nRiia 1,1,red\n", 64);
        let named: Vec<(u64, &str, Msg)> = report.problems.iter().map(|p| (p.row, p.column.as_str(), p.message)).collect();
        assert_eq!(named, vec![(0, "year", Msg::CsvMissingColumn), (0, "colour", Msg::CsvUnknownColumn), (1, "year", Msg::ValSubmissionRequired)]);
    }

    #[test]
    fn empty_files_and_headers_alone_are_refused() {
        assert_eq!(check_all(&fields(), b"", 8).0.problems[0].message, Msg::CsvEmpty);
        assert_eq!(check_all(&fields(), b"building,year,heat_mwh\n", 8).0.problems[0].message, Msg::CsvNoRows);
    }

    #[test]
    fn problems_beyond_the_list_are_counted_not_kept() {
        let mut text = String::from("building,year,heat_mwh\n");
        for _ in 0..(PROBLEMS_SHOWN + 20) {
            text.push_str(",1800,x\n");
        }
        let (report, rows) = check_all(&fields(), text.as_bytes(), 4096);
        assert_eq!(report.problems.len(), PROBLEMS_SHOWN);
        assert_eq!(report.more_problems, (PROBLEMS_SHOWN as u64 + 20) * 3 - PROBLEMS_SHOWN as u64);
        assert_eq!(report.bad_rows, PROBLEMS_SHOWN as u64 + 20);
        assert!(rows.is_empty());
    }

    #[test]
    fn text_that_is_not_utf8_is_named() {
        let mut bytes = b"building,year,heat_mwh\n".to_vec();
        bytes.extend_from_slice(b"T\xf5nu,2024,1\n");
        let (report, _) = check_all(&fields(), &bytes, 64);
        assert_eq!(report.problems[0].message, Msg::CsvNotUtf8);
        assert_eq!(report.problems[0].row, 1);
    }
}

fn file_problem(message: Msg) -> RowProblem {
    RowProblem { row: 0, column: String::new(), message, params: Vec::new() }
}
