//! Importing the structure of a dataset already published on data.egov.uz, so next month's
//! file is checked against what is published: from the `GetById` response (field names and
//! their titles in four languages) and from a downloaded data file (field names and the
//! types its values show).

use serde_json::Value;

use super::infer::infer_schema;
use super::passport::Passport;
use super::table_schema::{Field, FieldType, TableSchema};
use crate::core::lang::LangText;
use crate::core::table::Table;

/// The portal's four-language text object: `{uzbText, uzbKrText, rusText, engText}`.
pub fn portal_text(value: &Value) -> LangText {
    let get = |k: &str| {
        value
            .get(k)
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim()
            .to_owned()
    };
    LangText {
        uz_latn: get("uzbText"),
        uz_cyrl: get("uzbKrText"),
        ru: get("rusText"),
        en: get("engText"),
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PortalImportError {
    #[error("not valid JSON: {0}")]
    Json(String),
    #[error("the response has no tableFields")]
    NoFields,
    #[error("the portal answered with an error: {0}")]
    PortalError(String),
}

/// A passport and schema from a `GetById` response (wrapped in `{"result": …}` or bare).
pub fn from_get_by_id(text: &str) -> Result<(Passport, TableSchema), PortalImportError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| PortalImportError::Json(e.to_string()))?;
    if let Some(err) = value.get("error").filter(|e| !e.is_null()) {
        return Err(PortalImportError::PortalError(err.to_string()));
    }
    let result = value.get("result").unwrap_or(&value);
    let fields = result
        .get("tableFields")
        .and_then(Value::as_array)
        .filter(|f| !f.is_empty())
        .ok_or(PortalImportError::NoFields)?;
    let schema = TableSchema {
        fields: fields
            .iter()
            .filter_map(|f| {
                let name = f.get("name").and_then(Value::as_str)?.trim();
                let mut field = Field::new(name, FieldType::String);
                if let Some(text) = f.get("text") {
                    field.titles = portal_text(text);
                }
                Some(field)
            })
            .collect(),
        ..TableSchema::default()
    };
    let str_of = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| result.get(*k).and_then(Value::as_str))
            .unwrap_or("")
            .to_owned()
    };
    let code = str_of(&["name", "code"]);
    let mut passport = Passport {
        code: if looks_like_code(&code) {
            code
        } else {
            String::new()
        },
        portal_id: str_of(&["structId", "guidId", "id"]),
        ..Passport::default()
    };
    for (key, slot) in [
        ("dataName", &mut passport.title),
        ("orgName", &mut passport.organisation),
        ("description", &mut passport.description),
    ] {
        if let Some(v) = result.get(key).filter(|v| v.is_object()) {
            *slot = portal_text(v);
        }
    }
    passport.organisation_id = result
        .get("userOrgId")
        .or_else(|| result.get("orgId"))
        .and_then(Value::as_u64);
    if let Some(sphere) = result.get("sphereId").and_then(Value::as_str) {
        passport.sphere = sphere.to_owned();
    }
    Ok((passport, schema))
}

/// A portal code: `group-organisation-serial`, like `1-001-0008`.
pub fn looks_like_code(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A schema from a downloaded portal file (read as a table): its columns in order, with the
/// types inferred from the values. The collector's `path_id` column is not part of the data.
pub fn from_portal_file(table: &Table) -> TableSchema {
    let mut schema = infer_schema(table);
    schema.fields.retain(|f| f.name != "path_id");
    schema
}

/// Copies titles from the published structure into `schema`, field by field name, keeping
/// types and constraints; fields new in the published structure are added at the end.
pub fn merge_titles(schema: &mut TableSchema, published: &TableSchema) {
    for pub_field in &published.fields {
        match schema.field_mut(&pub_field.name) {
            Some(field) => {
                for lang in crate::core::lang::Lang::ALL {
                    let t = pub_field.titles.get(lang);
                    if !t.is_empty() {
                        field.titles.set(lang, t);
                    }
                }
            }
            None => schema.fields.push(pub_field.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GET_BY_ID: &str = r#"{"result":{"structId":"607fea9a7b6428eee08802b2","name":"1-005-0008",
      "dataName":{"uzbText":"Dorixonalar soni","uzbKrText":"Дорихоналар сони","rusText":"Количество аптек","engText":"Number of pharmacies"},
      "orgName":{"uzbText":"Sogʻliqni saqlash vazirligi","uzbKrText":"","rusText":"Министерство здравоохранения","engText":""},
      "userOrgId":42,
      "tableFields":[
        {"name":"Hudud","text":{"uzbText":"Hudud","uzbKrText":"Ҳудуд","rusText":"Регион","engText":"Region"}},
        {"name":"2024yil","text":{"uzbText":"2024 yil","uzbKrText":"2024 йил","rusText":"2024 год","engText":null}}
      ]},"status":0,"code":0,"error":null,"errors":null}"#;

    #[test]
    fn get_by_id_gives_fields_with_four_titles_and_a_passport() {
        let (passport, schema) = from_get_by_id(GET_BY_ID).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(passport.code, "1-005-0008");
        assert_eq!(passport.portal_id, "607fea9a7b6428eee08802b2");
        assert_eq!(passport.title.ru, "Количество аптек");
        assert_eq!(passport.organisation.uz_latn, "Sogʻliqni saqlash vazirligi");
        assert_eq!(passport.organisation_id, Some(42));
        assert_eq!(schema.fields.len(), 2);
        assert_eq!(
            schema.fields[0].titles,
            LangText::new("Hudud", "Ҳудуд", "Регион", "Region")
        );
        assert_eq!(
            schema.fields[1].titles.en, "",
            "a null text is an empty one"
        );
    }

    #[test]
    fn errors_and_odd_answers_are_reported() {
        assert!(matches!(
            from_get_by_id("{"),
            Err(PortalImportError::Json(_))
        ));
        assert_eq!(
            from_get_by_id(r#"{"result":{}}"#),
            Err(PortalImportError::NoFields)
        );
        assert!(matches!(
            from_get_by_id(r#"{"result":null,"error":"not found"}"#),
            Err(PortalImportError::PortalError(_))
        ));
    }

    #[test]
    fn a_downloaded_file_gives_its_columns_and_types() {
        let table = Table::from_rows(
            &["Hudud", "2024yil", "ID", "path_id"],
            &[
                vec!["Andijon", "12 345", "1", "607f"],
                vec!["Buxoro", "9 870", "2", "607f"],
            ],
        );
        let schema = from_portal_file(&table);
        let names: Vec<&str> = schema.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Hudud", "2024yil", "ID"]);
        assert_eq!(schema.fields[1].field_type, FieldType::Integer);
        assert_eq!(schema.primary_key, ["ID"]);
    }

    #[test]
    fn published_titles_merge_into_an_inferred_schema() {
        let (_, published) = from_get_by_id(GET_BY_ID).unwrap_or_else(|e| panic!("{e}"));
        let mut schema = TableSchema {
            fields: vec![Field::new("Hudud", FieldType::String)],
            ..TableSchema::default()
        };
        merge_titles(&mut schema, &published);
        assert_eq!(schema.fields[0].titles.ru, "Регион");
        assert_eq!(schema.fields.len(), 2);
    }
}
