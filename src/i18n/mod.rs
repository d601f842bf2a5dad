//! The page's own strings (the content's strings are in the data file) and the choice of language.

mod en;
mod zh;

use crate::model::Lang;
use crate::url_state::Notice;

/// Fixed UI strings of one language.
pub struct Strings {
    pub skip_to_list: &'static str,
    pub lang_switch_label: &'static str,
    pub eras_heading: &'static str,
    pub all_eras: &'static str,
    pub milestones_heading: &'static str,
    pub dismiss: &'static str,
    pub footer_source: &'static str,
    pub footer_translation: &'static str,
    pub only_note: &'static str,
    pub added_badge: &'static str,
    pub added_hint: &'static str,
    /// The added era's badge hint.
    pub added_era_hint: &'static str,
    pub record_reviewed: &'static str,
    pub note_says: &'static str,
    pub record_shows: &'static str,
    pub verdict_imprecise: &'static str,
    pub verdict_wrong: &'static str,
    pub figures_label: &'static str,
    pub estimate: &'static str,
    pub secondary: &'static str,
    pub sources_label: &'static str,
    pub new_tab: &'static str,
    pub tags_label: &'static str,
    pub builds_on: &'static str,
    pub built_on_by: &'static str,
    pub evidence: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub cite_as: &'static str,
    pub venue: &'static str,
    pub explore_label: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub tags_heading: &'static str,
    pub org_label: &'static str,
    pub all_orgs: &'static str,
    pub years_label: &'static str,
    pub year_from: &'static str,
    pub year_to: &'static str,
    pub any_year: &'static str,
    pub clear_all: &'static str,
    pub empty_title: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_fallback: &'static str,
    // The bar, the facets, links and labels (issue 13).
    pub era_label: &'static str,
    pub to_top: &'static str,
    pub tags_all: &'static str,
    pub tags_any: &'static str,
    pub tags_match: &'static str,
    pub orgs_rule: &'static str,
    pub copy_view_link: &'static str,
    /// The print button: the view as a document, every milestone and both charts.
    pub print: &'static str,
    pub view_link_copied: &'static str,
    /// The citation line's buttons, and what the toast says when each has copied.
    pub copy_citation: &'static str,
    pub copy_bibtex: &'static str,
    pub citation_copied: &'static str,
    pub bibtex_copied: &'static str,
    pub restore_filters: &'static str,
    pub note_year: &'static str,
    pub verified_date: &'static str,
    pub legend_note: &'static str,
    pub legend_added: &'static str,
    pub touch_title: &'static str,
    pub touch_tips: [&'static str; 4],
    pub download_all: &'static str,
    pub download_shown: &'static str,
    /// Before the links to the whole record's files written at build time (every page's footer).
    pub download_record: &'static str,
    pub print_address: &'static str,
    pub colon: &'static str,
    pub help_button: &'static str,
    pub keys_title: &'static str,
    pub keys: [(&'static str, &'static str); 6],
    pub close: &'static str,
    pub part_names: [&'static str; 6],
    pub axis_heading: &'static str,
    pub axis_hint: &'static str,
    /// The hint when the axis shows a bar per year instead of a mark per milestone.
    pub axis_hint_dense: &'static str,
    pub charts_heading: &'static str,
    /// The bar's link down to the charts and trends below the list.
    pub to_later: &'static str,
    pub scaling_title: &'static str,
    pub scaling_caption: &'static str,
    pub total_params: &'static str,
    pub active_params: &'static str,
    pub undisclosed: &'static str,
    pub imagenet_title: &'static str,
    pub imagenet_caption: &'static str,
    pub show_table: &'static str,
    pub col_model: &'static str,
    pub col_date: &'static str,
    pub col_value: &'static str,
    pub col_note: &'static str,
    // Time axis, phone layout (year grid) and touch preview.
    /// The hint above the year grid (phones).
    pub axis_hint_narrow: &'static str,
    /// Names the group of era buttons above the year grid.
    pub axis_eras_label: &'static str,
    /// Names the year grid.
    pub axis_years_label: &'static str,
    /// A year's list when no milestone has a date in it.
    pub axis_year_empty: &'static str,
    /// After a milestone's name and date in the axis's touch preview: tap again to go to it.
    pub axis_preview_go: &'static str,
    // Charts (chart_frame, scaling_chart, imagenet_chart).
    /// A total parameter count: `{n}` is the count ("175B").
    pub chart_params: &'static str,
    /// A mixture of experts' counts: `{total}` and `{active}`.
    pub chart_total_active: &'static str,
    /// A named figure: `{name}` ("Llama 4 Maverick") and `{value}`.
    pub chart_figure: &'static str,
    /// Before the list of models whose size was not disclosed.
    pub chart_undisclosed_list: &'static str,
    /// Names a chart's points for screen readers, and how to move among them.
    pub chart_points_label: &'static str,
    /// In a tooltip opened by a tap: tap again to go to the milestone.
    pub chart_tap_again: &'static str,
    // Hosting: the new-version notice, the embed view and its code (issue 15).
    /// A new deployment is ready (the service worker has it).
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    /// The embed view's link to the full timeline with the same view.
    pub embed_open_full: &'static str,
    /// The button that shows the code to embed the current view.
    pub embed_button: &'static str,
    /// Above the code: what it does.
    pub embed_intro: &'static str,
    /// Names the field with the code.
    pub embed_code_label: &'static str,
    pub embed_copy_code: &'static str,
    pub embed_code_copied: &'static str,
    /// Where the clipboard is unavailable: the code is selected, to copy by hand.
    pub embed_copy_by_hand: &'static str,
    /// The iframe's title in the code (what screen readers announce on the host page).
    pub embed_frame_title: &'static str,
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &zh::ZH,
        Lang::En => &en::EN,
    }
}

/// The name of a language in that language, for the switch.
pub fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "中文",
        Lang::En => "English",
    }
}

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
    let (key, v) = (notice.key, &notice.value);
    match (lang, key) {
        (Lang::Zh, "era") => format!("連結中的時期「{v}」不存在，已顯示全部時期。"),
        (Lang::En, "era") => {
            format!("The link names an era “{v}” that does not exist, so all eras are shown.")
        }
        (Lang::Zh, "lang") => format!("連結中的語言「{v}」不受支援，已改用{}。", native_name(lang)),
        (Lang::En, "lang") => format!(
            "The link asks for a language “{v}” that is not available, so {} is used.",
            native_name(lang)
        ),
        (Lang::Zh, "m") => format!("連結中的里程碑「{v}」不存在。"),
        (Lang::En, "m") => format!("The link points at a milestone “{v}” that does not exist."),
        (Lang::Zh, _) => format!("連結中的「{key}={v}」無法辨識，已略過。"),
        (Lang::En, _) => format!("The link's “{key}={v}” is not known and was left out."),
    }
}

/// The empty state's offer: "Clear the search (shows 12)".
pub fn clear_part_offer(lang: Lang, part: crate::filter::Part, count: usize) -> String {
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

/// Picks the language when the URL names none: a stored choice first, then the browser's preferred languages in
/// order, then English (the more widely read of the two for readers of neither).
pub fn preferred_lang(stored: Option<&str>, navigator_languages: &[String]) -> Lang {
    stored
        .and_then(Lang::from_tag)
        .or_else(|| {
            navigator_languages
                .iter()
                .find_map(|tag| Lang::from_tag(tag))
        })
        .unwrap_or(Lang::En)
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

/// A language's short name for the compact switch.
pub fn short_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "中",
        Lang::En => "EN",
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
pub fn cleared_notice(lang: Lang, title: &str, parts: &[crate::filter::Part]) -> String {
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
pub fn part_name(lang: Lang, part: crate::filter::Part) -> &'static str {
    let index = crate::filter::Part::ALL
        .iter()
        .position(|p| *p == part)
        .unwrap_or(0);
    strings(lang).part_names[index]
}

/// A download button: "CSV (12)".
pub fn download_label(format: &str, count: usize) -> String {
    format!("{format} ({count})")
}
