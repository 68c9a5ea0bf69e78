//! The command line as a scheduled job or CI script would run it: exit codes and `--json`.

use std::process::Command;

use crate::common::fixture;

fn ochiq(args: &[&str], home: &std::path::Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ochiq"))
        .args(args)
        .env("OCHIQ_HOME", home)
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap_or_else(|e| panic!("cannot run ochiq: {e}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn validate_exits_0_1_2_and_prints_the_json_report() {
    let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let valid = fixture("utf8_semicolon.csv");
    let (code, out, _) = ochiq(
        &["validate", valid.to_str().unwrap_or_default()],
        home.path(),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Valid: 5 rows checked"), "{out}");

    // A package whose schema the data breaks: one type error, one constraint error.
    let dir = home.path().join("pkg");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("d.csv"), "id;sana\n1;05.01.2026\nx;31.02.2026\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let package = r#"{"resources":[{"name":"d","path":"d.csv","dialect":{"delimiter":";"},
        "schema":{"fields":[{"name":"id","type":"integer","constraints":{"required":true}},
                            {"name":"sana","type":"date","format":"%d.%m.%Y"}]}}]}"#;
    std::fs::write(dir.join("datapackage.json"), package).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join("datapackage.json");
    let (code, out, _) = ochiq(
        &["validate", path.to_str().unwrap_or_default(), "--json"],
        home.path(),
    );
    assert_eq!(code, 1, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["valid"], false);
    assert_eq!(v["rows"], 2);
    assert_eq!(v["error_counts"]["type-error"], 2);
    let first = &v["errors"][0];
    assert_eq!(first["code"], "type-error");
    assert_eq!(first["row"], 3);
    assert!(
        first["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("Row 3"))
    );
    assert!(first["suggestions"].is_array());

    let broken = fixture("binary_garbage.csv");
    let (code, _, err) = ochiq(
        &["validate", broken.to_str().unwrap_or_default()],
        home.path(),
    );
    assert_eq!(code, 2);
    assert!(err.contains("is not a table"), "{err}");
}
