//! The scaling chart's whole layout for one language.
use super::*;

/// The scaling chart for `lang`, from the timeline's parameter counts: totals, active counts paired to their
/// totals (same milestone and label), and the undisclosed sizes in a band on top. Domains come from the data:
/// whole years around the dates, powers of ten around the counts.
pub fn scaling_layout(timeline: &Timeline, lang: Lang) -> ScalingLayout {
    let s = i18n::strings(lang);
    let totals = points(timeline, Metric::Parameters);
    let actives = points(timeline, Metric::ActiveParameters);
    let hidden = undisclosed_size(timeline);
    let whens = totals
        .iter()
        .map(|p| p.when)
        .chain(hidden.iter().map(|m| year_fraction(m.date())));
    let (first, last) = whens.fold((f64::MAX, f64::MIN), |(a, b), w| (a.min(w), b.max(w)));
    let domain = if first <= last {
        (first.floor(), last.floor() + 1.0)
    } else {
        (2010.0, 2026.0)
    };
    let values = totals.iter().chain(&actives).map(|p| p.value);
    let (low, high) = values.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
    let (low, high) = if low <= high {
        (
            10f64.powf(low.log10().floor()),
            10f64.powf(high.log10().ceil().max(low.log10().floor() + 1.0)),
        )
    } else {
        (1e6, 1e12)
    };
    let value_ticks: Vec<f64> = Log {
        domain: (low, high),
        range: (0.0, 1.0),
    }
    .ticks();
    let left = value_ticks
        .iter()
        .map(|&v| text::width(&format::count(lang, v), FONT, false))
        .fold(0.0, f64::max)
        + 12.0;
    let x = Stretch {
        domain,
        left,
        right: RIGHT_PAD,
    };

    let hidden_x: Vec<Across> = hidden
        .iter()
        .map(|m| x.map(year_fraction(m.date())))
        .collect();
    let plot_top = 30.0;
    let plot_bottom = plot_top + PLOT_H;
    let y = Log {
        domain: (low, high),
        range: (plot_bottom, plot_top),
    };
    let plot = Frame {
        left: Across::left(left + 2.0),
        right: Across::right(4.0),
        top: 2.0,
        bottom: plot_bottom - 2.0,
    };
    let whole = Frame {
        left: Across::left(2.0),
        right: Across::right(2.0),
        top: 2.0,
        bottom: plot_bottom + 26.0 - 2.0,
    };

    // Sized points, with their active counts; then everything in date order.
    let mut all: Vec<SizePoint> = totals
        .iter()
        .map(|p| {
            let active = actives
                .iter()
                .find(|a| a.milestone.id == p.milestone.id && a.label == p.label)
                .map(|a| (a.value, y.map(a.value)));
            let name = figure_name(p, lang);
            let title = p.milestone.title.get(lang);
            SizePoint {
                milestone: p.milestone,
                x: x.map(p.when),
                y: y.map(p.value),
                value: Some(p.value),
                active,
                name: name.to_string(),
                texts: vec![
                    title.to_string(),
                    format!(
                        "{}{} · {}",
                        size_words(
                            lang,
                            (name != title).then_some(name),
                            Some(p.value),
                            active.map(|a| a.0)
                        ),
                        if p.estimate {
                            format!(" ({})", s.estimate)
                        } else {
                            String::new()
                        },
                        format::date(lang, p.milestone.date())
                    ),
                ],
                labels: Vec::new(),
            }
        })
        .collect();
    all.extend(hidden.iter().zip(&hidden_x).map(|(m, &hx)| SizePoint {
        milestone: m,
        x: hx,
        y: whole.top - MARK_R - 6.0,
        value: None,
        active: None,
        name: m.title.get(lang).to_string(),
        texts: vec![
            m.title.get(lang).to_string(),
            format!(
                "{} · {}",
                size_words(lang, None, None, None),
                format::date(lang, m.date())
            ),
        ],
        labels: Vec::new(),
    }));
    let order_key = |p: &SizePoint| (year_fraction(p.milestone.date()), p.value.unwrap_or(0.0));
    crate::order::sort_by(&mut all, |a, b| {
        let (wa, va) = order_key(a);
        let (wb, vb) = order_key(b);
        wa.total_cmp(&wb)
            .then(va.total_cmp(&vb))
            .then(a.milestone.title.en.cmp(b.milestone.title.en))
    });

    // Labels: the note's milestones first, then the added ones, each in date order; at every width.
    let sized: Vec<usize> = (0..all.len()).filter(|&i| all[i].value.is_some()).collect();
    let mut by_priority = sized.clone();
    crate::order::sort_by_key(&mut by_priority, |&i| {
        all[i].milestone.origin != Origin::Note
    });
    let mut obstacles: Vec<Area> = Vec::new();
    for &i in &sized {
        let p = &all[i];
        let dot = |cy: f64| Area {
            x: p.x.shift(-DOT_R - 1.0),
            y: cy - DOT_R - 1.0,
            w: 2.0 * DOT_R + 2.0,
            h: 2.0 * DOT_R + 2.0,
        };
        obstacles.push(dot(p.y));
        // The dashed line to an active count may run under a label: labels have a halo that masks it.
        obstacles.extend(p.active.map(|(_, ay)| dot(ay)));
    }
    // At the narrowest width a label is the name; wider, the name and count where there is room for both.
    for (k, &width) in WIDTHS.iter().enumerate() {
        let mut taken = obstacles.clone();
        for p in all.iter_mut() {
            p.labels.push(None);
        }
        for &i in &by_priority {
            let p = &all[i];
            let count = p.value.map(|v| format::count(lang, v)).unwrap_or_default();
            let mut texts = vec![p.name.clone()];
            if k > 0 && !p.name.contains(&count) {
                texts.insert(0, format!("{} {count}", p.name));
            }
            let label = texts.into_iter().find_map(|text| {
                let size = (text::width(&text, FONT, false), FONT * 1.3);
                place_label((p.x, p.y), size, LABEL_GAP, &taken, &plot, width).map(|a| (a, text))
            });
            taken.extend(label.as_ref().map(|l| l.0));
            all[i].labels[k] = label;
        }
    }

    // The bands: undisclosed sizes in rows where they crowd, the band's name on the first row when it is clear
    // of the marks there.
    let in_band: Vec<usize> = (0..all.len()).filter(|&i| all[i].value.is_none()).collect();
    let mark_area = |x: Across, y: f64| Area {
        x: x.shift(-MARK_R - 1.0),
        y: y - MARK_R - 1.0,
        w: 2.0 * MARK_R + 2.0,
        h: 2.0 * MARK_R + 2.0,
    };
    let bands = WIDTHS
        .iter()
        .map(|&width| {
            let xs: Vec<f64> = in_band.iter().map(|&i| all[i].x.at(width)).collect();
            let rows = swarm(&xs, MARK_GAP, MARK_ROWS);
            let name = text_area(s.undisclosed, Across::left(left), 10.0);
            let shares_row = in_band.iter().zip(&rows).all(|(&i, &row)| {
                name.apart(&mark_area(all[i].x, 10.0 + row as f64 * BAND_ROW), width)
            });
            let first = if shares_row { 10.0 } else { 28.0 };
            let marks: Vec<(usize, f64)> = in_band
                .iter()
                .zip(&rows)
                .map(|(&i, &row)| (i, first + row as f64 * BAND_ROW))
                .collect();
            let lowest = marks.iter().map(|m| m.1).fold(first, f64::max);
            Band {
                height: lowest + MARK_R + 5.0,
                label: (
                    Area {
                        y: if shares_row { name.y } else { 2.0 },
                        ..name
                    },
                    s.undisclosed.to_string(),
                ),
                marks,
            }
        })
        .collect();

    // Years: a tick at each start; labels centred on their year, every `step` years where they fit.
    let years = (domain.0 as i32)..(domain.1 as i32);
    let year_ticks = (domain.0 as i32..=domain.1 as i32)
        .map(|year| x.map(f64::from(year)))
        .collect();
    let year_labels = WIDTHS
        .iter()
        .map(|&width| {
            let per_year = x.map(domain.0 + 1.0).at(width) - x.map(domain.0).at(width);
            let widest = text::width("0000", FONT, false) + 8.0;
            let step = [1, 2, 3, 5, 10]
                .into_iter()
                .find(|&n| f64::from(n) * per_year >= widest)
                .unwrap_or(10);
            years
                .clone()
                .filter(|year| (year - domain.0 as i32) % step == 0)
                .map(|year| (x.map(f64::from(year) + 0.5), year.to_string()))
                .collect()
        })
        .collect();

    ScalingLayout {
        height: whole.bottom + 2.0,
        left,
        plot_top,
        plot_bottom,
        bands,
        value_ticks: value_ticks
            .into_iter()
            .map(|v| (y.map(v), format::count(lang, v)))
            .collect(),
        year_ticks,
        year_labels,
        points: all,
        plot,
        whole,
    }
}
