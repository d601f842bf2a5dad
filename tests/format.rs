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
