//! UI strings and the choice of language.
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::i18n::{
    document_title, milestone_count, notice, preferred_lang, result_count, strings,
};
use ai_timeline::model::Lang;
use ai_timeline::url_state::{Notice, Param};

fn langs(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|t| t.to_string()).collect()
}

#[test]
fn a_stored_choice_wins_over_the_browser() {
    assert_eq!(preferred_lang(Some("en"), &langs(&["zh-TW"])), Lang::En);
    assert_eq!(
        preferred_lang(Some("zh-Hant"), &langs(&["en-US"])),
        Lang::Zh
    );
}

#[test]
fn the_browsers_first_supported_language_is_used() {
    assert_eq!(preferred_lang(None, &langs(&["zh-TW", "en"])), Lang::Zh);
    assert_eq!(
        preferred_lang(None, &langs(&["fr-FR", "zh-HK", "en"])),
        Lang::Zh
    );
    assert_eq!(preferred_lang(None, &langs(&["en-GB", "zh"])), Lang::En);
    // A stored value that is no longer valid is ignored.
    assert_eq!(
        preferred_lang(Some("klingon"), &langs(&["zh-Hant-TW"])),
        Lang::Zh
    );
}

#[test]
fn english_when_nothing_matches() {
    assert_eq!(preferred_lang(None, &langs(&["fr", "de"])), Lang::En);
    assert_eq!(preferred_lang(None, &[]), Lang::En);
}

#[test]
fn counts_read_naturally() {
    assert_eq!(result_count(Lang::En, 7, 27), "Showing 7 of 27 milestones");
    assert_eq!(result_count(Lang::En, 27, 27), "Showing all 27 milestones");
    assert_eq!(result_count(Lang::Zh, 4, 27), "顯示 4 / 27 個里程碑");
    assert_eq!(result_count(Lang::Zh, 27, 27), "顯示全部 27 個里程碑");
    assert_eq!(milestone_count(Lang::En, 1), "1 milestone");
    assert_eq!(milestone_count(Lang::En, 4), "4 milestones");
    assert_eq!(milestone_count(Lang::Zh, 4), "4 個里程碑");
}

#[test]
fn notices_quote_the_bad_value_in_both_languages() {
    let n = Notice {
        key: Param::Era,
        value: "quantum".into(),
    };
    assert!(notice(Lang::En, &n).contains("“quantum”"));
    assert!(notice(Lang::Zh, &n).contains("「quantum」"));
    let lang = Notice {
        key: Param::Lang,
        value: "fr".into(),
    };
    assert!(notice(Lang::En, &lang).contains("English"));
    let tag = Notice {
        key: Param::Tags,
        value: "magic".into(),
    };
    assert!(notice(Lang::En, &tag).contains("“tags=magic”"));
}

#[test]
fn document_title_leads_with_the_era() {
    assert_eq!(document_title("T", None), "T");
    assert_eq!(document_title("T", Some("E")), "E · T");
}

#[test]
fn every_ui_string_exists_in_both_languages_and_differs() {
    let (zh, en) = (strings(Lang::Zh), strings(Lang::En));
    let pairs = [
        (zh.skip_to_list, en.skip_to_list),
        (zh.lang_switch_label, en.lang_switch_label),
        (zh.eras_heading, en.eras_heading),
        (zh.all_eras, en.all_eras),
        (zh.milestones_heading, en.milestones_heading),
        (zh.dismiss, en.dismiss),
        (zh.footer_source, en.footer_source),
        (zh.footer_translation, en.footer_translation),
    ];
    for (z, e) in pairs {
        assert!(!z.is_empty() && !e.is_empty());
        assert_ne!(z, e);
    }
}

#[test]
fn era_headings_follow_the_notes_form() {
    use ai_timeline::i18n::era_heading;
    assert_eq!(
        era_heading(Lang::Zh, "2010年代初期", "奠基時期"),
        "2010年代初期：奠基時期"
    );
    assert_eq!(
        era_heading(Lang::En, "Early 2010s", "Laying the foundations"),
        "Early 2010s: Laying the foundations"
    );
}
