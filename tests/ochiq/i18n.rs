//! The translations: every language file parses and has exactly the English ids; every id the
//! code looks up exists and every English id is looked up somewhere; a message has the same
//! variables in all four languages; Russian and Uzbek Cyrillic hold no English words, Uzbek
//! Latin no English sentences and only the Uzbek apostrophes; Russian counts have all of
//! Russian's plural forms.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use ochiq::core::lang::Lang;
use ochiq::i18n::I18n;

/// One message of a language file, reduced to what the checks need.
struct Message {
    /// The line of the file where the message starts.
    line: usize,
    /// Every piece of text the message can show (each variant of a selection included), with
    /// a space where a placeable stands.
    text: String,
    /// The `$variables` the message shows.
    shown: BTreeSet<String>,
    /// The `$variables` the message only chooses its words by (the count in `{ $count -> … }`).
    selectors: BTreeSet<String>,
    /// For each selection, the variable it selects on and its variant keys.
    selections: Vec<(String, BTreeSet<String>)>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn ftl_path(lang: Lang) -> String {
    format!("i18n/{}/ochiq.ftl", lang.code())
}

fn messages(lang: Lang) -> BTreeMap<String, Message> {
    let path = ftl_path(lang);
    let source = std::fs::read_to_string(root().join(&path))
        .unwrap_or_else(|e| panic!("{path} cannot be read: {e}"));
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{path} does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        let Entry::Message(m) = entry else { continue };
        let offset = m.id.name.as_ptr() as usize - source.as_ptr() as usize;
        let mut msg = Message {
            line: source[..offset].lines().count() + 1,
            text: String::new(),
            shown: BTreeSet::new(),
            selectors: BTreeSet::new(),
            selections: Vec::new(),
        };
        if let Some(value) = &m.value {
            walk_pattern(value, &mut msg);
        }
        for attribute in &m.attributes {
            walk_pattern(&attribute.value, &mut msg);
        }
        out.insert(m.id.name.to_owned(), msg);
    }
    out
}

fn walk_pattern(pattern: &Pattern<&str>, msg: &mut Message) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => msg.text.push_str(value),
            PatternElement::Placeable { expression } => {
                msg.text.push(' ');
                walk_expression(expression, msg);
                msg.text.push(' ');
            }
        }
    }
}

fn walk_expression(expression: &Expression<&str>, msg: &mut Message) {
    match expression {
        Expression::Select { selector, variants } => {
            let on = match selector {
                InlineExpression::VariableReference { id } => id.name.to_owned(),
                other => {
                    walk_inline(other, msg);
                    String::new()
                }
            };
            msg.selectors.insert(on.clone());
            let keys = variants
                .iter()
                .map(|v| match &v.key {
                    fluent_syntax::ast::VariantKey::Identifier { name } => (*name).to_owned(),
                    fluent_syntax::ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                })
                .collect();
            msg.selections.push((on, keys));
            for variant in variants {
                walk_pattern(&variant.value, msg);
                msg.text.push(' ');
            }
        }
        Expression::Inline(inline) => walk_inline(inline, msg),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, msg: &mut Message) {
    match inline {
        InlineExpression::StringLiteral { value } => msg.text.push_str(value),
        InlineExpression::VariableReference { id } => {
            msg.shown.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                walk_inline(arg, msg);
            }
            for arg in &arguments.named {
                walk_inline(&arg.value, msg);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, msg),
        InlineExpression::NumberLiteral { .. }
        | InlineExpression::MessageReference { .. }
        | InlineExpression::TermReference { .. } => {}
    }
}

/// Fails listing every problem found, not only the first.
fn assert_none(problems: &[String], what: &str) {
    assert!(
        problems.is_empty(),
        "{what} ({}):\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

#[test]
fn every_language_has_exactly_the_english_ids() {
    let english = messages(Lang::En);
    assert!(english.len() > 50);
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let other = messages(lang);
        for id in english.keys().filter(|id| !other.contains_key(*id)) {
            problems.push(format!("{} lacks {id}", ftl_path(lang)));
        }
        for (id, m) in other.iter().filter(|(id, _)| !english.contains_key(*id)) {
            problems.push(format!(
                "{}:{} has {id}, which English lacks",
                ftl_path(lang),
                m.line
            ));
        }
    }
    assert_none(&problems, "ids differ between languages");
}

/// Every `tr!(i18n, "id" …)` under `src/`, with the files that use it. `tr!` is the only way
/// the code looks a message up (its ids are literals checked against English when compiling);
/// a source that reaches the Fluent loader another way fails here, so that a lookup this test
/// cannot see is noticed.
fn ids_used_in_code() -> BTreeMap<String, BTreeSet<String>> {
    let mut used: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    assert!(files.len() > 10, "no sources found under src/");
    let mut other_lookups = Vec::new();
    for file in files {
        let source =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let name = file
            .strip_prefix(root())
            .unwrap_or(&file)
            .display()
            .to_string();
        // Comments may show the macro as an example; they are not lookups.
        let code: String = source
            .lines()
            .map(|l| {
                if l.trim_start().starts_with("//") {
                    ""
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        for (at, _) in code.match_indices("tr!(") {
            // `include_str!(` and other macros ending in `tr!` are not lookups.
            if code[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                continue;
            }
            match literal_id(&code[at + 4..]) {
                Some(id) => {
                    used.entry(id).or_default().insert(name.clone());
                }
                None if name.ends_with("i18n.rs") => {} // the macro's own definition
                None => other_lookups.push(format!("{name}: a tr! whose id is not a literal")),
            }
        }
        let outside_the_macro = !name.ends_with("src/i18n.rs");
        for way in ["fl!(", ".get_args(", ".get_args_concrete(", ".get_attr"] {
            if outside_the_macro && code.contains(way) {
                other_lookups.push(format!("{name}: looks messages up with {way}"));
            }
        }
    }
    assert_none(
        &other_lookups,
        "messages looked up other than by tr! with a literal id; teach this test that way",
    );
    used
}

/// The id in `i18n, "id" …` after `tr!(`: the string literal after the first top-level comma.
fn literal_id(args: &str) -> Option<String> {
    let mut depth = 0;
    let comma = args.char_indices().find_map(|(i, c)| {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return Some(None),
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => return Some(Some(i)),
            _ => {}
        }
        None
    })??;
    let rest = args[comma + 1..].trim_start().strip_prefix('"')?;
    let end = rest.find('"')?;
    Some(rest[..end].to_owned())
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_id_the_code_uses_exists_and_every_english_id_is_used() {
    let used = ids_used_in_code();
    let english = messages(Lang::En);
    let mut problems = Vec::new();
    for (id, files) in &used {
        if !english.contains_key(id) {
            let files: Vec<&str> = files.iter().map(String::as_str).collect();
            problems.push(format!(
                "{id} (used in {}) is missing from i18n/en/ochiq.ftl",
                files.join(", ")
            ));
        }
    }
    for (id, m) in &english {
        if !used.contains_key(id) {
            problems.push(format!(
                "i18n/en/ochiq.ftl:{} {id} is used nowhere under src/: use it or delete it from all four files",
                m.line
            ));
        }
    }
    assert_none(&problems, "ids in the code and in English disagree");
}

/// A translation shows the variables English shows (one that drops or misspells `{ $name }`
/// shows a wrong text) and chooses its words only by variables the code passes. A language may
/// leave out a choice English needs ("Строк: 5" needs no plural).
#[test]
fn a_message_has_the_same_variables_in_every_language() {
    let english = messages(Lang::En);
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        for (id, m) in &messages(lang) {
            let Some(en) = english.get(id) else { continue };
            let passed: BTreeSet<&String> = en.shown.union(&en.selectors).collect();
            let unknown: Vec<&String> = m
                .selectors
                .iter()
                .filter(|v| !v.is_empty() && !passed.contains(v))
                .collect();
            if m.shown != en.shown || !unknown.is_empty() {
                problems.push(format!(
                    "{}:{} {id} shows {:?} and chooses by {:?}; English shows {:?} and chooses by {:?}",
                    ftl_path(lang),
                    m.line,
                    m.shown,
                    m.selectors,
                    en.shown,
                    en.selectors
                ));
            }
        }
    }
    assert_none(&problems, "variables differ from English");
}

/// Russian counts have every form Russian needs: 1 файл, 2 файла, 5 файлов (`one`, `few`,
/// `many`; `other` is the default, for fractions).
#[test]
fn russian_counts_have_all_plural_forms() {
    let mut problems = Vec::new();
    for (id, m) in &messages(Lang::Ru) {
        for (on, keys) in &m.selections {
            if keys.contains("one") || keys.contains("few") || keys.contains("many") {
                let lacking: Vec<&str> = ["one", "few", "many", "other"]
                    .into_iter()
                    .filter(|k| !keys.contains(*k))
                    .collect();
                if !lacking.is_empty() {
                    problems.push(format!(
                        "i18n/ru/ochiq.ftl:{} {id} counts ${on} without {lacking:?}",
                        m.line
                    ));
                }
            }
        }
    }
    assert_none(&problems, "Russian plurals incomplete");
}

/// Latin words that stay Latin in Russian and Uzbek Cyrillic: formats, standards, products,
/// the portal's own names for things, key names as printed on keyboards.
const LATIN_NAMES: &[&str] = &[
    "API",
    "CKAN",
    "CSV",
    "Ctrl",
    "Alt",
    "Shift",
    "Tab",
    "Enter",
    "Esc",
    "Excel",
    "GeoJSON",
    "GetById",
    "Google",
    "HTTP",
    "HTTPS",
    "ID",
    "ISO",
    "JSON",
    "LibreOffice",
    "ODS",
    "Ochiq",
    "Outlook",
    "SHA",
    "SOATO",
    "TSV",
    "URL",
    "UTF",
    "XLS",
    "XLSX",
    "XML",
    "datapackage",
    "ics",
    "json",
    "structId",
    "tsv",
    "csv",
    "xlsx",
];

/// Messages that name the command line's own Latin words (values a user types).
const COMMAND_WORDS: &[(&str, &[&str])] = &[
    ("target-bad-kind", &["folder", "ckan", "egov"]),
    // How a cell writes a byte that is not text: \xD7.
    ("finding-encoding-error", &["xNN"]),
];

/// The Latin words of `text` that are not names, web addresses, file names, key combinations,
/// command lines, single letters (N days, 2026-Q3) or allowed command words.
fn latin_words(id: &str, text: &str) -> Vec<String> {
    let allowed: &[&str] = COMMAND_WORDS
        .iter()
        .find(|(i, _)| *i == id)
        .map_or(&[], |(_, words)| words);
    let mut found = Vec::new();
    for token in text.split_whitespace() {
        let token = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        // Web addresses, options and commands: data.egov.uz, --json, ochiq target list.
        if token.contains(".egov.") || token.starts_with("--") || token.starts_with("http") {
            continue;
        }
        for word in token.split(|c: char| !c.is_ascii_alphabetic()) {
            if word.len() < 2 || LATIN_NAMES.contains(&word) || allowed.contains(&word) {
                continue;
            }
            found.push(word.to_owned());
        }
    }
    found
}

/// `ochiq target list` and the like: the words after `ochiq ` are a command to type.
fn without_commands(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("ochiq ") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "ochiq ".len()..];
        let end = after
            .find(|c: char| !(c.is_ascii_lowercase() || c == ' ' || c == '-'))
            .unwrap_or(after.len());
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn russian_and_uzbek_cyrillic_hold_no_english_words() {
    let mut problems = Vec::new();
    for lang in [Lang::Ru, Lang::UzCyrl] {
        for (id, m) in &messages(lang) {
            let words = latin_words(id, &without_commands(&m.text));
            if !words.is_empty() {
                problems.push(format!(
                    "{}:{} {id}: {}",
                    ftl_path(lang),
                    m.line,
                    words.join(" ")
                ));
            }
        }
    }
    assert_none(&problems, "Latin words in Russian or Uzbek Cyrillic");
}

/// Common English words that are never Uzbek.
const ENGLISH_WORDS: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "is",
    "are",
    "with",
    "from",
    "for",
    "this",
    "that",
    "not",
    "no",
    "file",
    "files",
    "open",
    "save",
    "error",
    "column",
    "columns",
    "row",
    "rows",
    "dataset",
    "cancel",
    "delete",
    "add",
    "edit",
    "close",
    "check",
    "checks",
    "publish",
    "settings",
    "workspace",
    "target",
    "days",
    "day",
    "overdue",
    "done",
    "due",
    "select",
    "choose",
    "new",
    "show",
    "hide",
    "none",
    "all",
    "yes",
    "value",
    "values",
    "name",
];

/// Short messages that are rightly the same in Uzbek Latin and English ("Import", "Format" and
/// "Portal" are Uzbek words too).
const SAME_AS_ENGLISH: &[&str] = &[
    "calendar-month-5",
    "format-portal-json",
    "holiday-navruz",
    "schema-col-format",
    "shortcut-focus-keys",
    "target-kind-egov",
];

#[test]
fn uzbek_latin_is_uzbek() {
    let english = messages(Lang::En);
    let mut problems = Vec::new();
    for (id, m) in &messages(Lang::UzLatn) {
        let path = ftl_path(Lang::UzLatn);
        let same = english
            .get(id)
            .is_some_and(|en| en.text.trim() == m.text.trim());
        // Words, not units or abbreviations (KB, SOATO) that both languages write alike.
        let has_words = m
            .text
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.chars().count() > 2 && w.chars().any(char::is_lowercase));
        if same && has_words && !SAME_AS_ENGLISH.contains(&id.as_str()) {
            problems.push(format!("{path}:{} {id} is the English text", m.line));
        }
        let text = without_commands(&m.text);
        let english_words: Vec<&str> = text
            .split(|c: char| !c.is_alphabetic() && c != 'ʻ' && c != 'ʼ')
            .filter(|w| ENGLISH_WORDS.contains(&w.to_lowercase().as_str()))
            .collect();
        if !english_words.is_empty() {
            problems.push(format!(
                "{path}:{} {id} has English words: {}",
                m.line,
                english_words.join(" ")
            ));
        }
        // oʻ, gʻ take ʻ (U+02BB) and the tutuq belgisi ʼ (U+02BC); typewriter or quotation
        // apostrophes look alike but break search and sorting. No Cyrillic either.
        if let Some(c) = m.text.chars().find(|&c| {
            matches!(c, '\'' | '‘' | '’' | '`' | 'ʹ') || ('\u{400}'..='\u{4ff}').contains(&c)
        }) {
            problems.push(format!("{path}:{} {id} has {c:?}", m.line));
        }
    }
    assert_none(&problems, "Uzbek Latin is not Uzbek Latin");
}

/// Each language quotes one way: «ёлочки» in Russian and Uzbek Cyrillic, “lapki” in Uzbek Latin.
#[test]
fn each_language_quotes_one_way() {
    let mut problems = Vec::new();
    for (lang, wrong) in [
        (Lang::Ru, ['“', '”', '"']),
        (Lang::UzCyrl, ['“', '”', '"']),
        (Lang::UzLatn, ['«', '»', '"']),
    ] {
        for (id, m) in &messages(lang) {
            if let Some(c) = m.text.chars().find(|c| wrong.contains(c)) {
                problems.push(format!(
                    "{}:{} {id} quotes with {c:?}",
                    ftl_path(lang),
                    m.line
                ));
            }
        }
    }
    assert_none(&problems, "quotation marks of another language");
}

#[test]
fn each_language_speaks_its_own_words() {
    let open: Vec<String> = Lang::ALL
        .iter()
        .map(|&l| ochiq::tr!(I18n::new(l), "menu-open"))
        .collect();
    let distinct: BTreeSet<&String> = open.iter().collect();
    assert_eq!(
        distinct.len(),
        4,
        "menu-open is the same in two languages: {open:?}"
    );
    // No Unicode isolation marks: they show up as boxes in egui.
    let text = ochiq::tr!(
        I18n::new(Lang::Ru),
        "source-size",
        rows = "5",
        count = 5,
        columns = 4
    );
    assert!(
        !text.contains('\u{2068}') && !text.contains('\u{2069}'),
        "{text:?}"
    );
}

#[test]
fn uzbek_cyrillic_is_cyrillic_and_latin_is_latin() {
    let cyr = ochiq::tr!(I18n::new(Lang::UzCyrl), "workspace-title");
    assert!(
        cyr.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
        "{cyr}"
    );
    let lat = ochiq::tr!(I18n::new(Lang::UzLatn), "workspace-title");
    assert!(
        !lat.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
        "{lat}"
    );
}

/// The helpers above find what they are meant to find, so a green run means something.
#[test]
fn the_checks_see_what_they_look_for() {
    assert_eq!(
        literal_id(" self.i18n, \"menu-open\", n = f(a, b))"),
        Some("menu-open".to_owned())
    );
    assert_eq!(
        literal_id("\n    i18n,\n    \"calendar-date\",\n"),
        Some("calendar-date".to_owned())
    );
    assert_eq!(literal_id("i18n, id)"), None);
    assert_eq!(
        latin_words(
            "x",
            "Откройте file в Excel или data.egov.uz (--json, Ctrl+O, 2026-Q3)"
        ),
        ["file"]
    );
    assert_eq!(
        without_commands("См.: ochiq target list, затем"),
        "См.: , затем"
    );
}
