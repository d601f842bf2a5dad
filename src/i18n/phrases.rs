//! Strings built from values, in either language: counts, notices, headings, labels.

use super::native_name;
use crate::filter::Part;
use crate::model::Lang;
use crate::url_state::{Notice, Param};

/// "Showing 7 of 27 milestones"
pub fn result_count(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Zh if shown == total => format!("顯示全部 {total} 個里程碑"),
        Lang::Zh => format!("顯示 {shown} / {total} 個里程碑"),
        Lang::En if shown == total => format!("Showing all {total} milestones"),
        Lang::En => format!("Showing {shown} of {total} milestones"),
    }
}

/// A year's bar on the time axis when milestones are too many for one mark each.
pub fn year_density(lang: Lang, year: u16, shown: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("{year} 年：顯示 {shown} 個，共 {total} 個里程碑"),
        Lang::En => format!("{year}: {shown} of {total} milestones shown"),
    }
}

/// "4 milestones" on an era card.
pub fn milestone_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{n} 個里程碑"),
        Lang::En if n == 1 => "1 milestone".to_string(),
        Lang::En => format!("{n} milestones"),
    }
}

/// The notice for a URL value that could not be used.
pub fn notice(lang: Lang, notice: &Notice) -> String {
    let v = &notice.value;
    match (lang, notice.key) {
        (Lang::Zh, Param::Era) => format!("連結中的時期「{v}」不存在，已顯示全部時期。"),
        (Lang::En, Param::Era) => {
            format!("The link names an era “{v}” that does not exist, so all eras are shown.")
        }
        (Lang::Zh, Param::Lang) => {
            format!("連結中的語言「{v}」不受支援，已改用{}。", native_name(lang))
        }
        (Lang::En, Param::Lang) => format!(
            "The link asks for a language “{v}” that is not available, so {} is used.",
            native_name(lang)
        ),
        (Lang::Zh, Param::Milestone) => format!("連結中的里程碑「{v}」不存在。"),
        (Lang::En, Param::Milestone) => {
            format!("The link points at a milestone “{v}” that does not exist.")
        }
        (Lang::Zh, other) => format!("連結中的「{}={v}」無法辨識，已略過。", other.key()),
        (Lang::En, other) => format!(
            "The link's “{}={v}” is not known and was left out.",
            other.key()
        ),
    }
}

/// The empty state's offer: "Clear the search (shows 12)".
pub fn clear_part_offer(lang: Lang, part: Part, count: usize) -> String {
    let name = part_name(lang, part);
    match lang {
        Lang::Zh => format!("清除「{name}」篩選（可顯示 {count} 個）"),
        Lang::En => format!("Clear the {name} filter (shows {count})"),
    }
}

/// A facet value with its count: "OpenAI (14)".
pub fn with_count(label: &str, count: usize) -> String {
    format!("{label} ({count})")
}

/// An era's heading in the list, as the note writes it: "2010年代初期：奠基時期" / "Early 2010s: Laying the foundations".
pub fn era_heading(lang: Lang, period: &str, title: &str) -> String {
    match lang {
        Lang::Zh => format!("{period}：{title}"),
        Lang::En => format!("{period}: {title}"),
    }
}

/// The document title: the timeline's title, led by the era when one is selected.
pub fn document_title(timeline_title: &str, era_title: Option<&str>) -> String {
    match era_title {
        Some(era) => format!("{era} · {timeline_title}"),
        None => timeline_title.to_string(),
    }
}

/// An era as the bar's menu names it: its title and its years.
pub fn era_name(lang: Lang, era: &crate::model::Era) -> String {
    format!("{} · {}", era.title.get(lang), era.span())
}

/// The bar's count: "12 / 83".
pub fn short_count(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("{shown} / {total}"),
        Lang::En => format!("{shown} of {total}"),
    }
}

/// The filters button, with how many filter parts are set: "Filters (2)".
pub fn filters_button(lang: Lang, active: usize) -> String {
    match (lang, active) {
        (Lang::Zh, 0) => "篩選".to_string(),
        (Lang::Zh, n) => format!("篩選（{n}）"),
        (Lang::En, 0) => "Filters".to_string(),
        (Lang::En, n) => format!("Filters ({n})"),
    }
}

/// How chosen tags combine, said where they are chosen.
pub fn tags_rule(lang: Lang, any: bool) -> &'static str {
    match (lang, any) {
        (Lang::Zh, false) => "顯示帶有所有所選標籤的里程碑。",
        (Lang::Zh, true) => "顯示帶有任一所選標籤的里程碑。",
        (Lang::En, false) => "Milestones with all the chosen tags show.",
        (Lang::En, true) => "Milestones with any of the chosen tags show.",
    }
}

/// Said when following a link cleared filters that hid its milestone.
pub fn cleared_notice(lang: Lang, title: &str, parts: &[Part]) -> String {
    let names: Vec<&str> = parts.iter().map(|p| part_name(lang, *p)).collect();
    match lang {
        Lang::Zh => format!("為顯示「{title}」，已清除「{}」篩選。", names.join("、")),
        Lang::En => format!(
            "To show “{title}”, the {} filter was cleared.",
            names.join(" and ")
        ),
    }
}

/// The name of a filter part.
pub fn part_name(lang: Lang, part: Part) -> &'static str {
    match (lang, part) {
        (Lang::Zh, Part::Query) => "搜尋",
        (Lang::Zh, Part::Era) => "時期",
        (Lang::Zh, Part::Tags) => "標籤",
        (Lang::Zh, Part::Orgs) => "機構",
        (Lang::Zh, Part::Years) => "年份",
        (Lang::Zh, Part::OnlyNote) => "只顯示筆記",
        (Lang::En, Part::Query) => "search",
        (Lang::En, Part::Era) => "era",
        (Lang::En, Part::Tags) => "tags",
        (Lang::En, Part::Orgs) => "organisation",
        (Lang::En, Part::Years) => "years",
        (Lang::En, Part::OnlyNote) => "only the note",
    }
}

/// A download button: "CSV (12)".
pub fn download_label(format: &str, count: usize) -> String {
    format!("{format} ({count})")
}
