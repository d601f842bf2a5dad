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
}

const ZH: Strings = Strings {
    skip_to_list: "跳至里程碑列表",
    lang_switch_label: "語言",
    eras_heading: "五個時期",
    all_eras: "全部時期",
    milestones_heading: "里程碑",
    dismiss: "關閉提示",
    footer_source: "內容來源：筆記《深度學習、機器學習與GPT發展進程（2010-2025）》。",
    footer_translation: "英文版為本專案依原文翻譯。",
};

const EN: Strings = Strings {
    skip_to_list: "Skip to the milestones",
    lang_switch_label: "Language",
    eras_heading: "Five eras",
    all_eras: "All eras",
    milestones_heading: "Milestones",
    dismiss: "Dismiss notice",
    footer_source: "Content: the note “深度學習、機器學習與GPT發展進程（2010-2025）” (zh-Hant).",
    footer_translation: "The English text is this project's translation of it.",
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
    match (lang, notice) {
        (Lang::Zh, Notice::UnknownEra(v)) => {
            format!("連結中的時期「{v}」不存在，已顯示全部時期。")
        }
        (Lang::En, Notice::UnknownEra(v)) => {
            format!("The link names an era “{v}” that does not exist, so all eras are shown.")
        }
        (Lang::Zh, Notice::UnknownLang(v)) => {
            format!("連結中的語言「{v}」不受支援，已改用{}。", native_name(lang))
        }
        (Lang::En, Notice::UnknownLang(v)) => {
            format!(
                "The link asks for a language “{v}” that is not available, so {} is used.",
                native_name(lang)
            )
        }
    }
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
