//! Findings about how the source is laid out rather than about its values: labels merged down
//! over data rows, whose value a reader sees in the first row of the block only, and a table
//! that yields no rows while its file holds data elsewhere.

use super::{Code, Finding};
use crate::core::ingest::SourceInfo;

/// One [`Code::MergedCells`] finding per region merged down over data rows, at its first row
/// and column, naming the rows it covers as the source numbers them (1-based).
pub fn source_findings(info: &SourceInfo, header: &[String]) -> Vec<Finding> {
    let mut regions: Vec<_> = info.merged.iter().collect();
    regions.sort_by_key(|m| (m.rows.0, m.columns.0));
    regions
        .into_iter()
        .filter(|m| m.rows.1 > m.rows.0)
        .map(|m| {
            let col = m.columns.0;
            let mut finding = Finding::new(Code::MergedCells)
                .at(m.rows.0 as u64 + 1, col)
                .value(&m.value)
                .arg("first", (m.rows.0 + 1).to_string())
                .arg("last", (m.rows.1 + 1).to_string());
            if let Some(label) = header.get(col) {
                finding = finding.with_field(label);
            }
            finding
        })
        .collect()
}

/// The finding for a table that yields no data rows although its file holds data elsewhere:
/// a workbook whose chosen sheet is a note while another sheet holds the table, or a text
/// file whose rows all went above the header row chosen.
pub fn no_data_finding(info: &SourceInfo, rows: u64) -> Option<Finding> {
    if rows > 0 {
        return None;
    }
    let elsewhere = info
        .data_sheets
        .iter()
        .any(|s| Some(s) != info.sheet.as_ref());
    if !elsewhere && info.preamble.is_empty() {
        return None;
    }
    let mut finding = Finding::new(Code::NoDataRows);
    if let Some(sheet) = &info.sheet {
        finding = finding
            .arg("sheet", sheet.clone())
            .arg("sheets", info.data_sheets.join(", "));
    }
    Some(finding)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ingest::{FileFormat, MergedRegion};

    #[test]
    fn each_region_merged_down_is_one_finding_with_its_rows() {
        let mut info: SourceInfo = serde_json::from_value(serde_json::json!({
            "path": "a.xlsx", "format": "Xlsx", "size": 1, "encoding": null, "bom": false,
            "delimiter": null, "quote": null,
            "header": {"header_row": 0, "has_header": true},
            "sheets": ["Sheet1"], "sheet": "Sheet1", "preamble": []
        }))
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(info.format, FileFormat::Xlsx);
        info.merged = vec![MergedRegion {
            rows: (1, 3),
            columns: (0, 0),
            value: "Andijon viloyati".into(),
        }];
        let header = ["Viloyat".to_owned(), "Tuman".to_owned()];
        let findings = source_findings(&info, &header);
        assert_eq!(findings.len(), 1);
        let f = &findings[0];
        assert_eq!(f.code, Code::MergedCells);
        assert_eq!((f.row, f.column), (Some(2), Some(1)));
        assert_eq!(f.field.as_deref(), Some("Viloyat"));
        assert_eq!(f.value.as_deref(), Some("Andijon viloyati"));
        assert_eq!(f.args.get("first").map(String::as_str), Some("2"));
        assert_eq!(f.args.get("last").map(String::as_str), Some("4"));
    }
}
