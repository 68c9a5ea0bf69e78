//! Frictionless Table Schema v2 as Ochiq holds it: fields with types, locale formats and
//! constraints, missing values, primary and unique keys, foreign keys — plus Ochiq's own
//! properties under `ochiq:` names (titles and descriptions in four languages, the
//! classifier a field is bound to, the parent field of a hierarchy). Properties this model
//! does not know are kept in `extra` maps and written back unchanged.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use crate::core::lang::{Lang, LangText};

/// The Table Schema field types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum FieldType {
    String,
    Number,
    Integer,
    Boolean,
    Object,
    Array,
    List,
    Datetime,
    Date,
    Time,
    Year,
    Yearmonth,
    Duration,
    Geopoint,
    Geojson,
    #[default]
    Any,
}

impl FieldType {
    /// The types offered in the schema editor, most used first.
    pub const COMMON: [FieldType; 9] = [
        Self::String,
        Self::Integer,
        Self::Number,
        Self::Date,
        Self::Datetime,
        Self::Boolean,
        Self::Year,
        Self::Geopoint,
        Self::Any,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::String => "string",
            Self::Number => "number",
            Self::Integer => "integer",
            Self::Boolean => "boolean",
            Self::Object => "object",
            Self::Array => "array",
            Self::List => "list",
            Self::Datetime => "datetime",
            Self::Date => "date",
            Self::Time => "time",
            Self::Year => "year",
            Self::Yearmonth => "yearmonth",
            Self::Duration => "duration",
            Self::Geopoint => "geopoint",
            Self::Geojson => "geojson",
            Self::Any => "any",
        }
    }

    pub fn is_numeric(self) -> bool {
        matches!(self, Self::Number | Self::Integer)
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A field's constraints (Table Schema names).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Constraints {
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub unique: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusive_minimum: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusive_maximum: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    #[serde(rename = "enum", default, skip_serializing_if = "Option::is_none")]
    pub enum_values: Option<Vec<Value>>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Constraints {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A field bound to a reference classifier, optionally at one level (a SOATO district).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Binding {
    pub classifier: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
}

/// One column of the table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Field {
    pub name: String,
    #[serde(rename = "type", default)]
    pub field_type: FieldType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// The standard one-language title; written from `titles` (Uzbek Latin first).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decimal_char: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_char: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bare_number: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub true_values: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub false_values: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Constraints::is_empty")]
    pub constraints: Constraints,
    #[serde(
        rename = "ochiq:titles",
        default,
        skip_serializing_if = "LangText::is_empty"
    )]
    pub titles: LangText,
    #[serde(
        rename = "ochiq:descriptions",
        default,
        skip_serializing_if = "LangText::is_empty"
    )]
    pub descriptions: LangText,
    #[serde(
        rename = "ochiq:classifier",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub classifier: Option<Binding>,
    /// The field whose value must contain this one's (a region for a district).
    #[serde(
        rename = "ochiq:parent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parent: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Field {
    pub fn new(name: impl Into<String>, field_type: FieldType) -> Self {
        Self {
            name: name.into(),
            field_type,
            ..Self::default()
        }
    }

    /// Writes the standard `title`/`description` from the four-language texts.
    pub fn sync_plain(&mut self) {
        self.title = self.titles.best(Lang::UzLatn).to_owned();
        self.description = self.descriptions.best(Lang::UzLatn).to_owned();
    }

    /// A field from another tool has only plain texts: place them by their script.
    pub fn adopt_plain(&mut self) {
        if self.titles.is_empty() && !self.title.is_empty() {
            self.titles.set(guess_lang(&self.title), self.title.clone());
        }
        if self.descriptions.is_empty() && !self.description.is_empty() {
            self.descriptions
                .set(guess_lang(&self.description), self.description.clone());
        }
    }
}

/// Words frequent in Uzbek column titles that English ones do not contain.
const UZBEK_STEMS: [&str; 12] = [
    "soni", "nomi", "yil", "hudud", "viloyat", "tuman", "kodi", "sana", "jami", "miqdor", "summa",
    "shahar",
];

/// The most likely language of a short text: Uzbek letters decide between the scripts.
pub fn guess_lang(text: &str) -> Lang {
    let cyrillic = text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    if cyrillic {
        if text.chars().any(|c| "ўқғҳЎҚҒҲ".contains(c)) {
            Lang::UzCyrl
        } else {
            Lang::Ru
        }
    } else if text.contains(['ʻ', 'ʼ', '‘', '’', '\''])
        || UZBEK_STEMS.iter().any(|m| text.to_lowercase().contains(m))
    {
        Lang::UzLatn
    } else {
        Lang::En
    }
}

/// A string or a list of strings, as Table Schema allows for keys.
fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(s) => vec![s],
        OneOrMany::Many(v) => v,
    })
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    #[serde(default)]
    pub resource: String,
    #[serde(deserialize_with = "one_or_many")]
    pub fields: Vec<String>,
}

/// A standard Frictionless foreign key to another resource of the package.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ForeignKey {
    #[serde(deserialize_with = "one_or_many")]
    pub fields: Vec<String>,
    pub reference: Reference,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn default_missing() -> Vec<String> {
    vec![String::new()]
}

fn deserialize_unique_keys<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Vec<String>>, D::Error> {
    #[derive(Deserialize)]
    struct Key(#[serde(deserialize_with = "one_or_many")] Vec<String>);
    Ok(Vec::<Key>::deserialize(d)?
        .into_iter()
        .map(|k| k.0)
        .collect())
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TableSchema {
    #[serde(default)]
    pub fields: Vec<Field>,
    #[serde(default = "default_missing")]
    pub missing_values: Vec<String>,
    #[serde(
        default,
        deserialize_with = "one_or_many",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub primary_key: Vec<String>,
    #[serde(
        default,
        deserialize_with = "deserialize_unique_keys",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub unique_keys: Vec<Vec<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub foreign_keys: Vec<ForeignKey>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for TableSchema {
    fn default() -> Self {
        Self {
            fields: Vec::new(),
            missing_values: default_missing(),
            primary_key: Vec::new(),
            unique_keys: Vec::new(),
            foreign_keys: Vec::new(),
            extra: Map::new(),
        }
    }
}

impl TableSchema {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    pub fn field_mut(&mut self, name: &str) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.name == name)
    }

    /// Each field's classifier edition in `registry`: the one its binding pins, else the
    /// newest; `None` for a field bound to none (or to one the registry lacks).
    pub fn bound_classifiers(
        &self,
        registry: &crate::core::classifier::Registry,
    ) -> Vec<Option<std::sync::Arc<crate::core::classifier::Classifier>>> {
        self.fields
            .iter()
            .map(|f| {
                let b = f.classifier.as_ref()?;
                registry
                    .resolve(&b.classifier, b.version.as_deref())
                    .cloned()
            })
            .collect()
    }

    /// Fields whose title lacks some languages, with the languages.
    pub fn missing_titles(&self) -> Vec<(&str, Vec<Lang>)> {
        self.fields
            .iter()
            .map(|f| (f.name.as_str(), f.titles.missing()))
            .filter(|(_, m)| !m.is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_accept_a_string_or_a_list() {
        let schema: TableSchema = serde_json::from_str(
            r#"{"fields":[{"name":"id","type":"integer"}],"primaryKey":"id","uniqueKeys":[["a","b"],"c"],
               "foreignKeys":[{"fields":"soato","reference":{"resource":"soato","fields":"code"}}]}"#,
        )
        .unwrap_or_default();
        assert_eq!(schema.primary_key, ["id"]);
        assert_eq!(schema.unique_keys, [vec!["a", "b"], vec!["c"]]);
        assert_eq!(schema.foreign_keys[0].reference.fields, ["code"]);
        assert_eq!(schema.missing_values, [""], "the Table Schema default");
    }

    #[test]
    fn unknown_properties_survive_at_every_level() {
        let text = r#"{"fields":[{"name":"x","type":"number","rdfType":"http://schema.org/x",
            "constraints":{"minimum":0,"jsonSchema":{"a":1}}}],"x-custom":true}"#;
        let schema: TableSchema = serde_json::from_str(text).unwrap_or_default();
        assert_eq!(schema.extra.get("x-custom"), Some(&Value::Bool(true)));
        let field = &schema.fields[0];
        assert!(field.extra.contains_key("rdfType"));
        assert!(field.constraints.extra.contains_key("jsonSchema"));
        let again: TableSchema =
            serde_json::from_str(&serde_json::to_string(&schema).unwrap_or_default())
                .unwrap_or_default();
        assert_eq!(again, schema);
    }

    #[test]
    fn plain_titles_are_placed_by_script() {
        assert_eq!(guess_lang("Hudud nomi"), Lang::UzLatn);
        assert_eq!(guess_lang("Туман номи ва ҳудуди"), Lang::UzCyrl);
        assert_eq!(guess_lang("Наименование района"), Lang::Ru);
        assert_eq!(guess_lang("District name"), Lang::En);
        let mut f = Field {
            title: "Наименование".into(),
            ..Field::default()
        };
        f.adopt_plain();
        assert_eq!(f.titles.ru, "Наименование");
    }
}
