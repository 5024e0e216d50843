//! Pure: what a submission form asks for, and whether a value fits. The web form and a
//! CSV file are checked by the same rules, so both accept exactly the same data.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::i18n::Msg;
use crate::participation::editor::parse_hundredths;
use crate::services::model::{keyed, Text};

keyed! {
    /// What a field holds: text (up to `TEXT_MAX` characters), a whole number, a number
    /// with at most two decimals ("23 491,13" or "23491.13"), or a date ("2026-11-28" or
    /// "28.11.2026").
    FieldKind {
        Text = "text" => FieldKindText,
        Integer = "integer" => FieldKindInteger,
        Decimal = "decimal" => FieldKindDecimal,
        Date = "date" => FieldKindDate,
    }
}

pub const TEXT_MAX: usize = 500;

/// The HTML form's name (and element id) for a field: `field-{key}`.
pub fn input_name(key: &str) -> String {
    format!("field-{key}")
}

/// One field of a form: its column name in CSV files (`key`), label, type, unit, whether
/// it must be filled, and for numbers the allowed range (in hundredths, both inclusive).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldSpec {
    pub key: String,
    pub label: Text,
    pub kind: FieldKind,
    #[serde(default)]
    pub unit: String,
    pub required: bool,
    #[serde(default)]
    pub min: Option<i64>,
    #[serde(default)]
    pub max: Option<i64>,
}

/// Why a value was refused; each names its own message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    TooLong,
    NotInteger,
    NotDecimal,
    NotDate,
    /// Below the allowed minimum (in hundredths).
    BelowMin(i64),
    AboveMax(i64),
}

impl Problem {
    pub fn message(&self) -> Msg {
        match self {
            Problem::Missing => Msg::ValSubmissionRequired,
            Problem::TooLong => Msg::ValSubmissionTooLong,
            Problem::NotInteger => Msg::ValSubmissionInteger,
            Problem::NotDecimal => Msg::ValSubmissionDecimal,
            Problem::NotDate => Msg::ValSubmissionDate,
            Problem::BelowMin(_) => Msg::ValSubmissionBelow,
            Problem::AboveMax(_) => Msg::ValSubmissionAbove,
        }
    }

    /// The message's `{placeholders}`: the limit, written as people write numbers.
    pub fn params(&self) -> Vec<(String, String)> {
        match self {
            Problem::BelowMin(limit) | Problem::AboveMax(limit) => vec![("limit".to_owned(), plain_number(*limit))],
            Problem::TooLong => vec![("max".to_owned(), TEXT_MAX.to_string())],
            _ => Vec::new(),
        }
    }
}

/// Hundredths as a plain number with a dot, no trailing zeros: 2349113 → "23491.13",
/// 500 → "5", 250 → "2.5". The form datasets and CSV files use it.
pub fn plain_number(hundredths: i64) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let value = hundredths.unsigned_abs();
    let (whole, cents) = (value / 100, value % 100);
    match cents {
        0 => format!("{sign}{whole}"),
        c if c % 10 == 0 => format!("{sign}{whole}.{}", c / 10),
        c => format!("{sign}{whole}.{c:02}"),
    }
}

/// Checks one value against its field and gives it back normalised: numbers as plain
/// numbers with a dot, dates as `YYYY-MM-DD`, text trimmed. An empty optional value is "".
pub fn check(spec: &FieldSpec, raw: &str) -> Result<String, Problem> {
    let value = raw.trim();
    if value.is_empty() {
        return if spec.required { Err(Problem::Missing) } else { Ok(String::new()) };
    }
    match spec.kind {
        FieldKind::Text => {
            if value.chars().count() > TEXT_MAX {
                Err(Problem::TooLong)
            } else {
                Ok(value.to_owned())
            }
        }
        FieldKind::Integer => {
            let cleaned: String = value.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
            let number = cleaned.parse::<i64>().ok().filter(|n| n.unsigned_abs() < 10_000_000_000_000).ok_or(Problem::NotInteger)?;
            in_range(spec, number * 100)?;
            Ok(number.to_string())
        }
        FieldKind::Decimal => {
            let hundredths = parse_hundredths(value).ok_or(Problem::NotDecimal)?;
            in_range(spec, hundredths)?;
            Ok(plain_number(hundredths))
        }
        FieldKind::Date => {
            let date = crate::core::dates::parse_date(value)
                .or_else(|| NaiveDate::parse_from_str(value, "%d.%m.%Y").ok())
                .filter(|d| (1900..=2100).contains(&chrono::Datelike::year(d)))
                .ok_or(Problem::NotDate)?;
            Ok(date.format("%Y-%m-%d").to_string())
        }
    }
}

fn in_range(spec: &FieldSpec, hundredths: i64) -> Result<(), Problem> {
    if let Some(min) = spec.min.filter(|min| hundredths < *min) {
        return Err(Problem::BelowMin(min));
    }
    if let Some(max) = spec.max.filter(|max| hundredths > *max) {
        return Err(Problem::AboveMax(max));
    }
    Ok(())
}

keyed! {
    /// A submission's way through review: a checked file whose rows are still being
    /// written (`storing`: nobody sees it; it becomes a draft in one step when the last row
    /// is in, or goes if that fails) → a checked CSV file its sender has not sent yet
    /// (`draft`, stewards do not see it) → submitted → accepted or rejected.
    SubmissionStatus {
        Storing = "storing" => SubmissionStoring,
        Draft = "draft" => SubmissionDraft,
        Submitted = "submitted" => SubmissionSubmitted,
        Accepted = "accepted" => SubmissionAccepted,
        Rejected = "rejected" => SubmissionRejected,
    }
}

/// A steward's decision: accepting needs nothing more, rejecting needs a reason the
/// sender will read. Only a submitted one may be decided, once.
pub fn decide(current: SubmissionStatus, accept: bool, reason: &str) -> Result<SubmissionStatus, Msg> {
    if current != SubmissionStatus::Submitted {
        return Err(Msg::SubmissionAlreadyDecided);
    }
    if accept {
        Ok(SubmissionStatus::Accepted)
    } else if reason.trim().is_empty() {
        Err(Msg::ValSubmissionReason)
    } else {
        Ok(SubmissionStatus::Rejected)
    }
}

/// What a photo's first bytes say it is: JPEG, PNG or WebP, or nothing we accept
/// (whatever name or type the browser gave it).
pub fn photo_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// The photo as it is stored and shown: the same pixels, without what the camera wrote
/// about where and with what it was taken (EXIF with its GPS position, XMP, comments,
/// maker notes, text chunks). `None` when the file does not parse as the kind it claims.
/// Kept: what decoding needs, and the colour profile. (The EXIF orientation goes too, so a
/// phone photo taken sideways may show sideways: turning it needs a re-encode.) Server only.
#[cfg(feature = "ssr")]
pub fn without_metadata(bytes: Vec<u8>, kind: &str) -> Option<Vec<u8>> {
    use img_parts::{jpeg::Jpeg, png::Png, webp::WebP, Bytes, ImageEXIF};
    let bytes = Bytes::from(bytes);
    let cleaned = match kind {
        "image/jpeg" => {
            let mut jpeg = Jpeg::from_bytes(bytes).ok()?;
            // APP0 (JFIF), APP2 (ICC profile), APP14 (Adobe colour transform) stay; the other
            // application segments (APP1: EXIF and XMP, APP13: IPTC …) and comments go.
            jpeg.segments_mut().retain(|segment| {
                let marker = segment.marker();
                let application = (0xE0..=0xEF).contains(&marker);
                !(marker == 0xFE || (application && !matches!(marker, 0xE0 | 0xE2 | 0xEE)))
            });
            jpeg.encoder().bytes()
        }
        "image/png" => {
            let mut png = Png::from_bytes(bytes).ok()?;
            png.chunks_mut().retain(|chunk| !matches!(&chunk.kind(), b"eXIf" | b"tEXt" | b"zTXt" | b"iTXt" | b"tIME"));
            png.encoder().bytes()
        }
        "image/webp" => {
            let mut webp = WebP::from_bytes(bytes).ok()?;
            webp.set_exif(None);
            webp.remove_chunks_by_id(*b"XMP ");
            webp.encoder().bytes()
        }
        _ => return None,
    };
    Some(cleaned.to_vec())
}

/// The largest photo accepted.
pub const PHOTO_MAX_BYTES: usize = 5 * 1024 * 1024;

/// How many problems a file's report lists; a file with more says how many more.
pub const PROBLEMS_SHOWN: usize = 500;

/// One thing wrong with the file: a row (0 for the header or the file as a whole), the
/// column's key when it concerns one, and the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    pub row: u64,
    pub column: String,
    pub message: Msg,
    pub params: Vec<(String, String)>,
}

/// What checking a whole file found.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckReport {
    pub file_name: String,
    pub rows: u64,
    pub bad_rows: u64,
    pub problems: Vec<RowProblem>,
    /// Problems beyond those listed.
    pub more_problems: u64,
}

impl CheckReport {
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty() && self.rows > 0
    }
}

/// A field key: 1–40 lower-case letters, digits and underscores, starting with a letter
/// (it is a CSV column and a JSON key).
pub fn key_ok(key: &str) -> bool {
    (1..=40).contains(&key.len()) && key.starts_with(|c: char| c.is_ascii_lowercase()) && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// A form's fields as staff write them, one per line:
/// `key | kind | unit | required/optional | min | max | label et | label en | label ru`
/// (`heat_mwh | decimal | MWh | required | 0 | | Soojusenergia | Heat | Тепловая энергия`).
/// Numbers as people write them. The first bad line is named by its number.
pub fn parse_fields(text: &str) -> Result<Vec<FieldSpec>, usize> {
    let mut fields: Vec<FieldSpec> = Vec::new();
    for (index, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let number = index + 1;
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        if parts.len() < 7 || parts.len() > 9 {
            return Err(number);
        }
        let key = parts[0].to_lowercase();
        let kind = FieldKind::from_key(&parts[1].to_lowercase()).ok_or(number)?;
        let required = match parts[3].to_lowercase().as_str() {
            "required" | "kohustuslik" => true,
            "optional" | "vabatahtlik" | "" => false,
            _ => return Err(number),
        };
        let limit = |text: &str| -> Result<Option<i64>, usize> {
            if text.is_empty() {
                Ok(None)
            } else {
                parse_hundredths(text).map(Some).ok_or(number)
            }
        };
        let (min, max) = (limit(parts[4])?, limit(parts[5])?);
        let numeric = matches!(kind, FieldKind::Integer | FieldKind::Decimal);
        let label = Text::new(parts[6], parts.get(7).copied().unwrap_or_default()).with_ru(parts.get(8).copied().unwrap_or_default());
        if !key_ok(&key) || fields.iter().any(|f| f.key == key) || label.et.is_empty() || label.et.chars().count() > 200 || (!numeric && (min.is_some() || max.is_some())) || matches!((min, max), (Some(a), Some(b)) if a > b) {
            return Err(number);
        }
        fields.push(FieldSpec { key, label, kind, unit: parts[2].chars().take(30).collect(), required, min, max });
    }
    Ok(fields)
}

/// The fields as the editor shows them, in the same form `parse_fields` reads.
pub fn fields_text(fields: &[FieldSpec]) -> String {
    fields
        .iter()
        .map(|f| {
            let limit = |value: Option<i64>| value.map(plain_number).unwrap_or_default();
            format!(
                "{} | {} | {} | {} | {} | {} | {} | {} | {}",
                f.key,
                f.kind.key(),
                f.unit,
                if f.required { "required" } else { "optional" },
                limit(f.min),
                limit(f.max),
                f.label.et,
                f.label.en.clone().unwrap_or_default(),
                f.label.ru.clone().unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(kind: FieldKind, required: bool, min: Option<i64>, max: Option<i64>) -> FieldSpec {
        FieldSpec { key: "x".into(), label: Text::new("X", "X"), kind, unit: String::new(), required, min, max }
    }

    #[test]
    fn numbers_are_read_as_people_write_them_and_kept_plain() {
        let decimal = field(FieldKind::Decimal, true, Some(0), None);
        assert_eq!(check(&decimal, "23 491,13"), Ok("23491.13".into()));
        assert_eq!(check(&decimal, "12.50"), Ok("12.5".into()));
        assert_eq!(check(&decimal, "7"), Ok("7".into()));
        assert_eq!(check(&decimal, "-1"), Err(Problem::BelowMin(0)));
        assert_eq!(check(&decimal, "1,234"), Err(Problem::NotDecimal));
        assert_eq!(check(&decimal, "abc"), Err(Problem::NotDecimal));
        let year = field(FieldKind::Integer, true, Some(200_000), Some(210_000));
        assert_eq!(check(&year, "2025"), Ok("2025".into()));
        assert_eq!(check(&year, "1999"), Err(Problem::BelowMin(200_000)));
        assert_eq!(check(&year, "2101"), Err(Problem::AboveMax(210_000)));
        assert_eq!(check(&year, "2025.5"), Err(Problem::NotInteger));
        assert_eq!(Problem::AboveMax(210_000).params(), vec![("limit".to_owned(), "2100".to_owned())]);
    }

    #[test]
    fn empty_values_are_missing_only_when_required() {
        assert_eq!(check(&field(FieldKind::Text, true, None, None), "  "), Err(Problem::Missing));
        assert_eq!(check(&field(FieldKind::Decimal, false, Some(0), None), ""), Ok(String::new()));
        assert_eq!(check(&field(FieldKind::Text, false, None, None), &"a".repeat(TEXT_MAX + 1)), Err(Problem::TooLong));
    }

    #[test]
    fn dates_in_either_form_become_iso() {
        let date = field(FieldKind::Date, true, None, None);
        assert_eq!(check(&date, "28.11.2026"), Ok("2026-11-28".into()));
        assert_eq!(check(&date, "2026-11-28"), Ok("2026-11-28".into()));
        assert_eq!(check(&date, "31.02.2026"), Err(Problem::NotDate));
    }

    #[test]
    fn plain_numbers_drop_trailing_zeros() {
        assert_eq!(plain_number(2349113), "23491.13");
        assert_eq!(plain_number(250), "2.5");
        assert_eq!(plain_number(-5), "-0.05");
        assert_eq!(plain_number(0), "0");
    }

    #[test]
    fn only_a_submitted_one_is_decided_and_a_rejection_needs_a_reason() {
        assert_eq!(decide(SubmissionStatus::Submitted, true, ""), Ok(SubmissionStatus::Accepted));
        assert_eq!(decide(SubmissionStatus::Submitted, false, " "), Err(Msg::ValSubmissionReason));
        assert_eq!(decide(SubmissionStatus::Submitted, false, "Duplicate"), Ok(SubmissionStatus::Rejected));
        assert_eq!(decide(SubmissionStatus::Accepted, false, "x"), Err(Msg::SubmissionAlreadyDecided));
        assert_eq!(decide(SubmissionStatus::Draft, true, ""), Err(Msg::SubmissionAlreadyDecided));
    }

    #[test]
    fn fields_are_written_one_per_line_and_read_back_the_same() {
        let text = "heat_mwh | decimal | MWh | required | 0 | 100 000 | Soojusenergia | Heat | Тепловая энергия\nnote | text |  | optional |  |  | Märkus";
        let fields = parse_fields(text).unwrap();
        assert_eq!(fields.len(), 2);
        assert_eq!((fields[0].kind, fields[0].required, fields[0].min, fields[0].max), (FieldKind::Decimal, true, Some(0), Some(10_000_000)));
        assert_eq!(fields[1].label.en, None);
        assert_eq!(parse_fields(&fields_text(&fields)).unwrap(), fields, "the editor shows what it reads");
        assert_eq!(parse_fields("a | colour |  | required |  |  | A"), Err(1), "an unknown kind");
        assert_eq!(parse_fields("ok | text |  | required |  |  | A\nok | text |  | required |  |  | B"), Err(2), "a key twice");
        assert_eq!(parse_fields("Bad Key | text |  | required |  |  | A"), Err(1));
        assert_eq!(parse_fields("n | integer |  | required | 10 | 1 | N"), Err(1), "min above max");
        assert_eq!(parse_fields("t | text |  | required | 1 |  | T"), Err(1), "a range on text");
        assert_eq!(parse_fields("t | text |  | maybe |  |  | T"), Err(1));
    }

    /// A JPEG segment: marker, length (including itself), content.
    #[cfg(feature = "ssr")]
    fn segment(marker: u8, content: &[u8]) -> Vec<u8> {
        let length = (content.len() + 2) as u16;
        [&[0xFF, marker][..], &length.to_be_bytes(), content].concat()
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_jpegs_exif_xmp_and_comments_are_removed_and_its_picture_kept() {
        let scan = [0x12, 0x34, 0x56, 0x78];
        let photo = [
            vec![0xFF, 0xD8],
            segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"),
            segment(0xE1, b"Exif\0\0GPSLatitude 58.3776 Canon EOS"),
            segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>GPS</x:xmpmeta>"),
            segment(0xED, b"Photoshop 3.0\0IPTC city Tartu"),
            segment(0xFE, b"taken by Mari"),
            segment(0xE2, b"ICC_PROFILE\0\x01\x01profile"),
            segment(0xDB, &[0; 65]),
            segment(0xDA, &[1, 1, 0, 0, 63, 0]),
            scan.to_vec(),
            vec![0xFF, 0xD9],
        ]
        .concat();
        let cleaned = without_metadata(photo, "image/jpeg").expect("a JPEG");
        let text = String::from_utf8_lossy(&cleaned);
        for gone in ["Exif", "GPS", "Canon", "xmpmeta", "IPTC", "Mari"] {
            assert!(!text.contains(gone), "{gone} is still there");
        }
        assert!(text.contains("JFIF") && text.contains("ICC_PROFILE"), "what decoding and colour need stays");
        assert!(cleaned.windows(4).any(|w| w == scan) && cleaned.ends_with(&[0xFF, 0xD9]), "the picture itself is untouched");
        assert_eq!(photo_type(&cleaned), Some("image/jpeg"));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_pngs_text_and_exif_chunks_are_removed() {
        fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
            let crc = crc32([&kind[..], data].concat().as_slice());
            [&(data.len() as u32).to_be_bytes()[..], kind, data, &crc.to_be_bytes()].concat()
        }
        fn crc32(bytes: &[u8]) -> u32 {
            let mut crc = 0xFFFF_FFFF_u32;
            for byte in bytes {
                crc ^= u32::from(*byte);
                for _ in 0..8 {
                    crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
                }
            }
            !crc
        }
        let photo = [
            b"\x89PNG\r\n\x1a\n".to_vec(),
            chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]),
            chunk(b"eXIf", b"MM\0*GPS 58.37"),
            chunk(b"tEXt", b"Author\0Mari"),
            chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>"),
            chunk(b"IDAT", &[0x78, 0x9C, 0x63, 0, 0, 0, 2, 0, 1]),
            chunk(b"IEND", &[]),
        ]
        .concat();
        let cleaned = without_metadata(photo, "image/png").expect("a PNG");
        let text = String::from_utf8_lossy(&cleaned);
        for gone in ["eXIf", "GPS", "Mari", "xmpmeta"] {
            assert!(!text.contains(gone), "{gone} is still there");
        }
        assert!(text.contains("IHDR") && text.contains("IDAT") && text.contains("IEND"));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_file_that_is_not_what_it_claims_is_refused() {
        assert_eq!(without_metadata(vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 1], "image/jpeg"), None);
        assert_eq!(without_metadata(b"\x89PNG\r\n\x1a\nbroken".to_vec(), "image/png"), None);
    }

    #[test]
    fn photos_are_known_by_their_first_bytes() {
        assert_eq!(photo_type(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(photo_type(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(photo_type(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(photo_type(b"<svg onload=alert(1)>"), None);
        assert_eq!(photo_type(b"GIF89a"), None);
    }
}
