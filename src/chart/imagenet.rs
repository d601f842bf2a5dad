//! The ImageNet chart: its bars, their words, and its table.
use super::*;

/// The ImageNet chart's bars: oldest first; within a year the worse result first, so the fall reads top to
/// bottom.
pub fn imagenet_bars(timeline: &Timeline) -> Vec<Point> {
    let mut bars = points(timeline, Metric::ImagenetTop5Error);
    crate::order::sort_by(&mut bars, |a, b| {
        a.when.total_cmp(&b.when).then(b.value.total_cmp(&a.value))
    });
    bars
}

/// A bar's name: "AlexNet (2012)".
pub fn bar_name(p: &Point, lang: Lang) -> String {
    format!("{} ({})", figure_name(p, lang), p.milestone.date().year)
}

/// A bar's value: "15.3%".
pub fn bar_value(p: &Point) -> String {
    format!("{}%", format::number(p.value))
}

/// What a bar's tooltip says besides its name: the milestone, its date.
pub fn bar_detail(p: &Point, lang: Lang) -> String {
    format!(
        "{} · {}",
        p.milestone.title.get(lang),
        format::date(lang, p.milestone.date())
    )
}

/// The ImageNet chart as a table, in the bars' order.
pub fn imagenet_table(timeline: &Timeline, lang: Lang) -> Table {
    let s = i18n::strings(lang);
    Table {
        headers: [s.col_model, s.col_date, s.col_value]
            .map(String::from)
            .to_vec(),
        rows: imagenet_bars(timeline)
            .iter()
            .map(|p| {
                vec![
                    bar_name(p, lang),
                    format::date(lang, p.milestone.date()),
                    bar_value(p),
                ]
            })
            .collect(),
    }
}
