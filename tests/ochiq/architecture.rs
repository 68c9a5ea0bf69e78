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

/// The top-level core modules (`calendar`, `schema` …) each file under `core` belongs to.
fn core_modules(core: &Path) -> Vec<(String, Vec<std::path::PathBuf>)> {
    let mut modules = Vec::new();
    for entry in std::fs::read_dir(core).into_iter().flatten().flatten() {
        let path = entry.path();
        let name = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() {
            let mut files = Vec::new();
            rust_files(&path, &mut files);
            modules.push((name, files));
        } else if path.extension().is_some_and(|e| e == "rs") && name != "mod" {
            modules.push((name, vec![path]));
        }
    }
    modules.sort();
    modules
}

/// The first name of each item of a `{a, b::c, d::{e, f}}` group that starts `text`.
fn group_heads(text: &str) -> Vec<&str> {
    let mut heads = Vec::new();
    let (mut depth, mut item_start) = (0usize, Some(1usize));
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => item_start = Some(i + 1),
            _ => {}
        }
        if let Some(start) = item_start.filter(|&s| s <= i) {
            let rest = text[start..].trim_start();
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                let at = text.len() - rest.len();
                heads.push(&text[at..at + name.len()]);
            }
            item_start = None;
        }
    }
    heads
}

/// The core modules a file names: `crate::core::x`, each head of `crate::core::{x, y}`, and
/// `super::x` (`super::super::x` one folder down) where that `super` is the core itself.
fn named_modules(file: &Path, core: &Path, text: &str) -> Vec<(String, usize)> {
    let below = file
        .strip_prefix(core)
        .map(|p| p.components().count())
        .unwrap_or(0);
    let is_mod = file.file_name().is_some_and(|n| n == "mod.rs");
    // How many `super::` lead from this file to the core.
    let supers = if is_mod { below - 1 } else { below };
    let core_super = format!("{}::", vec!["super"; supers.max(1)].join("::"));
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    // The code without comments, line breaks kept so offsets give line numbers.
    let code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    let line_of = |at: usize| code[..at].matches('\n').count() + 1;
    let mut found = Vec::new();
    let mut read = |at: usize, rest: &str| {
        if rest.starts_with('{') {
            found.extend(
                group_heads(rest)
                    .into_iter()
                    .map(|h| (h.to_owned(), line_of(at))),
            );
        } else {
            found.push((ident(rest), line_of(at)));
        }
    };
    for (at, _) in code.match_indices("crate::core::") {
        read(at, &code[at + "crate::core::".len()..]);
    }
    if supers >= 1 {
        for (at, _) in code.match_indices(&core_super) {
            let before = &code[..at];
            // `super::super::x` read from its first `super`, not again from its second.
            if before.ends_with("super::")
                || before.ends_with(|c: char| c.is_alphanumeric() || c == '_')
            {
                continue;
            }
            read(at, &code[at + core_super.len()..]);
        }
    }
    found
}

/// A circle of imports among the top-level modules of the core at `core`, as the modules in
/// order with where each names the next (`path:line`); `None` when they form none.
fn core_import_cycle(core: &Path) -> Option<Vec<(String, String)>> {
    use std::collections::BTreeMap;
    let modules = core_modules(core);
    let names: Vec<&str> = modules.iter().map(|(m, _)| m.as_str()).collect();
    // module → imported module → where.
    let mut edges: BTreeMap<&str, BTreeMap<&str, String>> = BTreeMap::new();
    for (module, files) in &modules {
        for file in files {
            let text = std::fs::read_to_string(file).unwrap_or_default();
            for (other, line) in named_modules(file, core, &text) {
                if let Some(&other) = names.iter().find(|&&n| n == other && n != module) {
                    edges
                        .entry(module.as_str())
                        .or_default()
                        .entry(other)
                        .or_insert_with(|| format!("{}:{line}", file.display()));
                }
            }
        }
    }
    // Depth-first search; a module met again while still on the path closes a circle.
    fn visit<'a>(
        m: &'a str,
        edges: &BTreeMap<&'a str, BTreeMap<&'a str, String>>,
        path: &mut Vec<&'a str>,
        done: &mut Vec<&'a str>,
    ) -> Option<Vec<&'a str>> {
        if let Some(at) = path.iter().position(|&p| p == m) {
            let mut circle = path[at..].to_vec();
            circle.push(m);
            return Some(circle);
        }
        if done.contains(&m) {
            return None;
        }
        path.push(m);
        for &next in edges.get(m).map(|e| e.keys()).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.push(m);
        None
    }
    let mut done = Vec::new();
    for &start in &names {
        let mut path = Vec::new();
        if let Some(circle) = visit(start, &edges, &mut path, &mut done) {
            return Some(
                circle
                    .windows(2)
                    .map(|w| (w[0].to_owned(), edges[w[0]][w[1]].clone()))
                    .collect(),
            );
        }
    }
    None
}

#[test]
fn the_core_modules_import_each_other_in_no_circle() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    assert!(core_modules(&core).len() > 10);
    if let Some(circle) = core_import_cycle(&core) {
        let names: Vec<&str> = circle.iter().map(|(m, _)| m.as_str()).collect();
        let wheres: Vec<String> = circle
            .iter()
            .map(|(m, at)| format!("  {m} imports the next at {at}"))
            .collect();
        panic!(
            "the core modules import each other in a circle: {} → {}\n{}",
            names.join(" → "),
            names.first().copied().unwrap_or_default(),
            wheres.join("\n")
        );
    }
}

#[test]
fn an_import_circle_in_a_core_is_found_and_named() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let core = dir.path();
    let write = |path: &str, text: &str| {
        let path = core.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{e}"));
    };
    write(
        "mod.rs",
        "pub mod date;\npub mod calendar;\npub mod publish;\n",
    );
    write("date.rs", "pub struct Date;\n");
    write("calendar/mod.rs", "mod ics;\nuse super::date::Date;\n");
    // Only a comment names publish here: it is no import.
    write(
        "calendar/ics.rs",
        "// crate::core::publish::x\nuse super::super::date;\n",
    );
    write("publish/mod.rs", "use crate::core::{date::Date, lang};\n");
    assert_eq!(core_import_cycle(core), None);

    // One folder down, `super::super::calendar` is the core's calendar.
    write("publish/flow.rs", "use super::super::calendar::Period;\n");
    assert_eq!(core_import_cycle(core), None);
    write(
        "calendar/ics.rs",
        "use crate::core::{\n    date,\n    publish::{bytes_sha256, Receipt},\n};\n",
    );
    let circle = core_import_cycle(core).unwrap_or_else(|| panic!("no circle found"));
    let names: Vec<&str> = circle.iter().map(|(m, _)| m.as_str()).collect();
    assert_eq!(names, ["calendar", "publish"]);
    assert!(circle[0].1.ends_with("ics.rs:1"), "{circle:?}");
    assert!(circle[1].1.ends_with("flow.rs:1"), "{circle:?}");
}
