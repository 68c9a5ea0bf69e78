//! The validation report as files people and tools read: JSON (the shape `ochiq validate
//! --json` prints) and CSV (one finding a row, for Excel). Messages are in the given language;
//! both front ends use these.

use crate::core::validate::Report;
use crate::i18n::I18n;

/// `{"valid", "rows", "error_counts", "errors": [{code, row, column, field, value, args, message, suggestions}]}`.
pub fn report_json(i18n: &I18n, report: &Report) -> String {
    let counts: serde_json::Map<String, serde_json::Value> = report
        .counts
        .iter()
        .map(|(code, n)| (code.as_str().to_owned(), serde_json::json!(n)))
        .collect();
    let errors: Vec<serde_json::Value> = report
        .findings
        .iter()
        .map(|f| {
            serde_json::json!({
                "code": f.code.as_str(),
                "row": f.row,
                "column": f.column,
                "field": f.field,
                "value": f.value,
                "args": f.args,
                "message": i18n.finding(f),
                "suggestions": [],
            })
        })
        .collect();
    serde_json::json!({
        "valid": report.is_valid(),
        "rows": report.rows,
        "error_counts": counts,
        "errors": errors,
    })
    .to_string()
}

/// One finding a row: code, row, column, field, value, message. UTF-8 with a BOM and `;`, so
/// Excel in Uzbek and Russian locales opens it with the letters and columns right.
pub fn report_csv(i18n: &I18n, report: &Report) -> String {
    let mut out = String::from("\u{feff}code;row;column;field;value;message\r\n");
    let quote = |s: &str| {
        if s.contains([';', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_owned()
        }
    };
    for f in &report.findings {
        let fields = [
            f.code.as_str().to_owned(),
            f.row.map(|r| r.to_string()).unwrap_or_default(),
            f.column.map(|c| c.to_string()).unwrap_or_default(),
            f.field.clone().unwrap_or_default(),
            f.value.clone().unwrap_or_default(),
            i18n.finding(f),
        ];
        let line: Vec<String> = fields.iter().map(|s| quote(s)).collect();
        out.push_str(&line.join(";"));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lang::Lang;
    use crate::core::validate::{Code, Finding};

    fn sample() -> Report {
        let mut r = Report::new(10);
        r.rows = 3;
        let mut f = Finding::new(Code::TypeError).arg("type", "date/%d.%m.%Y");
        f.row = Some(3);
        f.column = Some(2);
        f.field = Some("Sana".into());
        f.value = Some("31.02.2026; \"x\"".into());
        r.add(f);
        r
    }

    #[test]
    fn json_has_the_documented_shape() {
        let v: serde_json::Value =
            serde_json::from_str(&report_json(&I18n::new(Lang::En), &sample())).unwrap_or_default();
        assert_eq!(v["valid"], false);
        assert_eq!(v["rows"], 3);
        assert_eq!(v["error_counts"]["type-error"], 1);
        assert_eq!(v["errors"][0]["field"], "Sana");
        assert!(
            v["errors"][0]["message"]
                .as_str()
                .is_some_and(|m| m.contains("Row 3"))
        );
        assert!(v["errors"][0]["suggestions"].is_array());
    }

    #[test]
    fn csv_quotes_what_needs_quoting_and_reads_back() {
        let text = report_csv(&I18n::new(Lang::Ru), &sample());
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map_while(Result::ok).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][0], "type-error");
        assert_eq!(&rows[0][4], "31.02.2026; \"x\"");
        assert!(rows[0][5].contains("Строка 3"));
    }
}
