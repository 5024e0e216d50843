//! Pure: CSV for spreadsheets, the way the city's staff open it.

/// One CSV field: quoted when it holds a comma, quote or line break, and a leading
/// `= + - @` neutralised so a spreadsheet never runs it as a formula.
pub fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
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
}
