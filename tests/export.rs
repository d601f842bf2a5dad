//! CSV and JSON downloads: well formed, complete, and matching the filtered list.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::export::{citation, csv_cell, string, to_csv, to_json};
use ai_timeline::filter::Filter;
use ai_timeline::model::{Lang, TIMELINE};

/// A small RFC 4180 reader, enough to check what spreadsheets will see.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

#[test]
fn csv_starts_with_a_bom_and_has_one_row_per_milestone() {
    let visible = Filter {
        era: Some("scaling"),
        ..Filter::default()
    }
    .apply(TIMELINE.milestones);
    let csv = to_csv(&visible);
    assert!(csv.starts_with('\u{feff}'));
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
    assert_eq!(rows.len(), visible.len() + 1);
    let header = &rows[0];
    assert_eq!(header[0], "id");
    assert!(rows.iter().all(|r| r.len() == header.len()));
    let ids: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids, visible.iter().map(|m| m.id).collect::<Vec<_>>());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let chatgpt = rows.iter().find(|r| r[0] == "chatgpt").unwrap();
    assert_eq!(
        chatgpt[col("text_zh")],
        TIMELINE.milestone("chatgpt").unwrap().text.zh
    );
    assert_eq!(chatgpt[col("date")], "2022-11-30");
    assert!(chatgpt[col("correction_en")].contains("UBS"));
    assert_eq!(chatgpt[col("origin")], "note");
}

#[test]
fn csv_quotes_what_needs_quoting() {
    assert_eq!(csv_cell("plain"), "plain");
    assert_eq!(csv_cell("a, b"), "\"a, b\"");
    assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
}

#[test]
fn json_is_well_formed_and_carries_the_citation() {
    let visible = Filter {
        only_note: true,
        ..Filter::default()
    }
    .apply(TIMELINE.milestones);
    let cite = citation(
        Lang::En,
        "https://example.org/timeline/?only=note&lang=en",
        "2026-11-28",
    );
    let json = to_json(&visible, &cite, "?only=note&lang=en");
    let value: toml::Value = serde_json_like(&json);
    let milestones = value.get("milestones").and_then(|m| m.as_array()).unwrap();
    assert_eq!(milestones.len(), 27);
    assert_eq!(value.get("count").and_then(|c| c.as_integer()), Some(27));
    assert!(value
        .get("citation")
        .and_then(|c| c.as_str())
        .unwrap()
        .contains("accessed 2026-11-28"));
    let first = &milestones[0];
    assert_eq!(first.get("id").and_then(|v| v.as_str()), Some("alexnet"));
    assert!(first.get("title").and_then(|t| t.get("zh")).is_some());
}

/// JSON is checked by converting it to TOML's data model with a tiny JSON reader (no JSON crate needed here).
fn serde_json_like(json: &str) -> toml::Value {
    let mut p = JsonReader {
        s: json.as_bytes(),
        i: 0,
    };
    let v = p.value();
    p.ws();
    assert_eq!(p.i, p.s.len(), "trailing text after JSON");
    v
}

struct JsonReader<'a> {
    s: &'a [u8],
    i: usize,
}

impl JsonReader<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }
    fn eat(&mut self, c: u8) {
        self.ws();
        assert_eq!(self.s[self.i] as char, c as char, "at byte {}", self.i);
        self.i += 1;
    }
    fn value(&mut self) -> toml::Value {
        self.ws();
        match self.s[self.i] {
            b'{' => {
                self.eat(b'{');
                let mut table = toml::Table::new();
                self.ws();
                if self.s[self.i] == b'}' {
                    self.i += 1;
                    return toml::Value::Table(table);
                }
                loop {
                    let key = self.string();
                    self.eat(b':');
                    let v = self.value();
                    table.insert(key, v);
                    self.ws();
                    if self.s[self.i] == b',' {
                        self.i += 1;
                    } else {
                        self.eat(b'}');
                        return toml::Value::Table(table);
                    }
                }
            }
            b'[' => {
                self.eat(b'[');
                let mut items = vec![];
                self.ws();
                if self.s[self.i] == b']' {
                    self.i += 1;
                    return toml::Value::Array(items);
                }
                loop {
                    items.push(self.value());
                    self.ws();
                    if self.s[self.i] == b',' {
                        self.i += 1;
                    } else {
                        self.eat(b']');
                        return toml::Value::Array(items);
                    }
                }
            }
            b'"' => toml::Value::String(self.string()),
            b't' => self.word("true", toml::Value::Boolean(true)),
            b'f' => self.word("false", toml::Value::Boolean(false)),
            b'n' => self.word("null", toml::Value::String("null".into())),
            _ => {
                let start = self.i;
                while self.i < self.s.len() && b"+-.0123456789eE".contains(&self.s[self.i]) {
                    self.i += 1;
                }
                let text = std::str::from_utf8(&self.s[start..self.i]).unwrap();
                match text.parse::<i64>() {
                    Ok(n) => toml::Value::Integer(n),
                    Err(_) => toml::Value::Float(text.parse().expect("a JSON number")),
                }
            }
        }
    }
    fn word(&mut self, word: &str, v: toml::Value) -> toml::Value {
        assert!(self.s[self.i..].starts_with(word.as_bytes()));
        self.i += word.len();
        v
    }
    fn string(&mut self) -> String {
        self.eat(b'"');
        let mut out = Vec::new();
        loop {
            match self.s[self.i] {
                b'"' => {
                    self.i += 1;
                    return String::from_utf8(out).expect("utf-8");
                }
                b'\\' => {
                    let esc = self.s[self.i + 1];
                    self.i += 2;
                    match esc {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'"' | b'\\' | b'/' => out.push(esc),
                        b'u' => {
                            let hex = std::str::from_utf8(&self.s[self.i..self.i + 4]).unwrap();
                            let c = char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap();
                            out.extend(c.to_string().bytes());
                            self.i += 4;
                        }
                        other => panic!("bad escape {}", other as char),
                    }
                }
                b if b < 0x20 => panic!("control character in JSON string"),
                b => {
                    out.push(b);
                    self.i += 1;
                }
            }
        }
    }
}

#[test]
fn json_strings_escape_what_must_be_escaped() {
    assert_eq!(string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    assert_eq!(string("注意"), "\"注意\"");
}

#[test]
fn citations_name_title_address_and_date() {
    let en = citation(Lang::En, "https://x.org/t/", "2026-11-28");
    assert!(
        en.contains(TIMELINE.meta.title.en)
            && en.contains("https://x.org/t/")
            && en.contains("2026-11-28")
    );
    let zh = citation(Lang::Zh, "https://x.org/t/", "2026-11-28");
    assert!(zh.contains(TIMELINE.meta.title.zh));
}
