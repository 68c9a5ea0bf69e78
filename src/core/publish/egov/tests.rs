use super::*;
use crate::core::schema::{Field, FieldType, TableSchema};

fn schema(names: &[&str]) -> TableSchema {
    TableSchema {
        fields: names
            .iter()
            .map(|n| Field::new(*n, FieldType::String))
            .collect(),
        ..TableSchema::default()
    }
}

#[test]
fn structure_problems_name_missing_extra_and_repeated_columns() {
    let header: Vec<String> = ["Hudud ", "2024yil", "Izoh", "Izoh"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(
        structure_problems(&schema(&["Hudud", "2023yil", "2024yil"]), &header),
        [
            StructureProblem::MissingColumn("2023yil".into()),
            StructureProblem::ExtraColumn("Izoh".into()),
            StructureProblem::RepeatedColumn("Izoh".into()),
        ]
    );
    let same: Vec<String> = vec!["2024yil".into(), "Hudud".into()];
    assert!(structure_problems(&schema(&["Hudud", "2024yil"]), &same).is_empty());
}

#[test]
fn the_envelope_gives_its_result_or_the_portals_refusal() {
    let ok =
        serde_json::json!({"result": [1], "status": 0, "code": 0, "error": null, "errors": null});
    assert_eq!(unwrap_envelope(ok).ok(), Some(serde_json::json!([1])));
    let refused = serde_json::json!({"result": null, "status": 1, "error": {"uzbText": "Topilmadi", "rusText": "Не найдено"}});
    assert!(matches!(unwrap_envelope(refused), Err(PublishError::Refused(m)) if m == "Topilmadi"));
    let errors = serde_json::json!({"result": null, "errors": {"orgId": ["bad"]}});
    assert!(matches!(unwrap_envelope(errors), Err(PublishError::Refused(m)) if m == "orgId: bad"));
    let status = serde_json::json!({"result": null, "status": 2});
    assert!(matches!(unwrap_envelope(status), Err(PublishError::Refused(m)) if m == "status 2"));
    assert!(matches!(
        unwrap_envelope(serde_json::json!([])),
        Err(PublishError::Protocol(_))
    ));
}

#[test]
fn published_rows_follow_the_structure_and_lose_the_portal_id() {
    let body = br#"[{"b":"2","a":" 1 ","ID":"1"},{"a":"3","b":4,"extra":"x","ID":"2"},{"a":null}]"#;
    let table = published_table(body, &schema(&["a", "b"])).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(table.header(), ["a", "b", "extra"]);
    assert_eq!(table.rows(), 3);
    assert_eq!(table.cell(0, 0), Some(" 1 "));
    assert_eq!(table.cell(0, 1), Some("2"));
    assert_eq!(table.cell(0, 2), None, "the first row had no extra field");
    assert_eq!(table.cell(1, 1), Some("4"));
    assert_eq!(table.cell(1, 2), Some("x"));
    assert_eq!(table.cell(2, 0), Some(""));
    let with_id = published_table(body, &schema(&["ID", "a"])).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        with_id.cell(1, 0),
        Some("2"),
        "kept when the structure names it"
    );
}

#[test]
fn broken_published_data_says_where() {
    let e = published_table(b"[{\"a\":\"1\"},", &schema(&["a"]));
    assert!(
        matches!(&e, Err(PublishError::Protocol(m)) if m.contains("line 1")),
        "{e:?}"
    );
    let e = published_table(b"<html>blocked</html>", &schema(&["a"]));
    assert!(
        matches!(&e, Err(PublishError::Protocol(m)) if m.contains("blocked")),
        "{e:?}"
    );
    let e = published_table(b"[1]", &schema(&["a"]));
    assert!(
        matches!(&e, Err(PublishError::Protocol(m)) if m.contains("row 1")),
        "{e:?}"
    );
    let e = published_table(br#"{"result":null,"error":"no access"}"#, &schema(&["a"]));
    assert!(
        matches!(&e, Err(PublishError::Refused(m)) if m == "no access"),
        "{e:?}"
    );
}

#[test]
fn later_dates_are_recognised_in_the_portals_forms() {
    assert!(is_later("2026-03-02T10:00:00", "2026-02-28T23:00:00"));
    assert!(!is_later("2026-02-28T23:00:00", "2026-03-02T10:00:00"));
    assert!(is_later("02.03.2026 10:00", "28.02.2026 23:00"));
    assert!(is_later("01.01.2026", "31.12.2025 "));
    assert!(
        is_later("2026-01-01", "31.12.2025"),
        "one form against another"
    );
    assert!(is_later("something", "else"));
    assert!(!is_later("same", "same"));
    assert!(!is_later("", "2026-01-01"));
    assert!(is_later("2026-01-01", ""));
}
