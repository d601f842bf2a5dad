//! Scales, ticks, stacking and label placement for the time axis and charts; and that charts use the data.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::chart::{
    place_labels, points, stack, text_width, undisclosed_size, year_fraction, year_ticks, Linear,
    Log, Rect,
};
use ai_timeline::model::{Date, Metric};
use common::FIXTURE as T;

mod common;

#[test]
fn dates_become_fractional_years_at_their_precision() {
    assert_eq!(
        year_fraction(Date {
            year: 2017,
            month: 0,
            day: 0
        }),
        2017.5
    );
    assert!(
        (year_fraction(Date {
            year: 2017,
            month: 6,
            day: 0
        }) - 2017.4583)
            .abs()
            < 1e-3
    );
    let jan1 = year_fraction(Date {
        year: 2020,
        month: 1,
        day: 1,
    });
    assert!(jan1 > 2020.0 && jan1 < 2020.01);
    let dec31 = year_fraction(Date {
        year: 2020,
        month: 12,
        day: 31,
    });
    assert!(dec31 > 2020.99 && dec31 < 2021.0);
}

#[test]
fn linear_and_log_scales_map_their_domains() {
    let x = Linear {
        domain: (2010.0, 2026.0),
        range: (0.0, 1600.0),
    };
    assert_eq!(x.map(2010.0), 0.0);
    assert_eq!(x.map(2018.0), 800.0);
    let y = Log {
        domain: (1e7, 1e12),
        range: (500.0, 0.0),
    };
    assert!((y.map(1e7) - 500.0).abs() < 1e-9);
    assert!((y.map(1e12)).abs() < 1e-9);
    assert!((y.map(1e9) - 300.0).abs() < 1e-9);
    assert_eq!(y.ticks(), [1e7, 1e8, 1e9, 1e10, 1e11, 1e12]);
    assert_eq!(
        Log {
            domain: (2e7, 2e12),
            range: (0.0, 1.0)
        }
        .ticks(),
        [1e8, 1e9, 1e10, 1e11, 1e12]
    );
}

#[test]
fn log_ticks_read_as_scale_words_in_both_languages() {
    use ai_timeline::format::count;
    use ai_timeline::model::Lang;
    let ticks = [1e8, 1e9, 1e10, 1e11, 1e12];
    let en: Vec<String> = ticks.iter().map(|&v| count(Lang::En, v)).collect();
    assert_eq!(en, ["100M", "1B", "10B", "100B", "1T"]);
    let zh: Vec<String> = ticks.iter().map(|&v| count(Lang::Zh, v)).collect();
    assert_eq!(zh, ["1億", "10億", "100億", "1000億", "1兆"]);
}

#[test]
fn year_ticks_label_every_nth_year() {
    let ticks = year_ticks(2010, 2014, 2);
    assert_eq!(
        ticks,
        [
            (2010, true),
            (2011, false),
            (2012, true),
            (2013, false),
            (2014, true)
        ]
    );
}

#[test]
fn stacking_keeps_close_marks_apart() {
    assert_eq!(stack(&[0.0, 20.0, 40.0], 10.0), [0, 0, 0]);
    assert_eq!(stack(&[0.0, 5.0, 8.0, 30.0], 10.0), [0, 1, 2, 0]);
    assert_eq!(stack(&[0.0, 5.0, 12.0], 10.0), [0, 1, 0]);
    // Marks in one row are always at least the gap apart.
    let xs: Vec<f64> = (0..200)
        .map(|i| (i * 37 % 101) as f64 * 3.1)
        .collect::<Vec<_>>();
    let mut xs = xs;
    xs.sort_by(f64::total_cmp);
    let rows = stack(&xs, 9.0);
    for row in 0..=*rows.iter().max().unwrap() {
        let in_row: Vec<f64> = xs
            .iter()
            .zip(&rows)
            .filter(|(_, r)| **r == row)
            .map(|(x, _)| *x)
            .collect();
        assert!(
            in_row.windows(2).all(|w| w[1] - w[0] >= 9.0),
            "row {row}: {in_row:?}"
        );
    }
    assert!(stack(&[], 5.0).is_empty());
}

#[test]
fn labels_do_not_overlap_each_other_when_there_is_room() {
    let bounds = Rect {
        x: 0.0,
        y: 0.0,
        w: 1000.0,
        h: 500.0,
    };
    // The scaling chart's crowded corner: points close together.
    let points = [
        (800.0, 200.0),
        (805.0, 205.0),
        (810.0, 198.0),
        (815.0, 210.0),
        (300.0, 300.0),
    ];
    let sizes = [(90.0, 14.0); 5];
    let boxes = place_labels(&points, &sizes, bounds);
    for (i, a) in boxes.iter().enumerate() {
        assert!(
            a.x >= 0.0 && a.x + a.w <= 1000.0 && a.y >= 0.0 && a.y + a.h <= 500.0,
            "{a:?} inside"
        );
        for b in &boxes[i + 1..] {
            assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
        }
    }
    // Near the right edge, a label goes to the left of its point.
    let edge = place_labels(&[(990.0, 100.0)], &[(80.0, 14.0)], bounds);
    assert!(edge[0].x + edge[0].w <= 990.0);
}

#[test]
fn text_width_counts_wide_characters() {
    assert!(text_width("注意力", 12.0) > text_width("abc", 12.0));
    assert_eq!(text_width("", 12.0), 0.0);
}

#[test]
fn charts_use_only_the_data_files_figures() {
    let params: Vec<(&str, f64)> = points(&T, Metric::Parameters)
        .iter()
        .map(|p| (p.milestone.id, p.value))
        .collect();
    assert_eq!(
        params,
        [("nets", 60e6), ("big-model", 175e9), ("moe", 671e9)]
    );
    let active: Vec<(&str, f64)> = points(&T, Metric::ActiveParameters)
        .iter()
        .map(|p| (p.milestone.id, p.value))
        .collect();
    assert_eq!(active, [("moe", 37e9)]);
    // An undisclosed size is shown as such, never as a number.
    let hidden: Vec<&str> = undisclosed_size(&T).iter().map(|m| m.id).collect();
    assert_eq!(hidden, ["secret"]);
    let imagenet: Vec<f64> = points(&T, Metric::ImagenetTop5Error)
        .iter()
        .map(|p| p.value)
        .collect();
    assert_eq!(imagenet, [15.3]);
}
