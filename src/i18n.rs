//! The page's own strings (the content's strings are in the data file) and the choice of language.

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
}

const ZH: Strings = Strings {
    skip_to_list: "跳至里程碑列表",
    lang_switch_label: "語言",
    eras_heading: "五個時期",
    all_eras: "全部時期",
    milestones_heading: "里程碑",
    dismiss: "關閉提示",
    footer_source: "內容來源：筆記《深度學習、機器學習與GPT發展進程（2010-2025）》。",
    footer_translation:
        "英文版為本專案依原文翻譯；日期、來源與數據經查證，筆記不準確之處均明確標示。",
    only_note: "只顯示筆記中的里程碑",
    added_badge: "補充",
    added_hint: "筆記未收錄，依查證資料補充",
    note_says: "筆記寫道",
    record_shows: "查證結果",
    verdict_imprecise: "不夠精確",
    verdict_wrong: "有誤",
    figures_label: "關鍵數據",
    estimate: "估計值",
    secondary: "第三方資料",
    sources_label: "原始來源",
    new_tab: "（在新分頁開啟）",
    tags_label: "標籤",
    builds_on: "建基於",
    built_on_by: "後續發展",
    evidence: "佐證里程碑",
    download_csv: "下載 CSV",
    download_json: "下載 JSON",
    cite_as: "引用",
    venue: "發表於",
    explore_label: "搜尋與篩選",
    search_label: "搜尋里程碑",
    search_placeholder: "搜尋標題、人物、機構、描述或數據（按 / ）",
    tags_heading: "標籤",
    org_label: "機構",
    all_orgs: "全部機構",
    years_label: "年份",
    year_from: "起",
    year_to: "迄",
    any_year: "不限",
    clear_all: "清除全部篩選",
    empty_title: "沒有符合目前篩選條件的里程碑。",
    copy_link: "複製連結",
    link_copied: "已複製此里程碑的連結。",
    copy_fallback: "無法使用剪貼簿，請自行複製以下連結：",
    help_button: "鍵盤快捷鍵",
    keys_title: "鍵盤快捷鍵",
    keys: [
        ("/", "聚焦搜尋框"),
        ("Esc", "清除搜尋／關閉此視窗"),
        ("j ／ ↓", "下一個里程碑"),
        ("k ／ ↑", "上一個里程碑"),
        ("Enter", "開啟所選里程碑的原始來源"),
        ("?", "顯示或隱藏此說明"),
    ],
    close: "關閉",
    part_names: ["搜尋", "時期", "標籤", "機構", "年份", "只顯示筆記"],
    axis_heading: "時間軸",
    axis_hint: "點選時期色帶可篩選時期，點選圓點可跳至該里程碑；目前篩選未包含的里程碑以淡色顯示。",
    axis_hint_dense: "點選時期色帶可篩選時期；每年一條長條，深色部分為目前篩選顯示的里程碑。",
    charts_heading: "數據一覽",
    scaling_title: "模型參數量（對數尺度）",
    scaling_caption: "實心為總參數量，空心為專家混合模型每個詞元實際啟用的參數量；未公開規模的模型列於上方，不作推測。",
    total_params: "總參數",
    active_params: "啟用參數",
    undisclosed: "未公開規模",
    imagenet_title: "ImageNet top-5 錯誤率",
    imagenet_caption: "ILSVRC 競賽的 top-5 測試錯誤率，越低越好。",
    show_table: "以表格顯示",
    col_model: "模型",
    col_date: "日期",
    col_value: "數值",
    col_note: "備註",
};

const EN: Strings = Strings {
    skip_to_list: "Skip to the milestones",
    lang_switch_label: "Language",
    eras_heading: "Five eras",
    all_eras: "All eras",
    milestones_heading: "Milestones",
    dismiss: "Dismiss notice",
    footer_source: "Content: the note “深度學習、機器學習與GPT發展進程（2010-2025）” (zh-Hant).",
    footer_translation: "The English text is this project's translation of it; dates, sources and figures are verified, and where the note is imprecise it says so.",
    only_note: "Only the note's milestones",
    added_badge: "Added",
    added_hint: "Not in the note; added from the verified record",
    note_says: "The note says",
    record_shows: "The record shows",
    verdict_imprecise: "Imprecise",
    verdict_wrong: "Wrong",
    figures_label: "Key figures",
    estimate: "estimate",
    secondary: "secondary source",
    sources_label: "Sources",
    new_tab: " (opens in a new tab)",
    tags_label: "Tags",
    builds_on: "Builds on",
    built_on_by: "Built on by",
    evidence: "Milestones that show it",
    download_csv: "Download CSV",
    download_json: "Download JSON",
    cite_as: "Cite as",
    venue: "Venue",
    explore_label: "Search and filters",
    search_label: "Search milestones",
    search_placeholder: "Search titles, people, organisations, descriptions or figures (press /)",
    tags_heading: "Tags",
    org_label: "Organisation",
    all_orgs: "All organisations",
    years_label: "Years",
    year_from: "From",
    year_to: "To",
    any_year: "Any",
    clear_all: "Clear all filters",
    empty_title: "No milestone matches the current filters.",
    copy_link: "Copy link",
    link_copied: "Link to this milestone copied.",
    copy_fallback: "The clipboard is not available; copy the link below:",
    help_button: "Keyboard shortcuts",
    keys_title: "Keyboard shortcuts",
    keys: [
        ("/", "Focus the search box"),
        ("Esc", "Clear the search / close this"),
        ("j / ↓", "Next milestone"),
        ("k / ↑", "Previous milestone"),
        ("Enter", "Open the selected milestone's source"),
        ("?", "Show or hide this list"),
    ],
    close: "Close",
    part_names: ["search", "era", "tags", "organisation", "years", "only the note"],
    axis_heading: "Time axis",
    axis_hint: "Choose an era band to filter by era, or a mark to jump to its milestone; marks the current filters hide are dimmed.",
    axis_hint_dense: "Choose an era band to filter by era; each year has a bar, its dark part the milestones the current filters show.",
    charts_heading: "The numbers",
    scaling_title: "Model size in parameters (log scale)",
    scaling_caption: "Filled: total parameters; hollow: parameters active per token in mixture-of-experts models. Models whose size was not disclosed are listed on top, not guessed.",
    total_params: "total",
    active_params: "active",
    undisclosed: "size not disclosed",
    imagenet_title: "ImageNet top-5 error",
    imagenet_caption: "Top-5 test error in the ILSVRC competition; lower is better.",
    show_table: "Show as a table",
    col_model: "Model",
    col_date: "Date",
    col_value: "Value",
    col_note: "Note",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
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
    let index = crate::filter::Part::ALL
        .iter()
        .position(|p| *p == part)
        .unwrap_or(0);
    let name = strings(lang).part_names[index];
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
