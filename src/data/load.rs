//! Reading the data file: TOML syntax, then each entry on its own (so one bad entry names itself), then the
//! rules of [`crate::validate`]. Every problem is a [`DataError`] naming entry and field.

use crate::types::{Era, Meta, Milestone, Tag, Timeline, Trend};
use serde::Deserialize;
use std::fmt;

/// A problem in the data file: which entry, which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// e.g. `milestone "gpt-3" (#13)`, `era #2`, `[meta]`, or `file` for syntax errors.
    pub entry: String,
    /// e.g. `year`, `title.en`, `dates[0].marks`; empty when the problem is the entry as a whole.
    pub field: String,
    pub message: String,
}

impl DataError {
    pub fn new(entry: &str, field: &str, message: impl Into<String>) -> DataError {
        DataError {
            entry: entry.to_string(),
            field: field.to_string(),
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.entry, self.message)
        } else {
            let (entry, field, message) = (&self.entry, &self.field, &self.message);
            write!(f, "{entry}, field `{field}`: {message}")
        }
    }
}

const SECTIONS: [&str; 6] = ["meta", "era", "tag", "org", "milestone", "trend"];

/// Parses and validates the data file. Returns every problem found, not just the first.
pub fn load(source: &str) -> Result<Timeline, Vec<DataError>> {
    let table: toml::Table = toml::from_str(source)
        .map_err(|e| vec![DataError::new("file", "", e.to_string().trim())])?;
    let mut errors = Vec::new();
    for key in table.keys().filter(|k| !SECTIONS.contains(&k.as_str())) {
        let expected = format!("unknown section (expected one of: {})", SECTIONS.join(", "));
        errors.push(DataError::new(&format!("[{key}]"), "", expected));
    }
    let meta = match table.get("meta") {
        Some(value) => decode::<Meta>(value, "[meta]", &mut errors),
        None => {
            errors.push(DataError::new("[meta]", "", "missing section"));
            None
        }
    };
    let eras: Vec<Era> = entries(&table, "era", &mut errors);
    let tags: Vec<Tag> = entries(&table, "tag", &mut errors);
    let orgs: Vec<Tag> = entries(&table, "org", &mut errors);
    let milestones: Vec<Milestone> = entries(&table, "milestone", &mut errors);
    let trends: Vec<Trend> = entries(&table, "trend", &mut errors);
    // Entries that could not be decoded are missing from what follows; checking references against the rest
    // would only add misleading "unknown id" errors, so report the decoding problems first.
    // Translations are reported with the rules of `validate`, after decoding succeeded.
    let mut texts = Vec::new();
    for (key, value) in &table {
        match value.as_array() {
            Some(entries) if key != "meta" => {
                for (i, item) in entries.iter().enumerate() {
                    let id = item.get("id").and_then(|v| v.as_str());
                    translations(item, &entry_name(key, id, i), "", &mut texts);
                }
            }
            _ => translations(value, &format!("[{key}]"), "", &mut texts),
        }
    }
    let Some(meta) = meta.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let timeline = Timeline {
        meta,
        eras,
        tags,
        orgs,
        milestones,
        trends,
    };
    errors.extend(texts);
    errors.extend(crate::validate::validate(&timeline));
    if errors.is_empty() {
        Ok(timeline)
    } else {
        Err(errors)
    }
}

/// Checks every text of an entry as written: a table with a `zh` or an `en` key is a text and needs both, not
/// blank. Walking the file rather than the typed fields means a new text field is checked without being listed.
fn translations(value: &toml::Value, entry: &str, path: &str, errors: &mut Vec<DataError>) {
    let field = |key: &str| match path {
        "" => key.to_string(),
        _ => format!("{path}.{key}"),
    };
    match value {
        toml::Value::Table(table) if table.contains_key("zh") || table.contains_key("en") => {
            for lang in ["zh", "en"] {
                let problem = match table.get(lang) {
                    None => "missing translation",
                    Some(v) if v.as_str().is_some_and(|s| s.trim().is_empty()) => {
                        "empty translation"
                    }
                    Some(_) => continue,
                };
                errors.push(DataError::new(entry, &field(lang), problem));
            }
        }
        toml::Value::Table(table) => {
            for (key, value) in table {
                translations(value, entry, &field(key), errors);
            }
        }
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                translations(item, entry, &format!("{path}[{i}]"), errors);
            }
        }
        _ => {}
    }
}

/// Decodes one entry, turning a serde error into a [`DataError`] that names the entry and the field's path
/// (`dates[0].marks`; for a missing field, the table that lacks it and the field: `figures[1].unit`).
fn decode<T: for<'de> Deserialize<'de>>(
    value: &toml::Value,
    entry: &str,
    errors: &mut Vec<DataError>,
) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value.clone()) {
        Ok(decoded) => Some(decoded),
        Err(e) => {
            let path = e.path().to_string();
            let message = e.inner().to_string();
            // toml appends the key path ("\nin `figures`"), which `field` already says better.
            let message = message.split("\nin `").next().unwrap_or_default().trim();
            let path = if path == "." { String::new() } else { path };
            let field = match missing_field(message) {
                Some(missing) if path.is_empty() => missing.to_string(),
                Some(missing) => format!("{path}.{missing}"),
                None => path,
            };
            errors.push(DataError::new(entry, &field, message));
            None
        }
    }
}

/// serde names a missing field only in its message: "missing field `era`".
fn missing_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("missing field `")?;
    Some(rest.trim_end_matches('`'))
}

/// Decodes the array of tables `[[kind]]`, each entry on its own so that one bad entry names itself.
fn entries<T: for<'de> Deserialize<'de>>(
    table: &toml::Table,
    kind: &str,
    errors: &mut Vec<DataError>,
) -> Vec<T> {
    let section = format!("[[{kind}]]");
    let Some(value) = table.get(kind) else {
        errors.push(DataError::new(&section, "", "missing section"));
        return Vec::new();
    };
    let Some(array) = value.as_array() else {
        let message = format!("must be an array of tables written [[{kind}]]");
        errors.push(DataError::new(&section, "", message));
        return Vec::new();
    };
    array
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let id = item.get("id").and_then(|v| v.as_str());
            decode(item, &entry_name(kind, id, i), errors)
        })
        .collect()
}

/// How an entry is named in messages: `milestone "gpt-3" (#13)`, or `milestone #13` without an id.
pub fn entry_name(kind: &str, id: Option<&str>, index: usize) -> String {
    match id {
        Some(id) => format!("{kind} \"{id}\" (#{})", index + 1),
        None => format!("{kind} #{}", index + 1),
    }
}
