//! Dates and figures as readers see them, in both languages.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::format::{count, date, date_mark, figure_value, number};
use ai_timeline::model::{Date, DateMark, Figure, Lang, Text, Unit};

fn fig(value: f64, unit: Unit, estimate: bool) -> Figure {
    Figure {
        value,
        unit,
        measure: Text { zh: "x", en: "x" },
        metric: None,
        estimate,
        secondary: false,
        basis: None,
        label: None,
    }
}

#[test]
fn dates_keep_their_precision() {
    let day = Date {
        year: 2017,
        month: 6,
        day: 12,
    };
    let month = Date {
        year: 2017,
        month: 6,
        day: 0,
    };
    let year = Date {
        year: 2017,
        month: 0,
        day: 0,
    };
    assert_eq!(date(Lang::En, day), "12 Jun 2017");
    assert_eq!(date(Lang::En, month), "Jun 2017");
    assert_eq!(date(Lang::En, year), "2017");
    assert_eq!(date(Lang::Zh, day), "2017年6月12日");
    assert_eq!(date(Lang::Zh, month), "2017年6月");
    assert_eq!(date(Lang::Zh, year), "2017年");
    assert_eq!(
        (day.iso(), month.iso(), year.iso()),
        ("2017-06-12".into(), "2017-06".into(), "2017".into())
    );
}

#[test]
fn every_date_mark_reads_in_both_languages() {
    for &mark in DateMark::ALL {
        assert!(!date_mark(Lang::En, mark).is_empty());
        assert_ne!(date_mark(Lang::En, mark), date_mark(Lang::Zh, mark));
    }
}

#[test]
fn counts_use_the_scale_words_of_each_language() {
    assert_eq!(count(Lang::En, 117e6), "117M");
    assert_eq!(count(Lang::En, 1.5e9), "1.5B");
    assert_eq!(count(Lang::En, 175e9), "175B");
    assert_eq!(count(Lang::En, 46.7e9), "46.7B");
    assert_eq!(count(Lang::En, 1.4e12), "1.4T");
    assert_eq!(count(Lang::En, 6144.0), "6,144");
    assert_eq!(count(Lang::Zh, 117e6), "1.17億");
    assert_eq!(count(Lang::Zh, 175e9), "1750億");
    assert_eq!(count(Lang::Zh, 60e6), "6000萬");
    assert_eq!(count(Lang::Zh, 1.4e12), "1.4兆");
    assert_eq!(count(Lang::Zh, 6144.0), "6,144");
}

#[test]
fn figures_read_with_their_units() {
    assert_eq!(
        figure_value(Lang::En, &fig(15.3, Unit::Percent, false)),
        "15.3%"
    );
    assert_eq!(
        figure_value(Lang::En, &fig(3.57, Unit::Percent, false)),
        "3.57%"
    );
    assert_eq!(
        figure_value(Lang::En, &fig(300e9, Unit::Count, true)),
        "~300B"
    );
    assert_eq!(
        figure_value(Lang::Zh, &fig(300e9, Unit::Count, true)),
        "~3000億"
    );
    assert_eq!(
        figure_value(Lang::En, &fig(28.4, Unit::Number, false)),
        "28.4"
    );
    assert_eq!(
        figure_value(Lang::En, &fig(14.0, Unit::Times, false)),
        "14×"
    );
    assert_eq!(
        figure_value(Lang::En, &fig(3.5, Unit::Days, false)),
        "3.5 days"
    );
    assert_eq!(
        figure_value(Lang::Zh, &fig(3.5, Unit::Days, false)),
        "3.5天"
    );
    assert_eq!(
        figure_value(Lang::En, &fig(320.0, Unit::Ms, true)),
        "~320 ms"
    );
    assert_eq!(number(0.5), "0.5");
    assert_eq!(number(1000.0), "1,000");
}

#[test]
fn decimals_are_written_without_the_float_formatting_and_agree_with_it() {
    use ai_timeline::format::{coord, Decimal};
    let show = |v: f64, p: u8| Decimal(v, p).to_string();
    assert_eq!(show(12.25, 1), "12.3");
    assert_eq!(show(3.0, 2), "3");
    assert_eq!(show(-0.25, 3), "-0.25");
    assert_eq!(show(-0.004, 2), "0", "no minus sign on a zero");
    assert_eq!(show(0.5, 0), "1");
    assert_eq!(show(1999.96, 1), "2000");
    assert_eq!(show(0.05, 2), "0.05", "leading zeros of the decimals kept");
    assert_eq!(
        show(1e25, 3),
        "1e25",
        "from 9e15 on, where f64 holds whole numbers only, in exponent notation"
    );
    assert_eq!(show(-36e12 * 1e3, 0), "-3.6e16");
    assert_eq!(show(8.9e15, 0), "8900000000000000");
    assert_eq!(
        show(123456789.123, 9),
        "123456789.123",
        "fewer places where f64 runs out"
    );
    assert_eq!(show(f64::NAN, 2), "NaN");
    assert_eq!(coord(47.916666), "47.92");
    assert_eq!(
        number(1e25),
        "10²⁵",
        "the EU AI Act's threshold, not 10000000000000000905969664"
    );
    assert_eq!(number(3.6e16), "3.6 × 10¹⁶");
    assert_eq!(number(-1.236e15), "-1.24 × 10¹⁵");
    assert_eq!(number(9.999e20), "10²¹");
    assert_eq!(number(999_999_999_999_999.0), "999,999,999,999,999");
    for (v, text) in [
        (9.1e15, "9.1e15"),
        (123456789012345678.0, "1.23456789012346e17"),
        (2f64.powi(60), "1.15292150460685e18"),
        (6.02214076e23, "6.02214076e23"),
        (1.7e38, "1.7e38"),
        (1e300, "1e300"),
        (-2.15e25, "-2.15e25"),
    ] {
        assert_eq!(show(v, 2), text, "{v}");
        let back: f64 = text.parse().unwrap();
        assert!(
            (back - v).abs() <= v.abs() * 1e-14,
            "{text} reads back as {v}"
        );
    }
    // Exponent notation for every power of ten and a few between: the mantissa from 1 to under 10.
    for p in 16..300 {
        for m in [1.0, 2.5, 9.99] {
            let v = m * 10f64.powi(p);
            assert_eq!(show(v, 0), format!("{m}e{p}"), "{v}");
        }
    }
    // Away from ties, the same text as the standard `{:.N}` with its trailing zeros dropped.
    for k in -2000..2000 {
        let v = f64::from(k) * 0.731 / 7.0;
        for p in 0..4u8 {
            if ((v.abs() * 10f64.powi(i32::from(p))).fract() - 0.5).abs() < 1e-6 {
                continue; // a tie, or as near one as the arithmetic can tell
            }
            let std = format!("{v:.prec$}", prec = usize::from(p));
            let std = if std.contains('.') {
                std.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                std
            };
            let std = if std == "-0" { "0".to_string() } else { std };
            assert_eq!(show(v, p), std, "{v} to {p} places");
        }
    }
}
