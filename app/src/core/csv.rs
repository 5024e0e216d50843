//! Pure: CSV for spreadsheets, the way the city's staff open it.
//!
//! OWASP's CSV-injection advice, in full: a spreadsheet runs a cell as a formula when it
//! begins with `=`, `+`, `-`, `@`, a tab or a carriage return, so such a cell gets a `'`
//! first and is read as text. Estonian Excel splits a row on `;` as well as `,` when it
//! ignores the quotes (opening the file as text): `x;=HYPERLINK(…)` would become a second
//! cell starting with `=`. So every field holding a separator, quote, tab or line break is
//! quoted, and a formula character just after a `,` or `;` inside it is neutralised too.

/// What makes a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV field, safe to open in a spreadsheet.
pub fn field(text: &str) -> String {
    let mut safe = String::with_capacity(text.len() + 2);
    let mut cell_starts = true;
    for character in text.chars() {
        if cell_starts && FORMULA_START.contains(&character) {
            safe.push('\'');
        }
        safe.push(character);
        // Spaces before the formula character do not stop Excel or LibreOffice from running it.
        cell_starts = matches!(character, ',' | ';') || (cell_starts && character == ' ');
    }
    if safe.contains([',', ';', '"', '\n', '\r', '\t']) { format!("\"{}\"", safe.replace('"', "\"\"")) } else { safe }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_and_formulas_neutralised() {
        assert_eq!(field("Saal"), "Saal");
        assert_eq!(field("Saal, suur"), "\"Saal, suur\"");
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(field("Say \"hi\""), "\"Say \"\"hi\"\"\"");
    }

    #[test]
    fn every_way_a_spreadsheet_would_run_a_cell_is_neutralised() {
        assert_eq!(field("+372 5555 5555"), "'+372 5555 5555");
        assert_eq!(field("-5"), "'-5");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\t=1+1"), "\"'\t=1+1\"");
        assert_eq!(field("\r=1+1"), "\"'\r=1+1\"");
        assert_eq!(field("  =1+1"), "  '=1+1");
        // A cell that Estonian Excel would split on `;` (or `,`) into a formula.
        assert_eq!(field("x;=HYPERLINK(\"http://evil.example\")"), "\"x;'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assert_eq!(field("x; =1+1"), "\"x; '=1+1\"");
        assert_eq!(field("a,-1"), "\"a,'-1\"");
        assert_eq!(field("x;y"), "\"x;y\"", "a split would still not run anything, but the cell stays one");
        assert_eq!(field("e-post: mari@example.ee"), "e-post: mari@example.ee", "inside a cell they are text");
    }
}
