//! Scales, ticks, stacking and label placement for the time axis and charts; and that charts use the data.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::chart::{
    imagenet_bars, imagenet_table, place_labels, points, scaling_layout, scaling_markup,
    scaling_table, stack, step_point, tip, tip_markup, undisclosed_size, year_fraction, year_ticks,
    Across, Area, DrawingText, Frame, Linear, Log, PointsNow, Rect, ScalingLayout, Table, DOT_R,
    FONT, MARK_R, TIP_TEXT, WIDTHS,
};
use ai_timeline::model::{Date, Lang, Metric, TIMELINE};
use ai_timeline::text::width;
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

/// A frame of fixed width `w` (for hand-made cases), px from the edges.
fn fixed(w: f64, h: f64) -> Frame {
    Frame {
        left: Across::left(0.0),
        right: Across::left(w),
        top: 0.0,
        bottom: h,
    }
}

/// A dot's box at (x, y).
fn dot(x: Across, y: f64) -> Area {
    Area {
        x: x.shift(-DOT_R),
        y: y - DOT_R,
        w: 2.0 * DOT_R,
        h: 2.0 * DOT_R,
    }
}

#[test]
fn labels_take_the_first_free_spot_or_none() {
    let frame = fixed(1000.0, 500.0);
    let at = |x: f64, y: f64| (Across::left(x), y);
    // A crowded corner: points close together, labels 90 x 14.
    let points = [
        at(800.0, 200.0),
        at(805.0, 205.0),
        at(810.0, 198.0),
        at(815.0, 210.0),
        at(300.0, 300.0),
    ];
    let obstacles: Vec<Area> = points.iter().map(|&(x, y)| dot(x, y)).collect();
    let sizes = [(90.0, 14.0); 5];
    let placed = place_labels(&points, &sizes, 9.0, &obstacles, &frame, 1000.0);
    let boxes: Vec<Rect> = placed.iter().flatten().map(|a| a.at(1000.0)).collect();
    assert!(boxes.len() >= 3, "{placed:?}");
    for (i, a) in boxes.iter().enumerate() {
        assert!(a.x >= 0.0 && a.x + a.w <= 1000.0 && a.y >= 0.0 && a.y + a.h <= 500.0);
        for b in &boxes[i + 1..] {
            assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
        }
        for d in &obstacles {
            assert!(!a.overlaps(&d.at(1000.0)), "{a:?} covers a point");
        }
    }
    // The lone point gets the first spot: right of it, centred on it.
    assert_eq!(
        placed[4].unwrap().at(1000.0),
        Rect {
            x: 309.0,
            y: 293.0,
            w: 90.0,
            h: 14.0
        }
    );
    // Near the right edge, a label goes to the left of its point.
    let edge = place_labels(
        &[at(990.0, 100.0)],
        &[(80.0, 14.0)],
        9.0,
        &[],
        &frame,
        1000.0,
    );
    assert!(edge[0].unwrap().at(1000.0).x + 80.0 <= 990.0);
    // Where nothing fits, there is no label.
    let none = place_labels(
        &[at(50.0, 10.0)],
        &[(200.0, 14.0)],
        9.0,
        &[],
        &fixed(100.0, 20.0),
        100.0,
    );
    assert_eq!(none, [None]);
}

#[test]
fn boxes_apart_at_the_narrowest_width_stay_apart_as_it_widens() {
    let x = |frac: f64, px: f64| Across { frac, px };
    let b = |x: Across| Area {
        x,
        y: 0.0,
        w: 40.0,
        h: 10.0,
    };
    // Side by side in the order of their fractions: apart at every width from 300 up.
    assert!(b(x(0.2, 0.0)).apart(&b(x(0.4, 0.0)), 300.0));
    // Apart at 300 but the left one moves right faster: they cross as the drawing widens.
    let (a, c) = (b(x(0.5, -100.0)), b(x(0.2, 40.0)));
    assert!(!a.at(300.0).overlaps(&c.at(300.0)));
    assert!(a.at(400.0).overlaps(&c.at(400.0)));
    assert!(!a.apart(&c, 300.0));
    // One above the other: always apart.
    assert!(b(x(0.5, 0.0)).apart(
        &Area {
            y: 10.0,
            ..b(x(0.5, 0.0))
        },
        300.0
    ));
    // Inside a stretching frame at 300 means inside at 1000.
    let frame = Frame {
        left: Across::left(10.0),
        right: Across::right(10.0),
        top: 0.0,
        bottom: 50.0,
    };
    let inside = b(x(0.9, -60.0));
    assert!(inside.within(&frame, 300.0));
    let r = inside.at(1000.0);
    assert!(r.x >= 10.0 && r.x + r.w <= 990.0);
    assert!(!b(x(0.95, 0.0)).within(&frame, 300.0));
}

#[test]
fn tooltips_stay_inside_and_by_their_point() {
    let frame = Frame {
        left: Across::left(2.0),
        right: Across::right(2.0),
        top: 2.0,
        bottom: 300.0,
    };
    let texts = [
        "A rather long milestone title for a tooltip".to_string(),
        "175B parameters · 28 May 2020".to_string(),
    ];
    for frac in [0.0, 0.1, 0.5, 0.9, 1.0] {
        for y in [10.0, 150.0, 290.0] {
            let x = Across {
                frac,
                px: 20.0 - frac * 40.0,
            };
            let t = tip(&texts, x, y, 5.0, &frame, 320.0);
            assert!(t.area.within(&frame, 320.0), "{frac} {y}: {t:?}");
            for width in [320.0, 640.0, 1400.0] {
                let (r, px) = (t.area.at(width), x.at(width));
                assert!(
                    r.x <= px && px <= r.x + r.w,
                    "the point is under its tooltip"
                );
            }
            assert!(
                t.area.y + t.area.h <= y - 5.0 || t.area.y >= y + 5.0,
                "the tooltip leaves the point visible"
            );
        }
    }
    let t = tip(&texts, Across::left(100.0), 200.0, 5.0, &frame, 320.0);
    assert_eq!(t.lines.len(), 3, "the title wraps: {t:?}");
    assert!(t.lines[0].title && t.lines[1].title && !t.lines[2].title);
    assert!(t.lines.windows(2).all(|w| w[1].baseline > w[0].baseline));
}

#[test]
fn arrow_keys_move_in_date_order_and_stay_at_the_ends() {
    assert_eq!(step_point("ArrowRight", 0, 3), Some(1));
    assert_eq!(step_point("ArrowDown", 2, 3), Some(2));
    assert_eq!(step_point("ArrowLeft", 0, 3), Some(0));
    assert_eq!(step_point("ArrowUp", 2, 3), Some(1));
    assert_eq!(step_point("Home", 2, 3), Some(0));
    assert_eq!(step_point("End", 0, 3), Some(2));
    assert_eq!(step_point("Enter", 0, 3), None);
    assert_eq!(step_point("ArrowRight", 0, 0), None);
}

/// Every label of the layout at the `k`th width, as boxes at `width`.
fn label_boxes(layout: &ScalingLayout, k: usize, width: f64) -> Vec<(String, Rect)> {
    layout
        .points
        .iter()
        .filter_map(|p| p.labels[k].as_ref())
        .map(|(a, text)| (text.clone(), a.at(width)))
        .collect()
}

/// Every point's box (dots, active dots, marks) at `width`.
fn point_boxes(layout: &ScalingLayout, width: f64) -> Vec<(String, Rect)> {
    let square = |x: f64, y: f64, r: f64| Rect {
        x: x - r,
        y: y - r,
        w: 2.0 * r,
        h: 2.0 * r,
    };
    layout
        .points
        .iter()
        .filter(|p| p.value.is_some())
        .flat_map(|p| {
            let x = p.x.at(width);
            let mut boxes = vec![(p.name.clone(), square(x, p.y, DOT_R))];
            boxes.extend(
                p.active
                    .map(|(_, ay)| (p.name.clone() + " (active)", square(x, ay, DOT_R))),
            );
            boxes
        })
        .collect()
}

#[test]
fn real_data_labels_never_overlap_and_stay_in_the_plot_at_every_width_in_both_languages() {
    for lang in Lang::ALL {
        let layout = scaling_layout(&TIMELINE, lang);
        for (k, &min) in WIDTHS.iter().enumerate() {
            let next = WIDTHS.get(k + 1).copied().unwrap_or(1400.0);
            let labels_count = label_boxes(&layout, k, min).len();
            assert!(
                labels_count >= 8,
                "{lang:?} at {min}: only {labels_count} labels"
            );
            for width in [min, (min + next) / 2.0, next] {
                let labels = label_boxes(&layout, k, width);
                let dots = point_boxes(&layout, width);
                let (left, right) = (layout.plot.left.at(width), layout.plot.right.at(width));
                for (i, (text, a)) in labels.iter().enumerate() {
                    assert!(
                        a.x >= left
                            && a.x + a.w <= right
                            && a.y >= layout.plot.top
                            && a.y + a.h <= layout.plot.bottom,
                        "{lang:?} {width}: {text} {a:?} leaves the plot"
                    );
                    for (other, b) in &labels[i + 1..] {
                        assert!(!a.overlaps(b), "{lang:?} {width}: {text} overlaps {other}");
                    }
                    for (name, d) in &dots {
                        assert!(
                            !a.overlaps(d),
                            "{lang:?} {width}: {text} covers the point of {name}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn real_data_tooltips_fit_at_the_narrowest_width_in_both_languages() {
    for lang in Lang::ALL {
        let layout = scaling_layout(&TIMELINE, lang);
        for i in 0..layout.points.len() {
            for hint in [None, Some("tap again to open")] {
                let t = layout.tip(i, hint);
                assert!(
                    t.area.within(&layout.whole, WIDTHS[0]),
                    "{lang:?} {i}: {t:?}"
                );
                for line in &t.lines {
                    let w = if line.title {
                        width(&line.text, 13.0, true)
                    } else {
                        width(&line.text, TIP_TEXT, false)
                    };
                    assert!(w <= t.area.w, "{}", line.text);
                }
            }
        }
    }
}

#[test]
fn real_data_domains_come_from_the_data() {
    let layout = scaling_layout(&TIMELINE, Lang::En);
    let years: Vec<f64> = TIMELINE
        .milestones
        .iter()
        .filter(|m| !m.figures.is_empty() || !m.undisclosed.is_empty())
        .map(|m| year_fraction(m.date()))
        .collect();
    assert!(!years.is_empty());
    for p in &layout.points {
        for width in WIDTHS {
            let x = p.x.at(width);
            assert!(
                x > layout.left && x < width - 4.0,
                "{} at {x} of {width}",
                p.milestone.id
            );
        }
        if p.value.is_some() {
            assert!(
                p.y >= layout.plot_top && p.y <= layout.plot_bottom,
                "{}",
                p.milestone.id
            );
        }
    }
    // Date order: the order arrow keys move in.
    let whens: Vec<f64> = layout
        .points
        .iter()
        .map(|p| year_fraction(p.milestone.date()))
        .collect();
    assert!(whens.windows(2).all(|w| w[0] <= w[1]));
    // Every sized figure and every undisclosed size is a point.
    let sized = layout.points.iter().filter(|p| p.value.is_some()).count();
    assert_eq!(sized, points(&TIMELINE, Metric::Parameters).len());
    assert_eq!(
        layout.points.len() - sized,
        undisclosed_size(&TIMELINE).len()
    );
    // The value axis spans the data in powers of ten; years have labels that fit.
    assert!(layout.value_ticks.len() >= 3);
    for (k, labels) in layout.year_labels.iter().enumerate() {
        let boxes: Vec<f64> = labels.iter().map(|(x, _)| x.at(WIDTHS[k])).collect();
        assert!(boxes
            .windows(2)
            .all(|w| w[1] - w[0] >= width("0000", FONT, false) + 4.0));
    }
}

#[test]
fn undisclosed_marks_do_not_pile_up() {
    for lang in Lang::ALL {
        let layout = scaling_layout(&TIMELINE, lang);
        let hidden = layout.points.iter().filter(|p| p.value.is_none()).count();
        for (k, band) in layout.bands.iter().enumerate() {
            let width = WIDTHS[k];
            assert_eq!(band.marks.len(), hidden);
            let marks: Vec<Rect> = band
                .marks
                .iter()
                .map(|&(i, y)| {
                    let x = layout.points[i].x.at(width);
                    Rect {
                        x: x - MARK_R,
                        y: y - MARK_R,
                        w: 2.0 * MARK_R,
                        h: 2.0 * MARK_R,
                    }
                })
                .collect();
            let name = band.label.0.at(width);
            // Marks may touch where dates crowd (the band has at most six rows), but never hide one another:
            // centres at least a mark's half-width apart.
            for (i, a) in marks.iter().enumerate() {
                assert!(
                    a.y >= 0.0 && a.y + a.h <= band.height && a.x + a.w <= width,
                    "{a:?}"
                );
                assert!(!a.overlaps(&name), "the band's name is clear of its marks");
                for b in &marks[i + 1..] {
                    assert!(
                        (a.x - b.x).abs() >= MARK_R || a.y != b.y,
                        "{lang:?} {width}: {a:?} {b:?}"
                    );
                }
            }
            assert!(
                band.height <= 80.0,
                "{lang:?} {width}: a band {} px tall",
                band.height
            );
        }
    }
}

#[test]
fn tables_hold_every_figure_in_both_languages() {
    let en = scaling_table(&TIMELINE, Lang::En);
    assert_eq!(en.headers, ["Model", "Date", "Value", "Note"]);
    assert_eq!(
        en.rows.len(),
        points(&TIMELINE, Metric::Parameters).len()
            + points(&TIMELINE, Metric::ActiveParameters).len()
            + undisclosed_size(&TIMELINE).len()
    );
    assert!(en
        .rows
        .iter()
        .any(|r| r[0] == "GPT-3" && r[2] == "175B" && r[3] == "total"));
    assert!(en
        .rows
        .iter()
        .any(|r| r[0] == "Mixtral 8x7B" && r[2] == "12.9B" && r[3] == "active"));
    assert!(en
        .rows
        .iter()
        .any(|r| r[0] == "GPT-4" && r[2] == "—" && r[3] == "size not disclosed"));
    let zh = scaling_table(&TIMELINE, Lang::Zh);
    assert!(zh.rows.iter().any(|r| r[0] == "GPT-3" && r[2] == "1750億"));
    let imagenet = imagenet_table(&TIMELINE, Lang::En);
    let values: Vec<&str> = imagenet.rows.iter().map(|r| r[2].as_str()).collect();
    assert_eq!(values, ["26.2%", "15.3%", "3.57%"]);
    assert_eq!(imagenet_bars(&TIMELINE).len(), 3);
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

#[test]
fn the_stylesheet_shows_each_layout_from_its_width() {
    let css = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/style/components/chart-frame.css"
    ))
    .expect("the charts' stylesheet");
    let css: String = css.split_whitespace().collect();
    let at = |k: usize| format!(".chart__drawing.chart__at-{k}");
    let hidden: Vec<String> = (1..WIDTHS.len()).map(at).collect();
    assert!(
        css.contains(&format!("{}{{display:none;}}", hidden.join(","))),
        "all but the narrowest hidden at first"
    );
    for (k, width) in WIDTHS.iter().enumerate().skip(1) {
        let query = format!(
            "@container(min-width:{width}px){{{}{{display:none;}}{}{{display:block;}}}}",
            at(k - 1),
            at(k)
        );
        assert!(css.contains(&query), "{query}");
    }
}

/// The elements of `markup` that carry `attr="i"`, as their opening tags.
fn tags_with<'a>(markup: &'a str, attr: &str, i: usize) -> Vec<&'a str> {
    let needle = format!(r#"{attr}="{i}""#);
    markup
        .split('<')
        .filter(|tag| !tag.starts_with('/'))
        .map(|tag| tag.split('>').next().unwrap_or(""))
        .filter(|tag| tag.split(' ').any(|a| a == needle))
        .collect()
}

#[test]
fn the_scaling_drawing_as_markup_draws_every_point_with_its_state_and_is_well_formed() {
    let layout = scaling_layout(&T, Lang::En);
    let n = layout.points.len();
    assert!(n >= 3, "the fixture has sized and undisclosed points");
    let dimmed: Vec<bool> = (0..n).map(|i| i % 2 == 1).collect();
    let hrefs: Vec<String> = (0..n).map(|i| format!("?m=p{i}&lang=en")).collect();
    let ids: Vec<String> = (0..n).map(|i| format!("scaling-point-{i}")).collect();
    let now = PointsNow {
        dimmed: &dimmed,
        stop: 1,
        hrefs: &hrefs,
        ids: &ids,
    };
    let text = DrawingText {
        points_label: "Points <all>",
        title_id: "scaling-title",
    };
    let markup = scaling_markup(&layout, &T, &text, &now);
    for tag in [
        "svg", "g", "text", "line", "circle", "rect", "ol", "li", "a",
    ] {
        let opened = markup.matches(&format!("<{tag} ")).count()
            + markup.matches(&format!("<{tag}>")).count();
        assert_eq!(
            opened,
            markup.matches(&format!("</{tag}>")).count(),
            "<{tag}> balanced"
        );
    }
    assert!(markup.contains(r#"aria-label="Points &lt;all&gt;""#));
    assert!(
        markup.contains(r#"<g class="chart__tip-slot"></g></svg>"#),
        "an empty tooltip slot in the plot"
    );
    for (i, p) in layout.points.iter().enumerate() {
        let acting = tags_with(&markup, "data-i", i);
        // Its link, and its dot (sized) or its mark in each band (undisclosed).
        let links: Vec<_> = acting.iter().filter(|t| t.starts_with("a ")).collect();
        assert_eq!(links.len(), 1, "{}: one link", p.milestone.id);
        assert!(
            links[0].contains(&format!(r#"href="?m=p{i}&amp;lang=en""#)),
            "{}",
            links[0]
        );
        assert!(links[0].contains(&format!(r#"id="scaling-point-{i}""#)));
        let stop = if i == 1 {
            r#"tabindex="0""#
        } else {
            r#"tabindex="-1""#
        };
        assert!(links[0].contains(stop), "{i}: {}", links[0]);
        let drawn = acting.len() - 1;
        let expected = if p.value.is_some() {
            1
        } else {
            layout.bands.len()
        };
        assert_eq!(
            drawn, expected,
            "{}: drawn once per band or as one dot",
            p.milestone.id
        );
        for tag in acting.iter().chain(&tags_with(&markup, "data-for", i)) {
            assert_eq!(tag.contains("is-dimmed"), dimmed[i], "{i}: {tag}");
        }
    }
}

#[test]
fn a_tooltip_as_markup_escapes_its_text_and_says_whose_it_is() {
    let frame = Frame {
        left: Across::left(0.0),
        right: Across::right(0.0),
        top: 0.0,
        bottom: 300.0,
    };
    let t = tip(
        &["A & <B>".to_string(), "1 B".to_string()],
        Across::left(100.0),
        200.0,
        5.0,
        &frame,
        320.0,
    );
    let markup = tip_markup(&t, 7, true);
    assert!(
        markup.starts_with(r#"<g class="chart__tip is-tapped""#),
        "{markup}"
    );
    assert!(markup.contains(r#"data-tip="7""#));
    assert!(
        markup.contains("A &amp; &lt;B&gt;") && !markup.contains("<B>"),
        "{markup}"
    );
    assert!(markup.contains(r#"class="is-title""#));
    assert!(!tip_markup(&t, 7, false).contains("is-tapped"));
}

#[test]
fn a_table_as_markup_has_a_header_cell_per_column_a_row_each_and_escaped_text() {
    let table = Table {
        headers: vec!["Model".into(), "Size".into()],
        rows: vec![
            vec!["A & B".into(), "1 B".into()],
            vec!["<C>".into(), "2 B".into()],
        ],
    };
    let markup = table.markup("Sizes");
    assert_eq!(
        markup,
        concat!(
            "<caption>Sizes</caption><thead><tr><th scope=\"col\">Model</th><th scope=\"col\">Size</th></tr></thead>",
            "<tbody><tr><th scope=\"row\">A &amp; B</th><td>1 B</td></tr>",
            "<tr><th scope=\"row\">&lt;C&gt;</th><td>2 B</td></tr></tbody>"
        )
    );
}
