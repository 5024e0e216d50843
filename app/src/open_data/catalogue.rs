//! Pure: what an open dataset is (its description and its table), and the table written
//! as CSV or as JSON objects. The datasets themselves are gathered in `server.rs`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::services::model::Text;

/// Every dataset's licence: the city's open data may be reused with attribution.
pub const LICENCE: &str = "CC-BY-4.0";
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    /// The CSV header and the JSON key: stable, never translated.
    pub key: String,
    pub title: Text,
}

pub fn column(key: &str, et: &str, en: &str, ru: &str) -> Column {
    Column { key: key.to_owned(), title: Text::new(et, en).with_ru(ru) }
}

/// A dataset as the catalogue lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatasetInfo {
    pub id: String,
    pub title: Text,
    pub description: Text,
    /// When its data last changed (RFC 3339), or None for data read live (the calendar).
    pub updated: Option<String>,
    pub rows: u64,
    pub columns: Vec<Column>,
}

/// A dataset's rows: one value per column, JSON strings, numbers or null.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub rows: Vec<Vec<Value>>,
}

/// A number kept exactly as written ("23491.13"), as a JSON number.
pub fn number(text: &str) -> Value {
    text.parse::<serde_json::Number>().map(Value::Number).unwrap_or(Value::Null)
}

pub fn text(value: impl Into<String>) -> Value {
    let value = value.into();
    if value.is_empty() { Value::Null } else { Value::String(value) }
}

/// The table as CSV for spreadsheets: a header of the column keys, then the rows.
pub fn to_csv(columns: &[Column], table: &Table) -> String {
    let mut out = String::new();
    out.push_str(&columns.iter().map(|c| crate::core::csv::field(&c.key)).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    for row in &table.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|cell| match cell {
                Value::Null => String::new(),
                Value::String(text) => crate::core::csv::field(text),
                other => other.to_string(),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Rows as JSON objects keyed by column.
pub fn to_objects(columns: &[Column], rows: &[Vec<Value>]) -> Vec<Map<String, Value>> {
    rows.iter().map(|row| columns.iter().map(|c| c.key.clone()).zip(row.iter().cloned()).collect()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_and_json_carry_the_same_values() {
        let columns = vec![column("year", "Aasta", "Year", "Год"), column("value", "Väärtus", "Value", "Значение"), column("note", "Märkus", "Note", "Примечание")];
        let table = Table { rows: vec![vec![number("2022"), number("23491.13"), text("=kaal, t")], vec![number("2023"), Value::Null, text("")]] };
        assert_eq!(to_csv(&columns, &table), "year,value,note\r\n2022,23491.13,\"'=kaal, t\"\r\n2023,,\r\n");
        let objects = to_objects(&columns, &table.rows);
        assert_eq!(Value::Object(objects[0].clone()), serde_json::json!({"year": 2022, "value": 23491.13, "note": "=kaal, t"}), "JSON keeps the text as written");
        assert_eq!(objects[1]["value"], Value::Null);
    }
}
