//! The layering rules: the core never depends on the user interface.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_core_never_uses_egui_eframe_or_rfd() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut files = Vec::new();
    rust_files(&core, &mut files);
    assert!(files.len() > 5, "found only {} core files", files.len());
    let banned = ["egui", "eframe", "rfd"];
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for word in banned {
                let used =
                    code.contains(&format!("{word}::")) || code.contains(&format!("use {word}"));
                assert!(
                    !used,
                    "{}:{}: the core must not use {word}: {line}",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}

/// The front ends other than the window (the command line, the report files and the texts
/// they share) never reach into the window's code.
#[test]
fn the_command_line_export_and_texts_never_import_the_window() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.join("export.rs")];
    rust_files(&src.join("cli"), &mut files);
    rust_files(&src.join("text"), &mut files);
    rust_files(&src.join("core"), &mut files);
    assert!(files.len() > 10, "found only {} files", files.len());
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            assert!(
                !code.contains("crate::ui") && !code.contains("ochiq::ui"),
                "{}:{}: only main.rs and the window may use the window: {line}",
                file.display(),
                n + 1
            );
        }
    }
}
