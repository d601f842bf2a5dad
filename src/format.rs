//! How facts read on screen, in either language: dates, what a date marks, figures. Pure and natively tested.

use crate::model::{Date, DateMark, Figure, Lang, Unit};

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

/// A number as data, for spreadsheets: no grouping, no needless decimals: "175000000000", "15.3".
pub fn number_plain(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// A plain number without needless decimals: 15.3, 3.57, 28.4, 6,144.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        group_thousands(value as i64)
    } else {
        let text = format!("{value:.3}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
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
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}
