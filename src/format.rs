//! How facts read on screen, in either language: dates, what a date marks, figures; and every number the app
//! writes ([`Decimal`]: the wasm carries no float formatting). Pure and natively tested.

use crate::model::{Date, DateMark, Figure, Lang, Unit};
use std::fmt;

/// A date at its known precision: "12 Jun 2017" / "2017年6月12日", "Jun 2017" / "2017年6月", "2017" / "2017年".
pub fn date(lang: Lang, d: Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = (1..=12)
        .contains(&d.month)
        .then(|| MONTHS[d.month as usize - 1]);
    match (lang, month, d.day) {
        (Lang::En, None, _) => d.year.to_string(),
        (Lang::En, Some(m), 0) => format!("{m} {}", d.year),
        (Lang::En, Some(m), day) => format!("{day} {m} {}", d.year),
        (Lang::Zh, None, _) => format!("{}年", d.year),
        (Lang::Zh, Some(_), 0) => format!("{}年{}月", d.year, d.month),
        (Lang::Zh, Some(_), day) => format!("{}年{}月{}日", d.year, d.month, day),
    }
}

/// What a date marks.
pub fn date_mark(lang: Lang, mark: DateMark) -> &'static str {
    use DateMark::*;
    match (lang, mark) {
        (Lang::En, Arxiv) => "paper posted to arXiv",
        (Lang::En, Journal) => "journal publication",
        (Lang::En, Conference) => "conference",
        (Lang::En, Competition) => "competition result",
        (Lang::En, Announcement) => "announcement",
        (Lang::En, Launch) => "launch",
        (Lang::En, Release) => "release",
        (Lang::En, Report) => "technical report",
        (Lang::En, Match) => "match",
        (Lang::En, Preview) => "limited preview",
        (Lang::En, Award) => "award announced",
        (Lang::En, Effective) => "takes effect",
        (Lang::Zh, Arxiv) => "論文上傳arXiv",
        (Lang::Zh, Journal) => "期刊發表",
        (Lang::Zh, Conference) => "會議",
        (Lang::Zh, Competition) => "競賽結果",
        (Lang::Zh, Announcement) => "發布公告",
        (Lang::Zh, Launch) => "正式推出",
        (Lang::Zh, Release) => "公開發布",
        (Lang::Zh, Report) => "技術報告",
        (Lang::Zh, Match) => "對局",
        (Lang::Zh, Preview) => "有限預覽",
        (Lang::Zh, Award) => "獎項公布",
        (Lang::Zh, Effective) => "開始適用",
    }
}

/// A figure's value with its unit, the way a reader expects it: "15.3%", "175B" / "1750億", "14×", "~300B".
pub fn figure_value(lang: Lang, f: &Figure) -> String {
    let approx = if f.estimate { "~" } else { "" };
    let value = match f.unit {
        Unit::Percent => format!("{}%", number(f.value)),
        Unit::Count => count(lang, f.value),
        Unit::Number => number(f.value),
        Unit::Times => format!("{}×", number(f.value)),
        Unit::Days => match lang {
            Lang::En if f.value == 1.0 => "1 day".to_string(),
            Lang::En => format!("{} days", number(f.value)),
            Lang::Zh => format!("{}天", number(f.value)),
        },
        Unit::Ms => format!("{} ms", number(f.value)),
        Unit::Usd => match lang {
            Lang::En => format!("${}", count(lang, f.value)),
            Lang::Zh => format!("{}美元", count(lang, f.value)),
        },
    };
    format!("{approx}{value}")
}

/// A number as data, for spreadsheets: no grouping, no needless decimals: "175000000000", "15.3"; from 9e15 on
/// in exponent notation: "1e25".
pub fn number_plain(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        Decimal(value, 9).to_string()
    }
}

/// A plain number without needless decimals: 15.3, 3.57, 28.4, 6,144; from 10^15 on, a power of ten: 10²⁵,
/// 3.6 × 10¹⁶.
pub fn number(value: f64) -> String {
    if value.abs() >= 1e15 {
        power_of_ten(value)
    } else if value.fract() == 0.0 {
        group_thousands(value as i64)
    } else {
        Decimal(value, 3).to_string()
    }
}

/// A large number as (up to three significant digits) × 10 to a power in superscript digits: 10²⁵, 3.6 × 10¹⁶.
fn power_of_ten(value: f64) -> String {
    let sign = if value < 0.0 { "-" } else { "" };
    let (mantissa, power) = scientific(value, 2);
    let power: String = power
        .to_string()
        .chars()
        .map(|d| ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'][d as usize - '0' as usize])
        .collect();
    if mantissa == "1" {
        format!("{sign}10{power}")
    } else {
        format!("{sign}{mantissa} × 10{power}")
    }
}

/// A number of at least 1 (in size, sign dropped) as mantissa × 10^power, the mantissa from 1 to under 10 written
/// with at most `places` decimals: (3.6, 16) for 3.6e16 at 2 places; 9.999e20 at 2 places is (1, 21).
fn scientific(value: f64, places: u8) -> (String, i32) {
    let value = value.abs();
    // log10 can be a hair off at a power of ten: the mantissa says which way, and is set right.
    let mut power = value.log10().floor() as i32;
    let mut mantissa = value / 10f64.powi(power);
    if mantissa >= 10.0 {
        (mantissa, power) = (mantissa / 10.0, power + 1);
    } else if mantissa < 1.0 {
        (mantissa, power) = (mantissa * 10.0, power - 1);
    }
    let text = Decimal(mantissa, places).to_string();
    if text == "10" {
        ("1".to_string(), power + 1)
    } else {
        (text, power)
    }
}

fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

/// Large counts with the usual scale words: 117M, 1.5B, 1.4T in English; 1.17億, 1750億, 1.4兆 in Chinese.
/// Counts under a million (English) or ten thousand (Chinese) are written out: 6,144.
pub fn count(lang: Lang, value: f64) -> String {
    let scales: &[(f64, &str)] = match lang {
        Lang::En => &[(1e12, "T"), (1e9, "B"), (1e6, "M")],
        Lang::Zh => &[(1e12, "兆"), (1e8, "億"), (1e4, "萬")],
    };
    for &(scale, word) in scales {
        if value >= scale {
            return format!("{}{word}", significant(value / scale));
        }
    }
    number(value)
}

/// Up to three significant digits, no trailing zeros: 1.17, 46.7, 175, 1750.
fn significant(value: f64) -> String {
    let decimals = if value >= 100.0 {
        0
    } else if value >= 10.0 {
        1
    } else {
        2
    };
    Decimal(value, decimals).to_string()
}

/// A number with at most `.1` places of decimals, rounded half away from zero, no trailing zeros: `Decimal(12.25, 1)`
/// is "12.3", `Decimal(3.0, 2)` "3". From 9e15 on, where an f64 holds whole numbers only, in exponent notation
/// with up to 15 significant digits, as JSON and spreadsheets read it: "1e25", "3.6e16". Written with integer
/// arithmetic: the app carries none of the standard library's float formatting (its shortest-digits and
/// fixed-precision algorithms and their tables).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decimal(pub f64, pub u8);

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Decimal(value, places) = *self;
        if value.is_nan() {
            return f.write_str("NaN");
        }
        if value.is_infinite() {
            return f.write_str(if value > 0.0 { "inf" } else { "-inf" });
        }
        if value.abs() >= 9.0e15 {
            let (mantissa, power) = scientific(value, 14);
            let sign = if value < 0.0 { "-" } else { "" };
            return write!(f, "{sign}{mantissa}e{power}");
        }
        // As many of the decimals as f64 holds exactly once scaled (integers to 2^53).
        let mut places = u32::from(places.min(15));
        while places > 0 && value.abs() * 10f64.powi(places as i32) >= 9.0e15 {
            places -= 1;
        }
        let unit = 10u64.pow(places);
        let n = (value.abs() * unit as f64).round() as u64;
        if value < 0.0 && n != 0 {
            f.write_str("-")?;
        }
        let (whole, mut frac) = (n / unit, n % unit);
        write!(f, "{whole}")?;
        if frac != 0 {
            let mut digits = places as usize;
            while frac % 10 == 0 {
                frac /= 10;
                digits -= 1;
            }
            write!(f, ".{frac:0digits$}")?;
        }
        Ok(())
    }
}

/// A length or coordinate for SVG markup or a style: at most two decimals.
pub fn coord(value: f64) -> String {
    Decimal(value, 2).to_string()
}
