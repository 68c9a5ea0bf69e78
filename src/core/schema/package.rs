//! `datapackage.json`: the standard Frictionless Data Package file that carries a dataset's
//! passport and table schema, so frictionless-py and other tools read what Ochiq writes.
//! Standard properties (`title`, `description`, `keywords`, `licenses`, `contributors`) are
//! written from the passport; the full four-language passport goes in `ochiq:passport`.
//! Properties Ochiq does not know are kept and written back. Reading a package made by
//! another tool builds the passport from its standard properties.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::passport::{Contact, Licence, Passport};
use super::table_schema::{TableSchema, guess_lang};
use crate::core::fs::IoError;
use crate::core::fs::write_atomic;
use crate::core::lang::{Lang, LangText};
use crate::core::schema::recipe::Recipe;

/// The conventional file name.
pub const PACKAGE_FILE: &str = "datapackage.json";
const PROFILE: &str = "https://datapackage.org/profiles/2.0/datapackage.json";
/// Properties written from the passport, so not kept separately.
const DERIVED: [&str; 7] = [
    "$schema",
    "title",
    "description",
    "keywords",
    "licenses",
    "contributors",
    "ochiq:passport",
];

#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    #[error(transparent)]
    Io(#[from] IoError),
    #[error("{path}: not valid JSON: {detail}")]
    Json { path: PathBuf, detail: String },
    #[error("{path}: not a data package: {detail}")]
    Shape { path: PathBuf, detail: String },
}

/// How a delimited file is written (Table Dialect).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dialect {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delimiter: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_char: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header: Option<bool>,
    /// 1-based numbers of the header rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_rows: Option<Vec<usize>>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One data file of the package with its schema.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mediatype: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dialect: Option<Dialect>,
    #[serde(default)]
    pub schema: TableSchema,
    /// The workbook sheet the data is on.
    #[serde(
        rename = "ochiq:sheet",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sheet: Option<String>,
    /// The cleaning steps the steward accepted, replayed on each new file.
    #[serde(
        rename = "ochiq:recipe",
        default,
        skip_serializing_if = "Recipe::is_empty"
    )]
    pub recipe: Recipe,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Package {
    pub passport: Passport,
    pub resources: Vec<Resource>,
    /// Top-level properties Ochiq does not model (`name`, `$schema`, `sources`, …).
    pub extra: Map<String, Value>,
}

impl Package {
    /// The first resource's schema: the table Ochiq checks.
    pub fn schema(&self) -> Option<&TableSchema> {
        self.resources.first().map(|r| &r.schema)
    }

    pub fn schema_mut(&mut self) -> Option<&mut TableSchema> {
        self.resources.first_mut().map(|r| &mut r.schema)
    }

    /// Reads a package; a resource's schema given as a path is read from beside the file.
    pub fn read(path: &Path) -> Result<Package, PackageError> {
        let text = std::fs::read_to_string(path).map_err(|e| IoError::new(path, e))?;
        let dir = path.parent().unwrap_or(Path::new("."));
        Self::from_json(&text, Some(dir)).map_err(|e| e.at(path))
    }

    /// Writes the package atomically.
    pub fn write(&self, path: &Path) -> Result<(), PackageError> {
        let mut text = self.to_json();
        text.push('\n');
        write_atomic(path, text.as_bytes())?;
        Ok(())
    }

    /// Parses a package from JSON text; `dir` resolves schemas given as paths.
    pub fn from_json(text: &str, dir: Option<&Path>) -> Result<Package, PackageError> {
        let value: Value = serde_json::from_str(text).map_err(|e| PackageError::Json {
            path: PathBuf::new(),
            detail: e.to_string(),
        })?;
        let shape = |detail: &str| PackageError::Shape {
            path: PathBuf::new(),
            detail: detail.to_owned(),
        };
        let Value::Object(mut map) = value else {
            return Err(shape("the top level is not an object"));
        };
        let mut resources_value = map.remove("resources").unwrap_or(Value::Array(Vec::new()));
        if let Value::Array(items) = &mut resources_value {
            for item in items.iter_mut() {
                resolve_schema_path(item, dir)?;
            }
        }
        let mut resources: Vec<Resource> = serde_json::from_value(resources_value)
            .map_err(|e| shape(&format!("resources: {e}")))?;
        for field in resources
            .iter_mut()
            .flat_map(|r| r.schema.fields.iter_mut())
        {
            field.adopt_plain();
        }
        let passport = match map.get("ochiq:passport") {
            Some(p) => serde_json::from_value(p.clone())
                .map_err(|e| shape(&format!("ochiq:passport: {e}")))?,
            None => passport_from_standard(&map),
        };
        if map.get("id").and_then(Value::as_str) == Some(passport.portal_id.as_str()) {
            map.remove("id");
        }
        for key in DERIVED {
            map.remove(key);
        }
        if map.get("name").and_then(Value::as_str) == Some(default_name(&passport).as_str()) {
            map.remove("name");
        }
        Ok(Package {
            passport,
            resources,
            extra: map,
        })
    }

    /// The package as pretty JSON, standard properties first.
    pub fn to_json(&self) -> String {
        let p = &self.passport;
        let mut map = Map::new();
        map.insert("$schema".into(), json!(PROFILE));
        let name = self.extra.get("name").cloned().unwrap_or_else(|| {
            json!(slug(if p.code.is_empty() {
                "dataset"
            } else {
                &p.code
            }))
        });
        map.insert("name".into(), name);
        if !p.portal_id.is_empty() {
            map.insert("id".into(), json!(p.portal_id));
        }
        for (key, text) in [("title", &p.title), ("description", &p.description)] {
            let best = text.best(Lang::UzLatn);
            if !best.is_empty() {
                map.insert(key.into(), json!(best));
            }
        }
        let mut keywords: Vec<String> = Vec::new();
        for lang in Lang::ALL {
            for k in p.keyword_list(lang) {
                if !keywords.contains(&k) {
                    keywords.push(k);
                }
            }
        }
        if !keywords.is_empty() {
            map.insert("keywords".into(), json!(keywords));
        }
        map.insert("licenses".into(), json!([p.licence]));
        if !p.contact.name.is_empty() || !p.contact.email.is_empty() {
            let mut person = Map::new();
            person.insert("title".into(), json!(p.contact.name));
            if !p.contact.email.is_empty() {
                person.insert("email".into(), json!(p.contact.email));
            }
            person.insert("roles".into(), json!(["contact"]));
            map.insert("contributors".into(), json!([person]));
        }
        map.insert(
            "ochiq:passport".into(),
            serde_json::to_value(p).unwrap_or(Value::Null),
        );
        let resources: Vec<Resource> = self
            .resources
            .iter()
            .cloned()
            .map(|mut r| {
                r.schema.fields.iter_mut().for_each(|f| f.sync_plain());
                r
            })
            .collect();
        map.insert(
            "resources".into(),
            serde_json::to_value(resources).unwrap_or(Value::Array(Vec::new())),
        );
        for (key, value) in &self.extra {
            if !map.contains_key(key) {
                map.insert(key.clone(), value.clone());
            }
        }
        serde_json::to_string_pretty(&Value::Object(map)).unwrap_or_default()
    }
}

impl PackageError {
    /// Names the file an error came from.
    fn at(self, path: &Path) -> Self {
        match self {
            Self::Json { detail, .. } => Self::Json {
                path: path.to_owned(),
                detail,
            },
            Self::Shape { detail, .. } => Self::Shape {
                path: path.to_owned(),
                detail,
            },
            other => other,
        }
    }
}

/// The package `name` Ochiq gives a dataset: its portal code, made a valid name.
fn default_name(passport: &Passport) -> String {
    slug(if passport.code.is_empty() {
        "dataset"
    } else {
        &passport.code
    })
}

/// A lowercase name of letters, digits, `-`, `_` and `.`, as Frictionless requires.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in crate::core::translit::cyrillic_to_latin(text)
        .to_lowercase()
        .chars()
    {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
            out.push(c);
        } else if matches!(c, 'ʻ' | 'ʼ' | '\'' | '‘' | '’' | '`') {
            // Oʻzbekiston → ozbekiston: apostrophes belong to the letter, not a word break.
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "dataset".into()
    } else {
        out
    }
}

/// Replaces `"schema": "schema.json"` by the schema read from that file.
fn resolve_schema_path(resource: &mut Value, dir: Option<&Path>) -> Result<(), PackageError> {
    let Some(path) = resource
        .get("schema")
        .and_then(Value::as_str)
        .map(PathBuf::from)
    else {
        return Ok(());
    };
    let full = dir.map_or(path.clone(), |d| d.join(&path));
    let text = std::fs::read_to_string(&full).map_err(|e| IoError::new(&full, e))?;
    let schema: Value = serde_json::from_str(&text).map_err(|e| PackageError::Json {
        path: full.clone(),
        detail: e.to_string(),
    })?;
    if let Value::Object(map) = resource {
        map.insert("schema".into(), schema);
    }
    Ok(())
}

/// A passport from the standard properties of a package made by another tool.
fn passport_from_standard(map: &Map<String, Value>) -> Passport {
    let text = |key: &str| {
        let mut t = LangText::default();
        if let Some(s) = map
            .get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
        {
            t.set(guess_lang(s), s);
        }
        t
    };
    let mut passport = Passport {
        title: text("title"),
        description: text("description"),
        ..Passport::default()
    };
    if let Some(Value::Array(words)) = map.get("keywords") {
        let words: Vec<&str> = words.iter().filter_map(Value::as_str).collect();
        if let Some(first) = words.first() {
            passport.keywords.set(guess_lang(first), words.join(", "));
        }
    }
    if let Some(id) = map.get("id").and_then(Value::as_str)
        && id.len() == 24
        && id.bytes().all(|b| b.is_ascii_hexdigit())
    {
        passport.portal_id = id.to_owned();
    }
    if let Some(licence) = map
        .get("licenses")
        .and_then(|l| l.get(0))
        .and_then(|l| serde_json::from_value::<Licence>(l.clone()).ok())
    {
        passport.licence = licence;
    }
    if let Some(Value::Array(people)) = map.get("contributors") {
        let contact = people
            .iter()
            .find(|p| {
                p.get("roles")
                    .is_some_and(|r| r.to_string().contains("contact"))
            })
            .or_else(|| people.first());
        if let Some(person) = contact {
            let get = |k: &str| {
                person
                    .get(k)
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned()
            };
            passport.contact = Contact {
                name: get("title"),
                phone: String::new(),
                email: get("email"),
            };
        }
    }
    passport
}

/// A dataset folder (in the workspace, one per dataset) and what its `datapackage.json` holds.
#[derive(Debug, Clone)]
pub struct DatasetEntry {
    pub dir: PathBuf,
    /// The package, or why it could not be read (shown, never fatal to the others).
    pub package: Result<Package, String>,
}

impl DatasetEntry {
    pub fn package_path(&self) -> PathBuf {
        self.dir.join(PACKAGE_FILE)
    }

    /// The data file the package's first resource names, when it is inside the folder.
    pub fn data_path(&self) -> Option<PathBuf> {
        let package = self.package.as_ref().ok()?;
        let path = &package.resources.first()?.path;
        let safe = !path.is_empty() && !path.contains("..") && !Path::new(path).is_absolute();
        safe.then(|| self.dir.join(path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::schema::passport::Periodicity;
    use crate::core::schema::table_schema::{Binding, Field, FieldType};

    fn sample() -> Package {
        let mut region = Field::new("viloyat_kodi", FieldType::String);
        region.titles = LangText::new("Viloyat kodi", "Вилоят коди", "Код области", "Region code");
        region.classifier = Some(Binding {
            classifier: "soato".into(),
            version: Some("2021-04".into()),
            level: Some("region".into()),
        });
        let mut district = Field::new("tuman_kodi", FieldType::String);
        district.parent = Some("viloyat_kodi".into());
        district.constraints.required = true;
        district.constraints.pattern = Some("^17[0-9]{5}$".into());
        let mut amount = Field::new("summa", FieldType::Number);
        amount.decimal_char = Some(",".into());
        amount.group_char = Some(" ".into());
        amount.constraints.minimum = Some(json!(0));
        let mut date = Field::new("sana", FieldType::Date);
        date.format = Some("%d.%m.%Y".into());
        Package {
            passport: Passport {
                code: "1-001-0008".into(),
                portal_id: "607fea9a7b6428eee08802b2".into(),
                title: LangText::new(
                    "Maktabgacha taʼlim tashkilotlari",
                    "Мактабгача таълим ташкилотлари",
                    "Дошкольные образовательные организации",
                    "Preschool institutions",
                ),
                keywords: LangText::new("taʼlim, bogʻcha", "", "образование", ""),
                periodicity: Periodicity::Quarterly,
                contact: Contact {
                    name: "A. Karimov".into(),
                    phone: "+998 71 000 00 00".into(),
                    email: "opendata@example.uz".into(),
                },
                ..Passport::default()
            },
            resources: vec![Resource {
                name: "data".into(),
                path: "data.csv".into(),
                format: Some("csv".into()),
                encoding: Some("utf-8".into()),
                dialect: Some(Dialect {
                    delimiter: Some(";".into()),
                    header: Some(true),
                    ..Dialect::default()
                }),
                schema: TableSchema {
                    fields: vec![region, district, amount, date],
                    primary_key: vec!["tuman_kodi".into()],
                    ..TableSchema::default()
                },
                ..Resource::default()
            }],
            extra: Map::new(),
        }
    }

    #[test]
    fn read_write_read_gives_the_same_model() {
        let first = Package::from_json(&sample().to_json(), None).unwrap_or_else(|e| panic!("{e}"));
        let second = Package::from_json(&first.to_json(), None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(first, second);
        assert_eq!(first.passport, sample().passport);
        let field = &first.resources[0].schema.fields[0];
        assert_eq!(
            field.title, "Viloyat kodi",
            "standard title from Uzbek Latin"
        );
        assert_eq!(field.titles.ru, "Код области");
    }

    #[test]
    fn the_file_speaks_standard_frictionless() {
        let value: Value = serde_json::from_str(&sample().to_json()).unwrap_or_default();
        assert_eq!(value["name"], "1-001-0008");
        assert_eq!(value["title"], "Maktabgacha taʼlim tashkilotlari");
        assert_eq!(
            value["keywords"],
            json!(["taʼlim", "bogʻcha", "образование"])
        );
        assert_eq!(value["licenses"][0]["name"], "CC-BY-SA-4.0");
        assert_eq!(value["contributors"][0]["roles"], json!(["contact"]));
        let fields = &value["resources"][0]["schema"]["fields"];
        assert_eq!(fields[2]["decimalChar"], ",");
        assert_eq!(fields[3]["format"], "%d.%m.%Y");
        assert_eq!(fields[0]["ochiq:classifier"]["level"], "region");
        assert_eq!(
            value["resources"][0]["schema"]["primaryKey"],
            json!(["tuman_kodi"])
        );
    }

    #[test]
    fn a_package_from_another_tool_loads_and_keeps_unknown_properties() {
        let foreign = r#"{
          "name": "population", "title": "Численность населения", "version": "1.2.0",
          "sources": [{"title": "stat.uz"}],
          "licenses": [{"name": "CC-BY-4.0"}],
          "contributors": [{"title": "Stat", "email": "a@b.uz", "roles": ["author"]}],
          "resources": [{"name": "pop", "path": "pop.csv", "x-owner": "stat",
            "schema": {"fields": [{"name": "region", "type": "string", "title": "Регион",
                                   "constraints": {"required": true}, "example": "Andijon"}],
                       "primaryKey": "region"}}]
        }"#;
        let package = Package::from_json(foreign, None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(package.passport.title.ru, "Численность населения");
        assert_eq!(package.passport.licence.name, "CC-BY-4.0");
        assert_eq!(package.passport.contact.email, "a@b.uz");
        let field = &package.resources[0].schema.fields[0];
        assert_eq!(field.titles.ru, "Регион");
        assert!(field.constraints.required);
        let written: Value = serde_json::from_str(&package.to_json()).unwrap_or_default();
        assert_eq!(written["version"], "1.2.0");
        assert_eq!(written["name"], "population");
        assert_eq!(written["sources"][0]["title"], "stat.uz");
        assert_eq!(written["resources"][0]["x-owner"], "stat");
        assert_eq!(
            written["resources"][0]["schema"]["fields"][0]["example"],
            "Andijon"
        );
        let again = Package::from_json(&package.to_json(), None).unwrap_or_else(|e| panic!("{e}"));
        let third = Package::from_json(&again.to_json(), None).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(again, third);
    }

    #[test]
    fn a_schema_given_as_a_path_is_read_from_beside_the_package() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(
            dir.path().join("schema.json"),
            r#"{"fields":[{"name":"a","type":"integer"}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(PACKAGE_FILE);
        std::fs::write(
            &path,
            r#"{"resources":[{"name":"r","path":"r.csv","schema":"schema.json"}]}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let package = Package::read(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(package.schema().map(|s| s.fields.len()), Some(1));
        package.write(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            Package::read(&path).unwrap_or_else(|e| panic!("{e}")),
            package
        );
    }

    #[test]
    fn broken_files_are_errors_naming_the_file() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(PACKAGE_FILE);
        std::fs::write(&path, "{\"resources\": [").unwrap_or_else(|e| panic!("{e}"));
        match Package::read(&path) {
            Err(PackageError::Json { path: p, .. }) => assert_eq!(p, path),
            other => panic!("{other:?}"),
        }
        std::fs::write(&path, "[1,2]").unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(
            Package::read(&path),
            Err(PackageError::Shape { .. })
        ));
    }

    #[test]
    fn names_are_slugs() {
        assert_eq!(slug("1-001-0008"), "1-001-0008");
        assert_eq!(slug("Aholi soni (viloyatlar)"), "aholi-soni-viloyatlar");
        assert_eq!(
            slug("Sogʻliqni saqlash boʻyicha"),
            "sogliqni-saqlash-boyicha"
        );
        assert_eq!(slug("Тошкент шаҳри"), "toshkent-shahri");
    }
}
