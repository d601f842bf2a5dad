//! Calendar dates as the data file writes them: "YYYY-MM-DD", "YYYY-MM" or "YYYY".

use std::fmt;

/// A calendar date; `month` and `day` are 0 when unknown. Orders by year, then month, then day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; rejects dates that do not exist.
    pub fn parse(text: &str) -> Result<Date, String> {
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, digits: usize| -> Option<u16> {
            (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let bad = || format!("\"{text}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        if parts.len() > 3 {
            return Err(bad());
        }
        let year = number(parts[0], 4).ok_or_else(bad)?;
        let field = |i: usize| match parts.get(i) {
            Some(s) => number(s, 2).map(|n| n as u8).ok_or_else(bad),
            None => Ok(0),
        };
        let (month, day) = (field(1)?, field(2)?);
        if parts.len() >= 2 && !(1..=12).contains(&month) {
            return Err(bad());
        }
        if parts.len() == 3 && !(1..=days_in_month(year, month)).contains(&day) {
            return Err(format!("\"{text}\" is not a real date"));
        }
        Ok(Date { year, month, day })
    }

    /// ISO 8601 at the known precision: "2017-06-12", "2017-06" or "2017".
    pub fn iso(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{m:02}", self.year),
            (m, d) => write!(f, "{:04}-{m:02}-{d:02}", self.year),
        }
    }
}

/// Days in a month (1-12) of a year, leap years included.
pub const fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}
