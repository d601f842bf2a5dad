//! Text measured without a font: widths that bound the real ones, and lines that fit (the charts' labels and
//! the link preview use the same two functions).
#![cfg(not(target_arch = "wasm32"))]

use ai_timeline::text::{width, wrap, wrap_at_most};

#[test]
fn width_is_an_upper_bound() {
    // Measured in DejaVu Sans 12 px (Chromium on Linux): "GPT-3 175B" 69.7 px, "專家混合模型 46.7B" 110.8 px.
    assert!((69.7..73.0).contains(&width("GPT-3 175B", 12.0, false)));
    assert!((110.8..114.0).contains(&width("專家混合模型 46.7B", 12.0, false)));
    assert!(width("GPT-3", 12.0, true) > width("GPT-3", 12.0, false));
    assert_eq!(width("推理", 10.0, true), width("推理", 10.0, false));
    assert_eq!(width("", 12.0, false), 0.0);
}

#[test]
fn lines_fit_and_break_between_words() {
    let lines = wrap(
        "Codex (cloud software-engineering agent)",
        12.0,
        false,
        150.0,
    );
    assert_eq!(lines, ["Codex (cloud", "software-engineering", "agent)"]);
    let text = "Multimodal LLMs and the evolution of reasoning";
    let lines = wrap_at_most(text, 15.0, false, 140.0, 3);
    assert!(lines.len() > 1 && lines.len() <= 3, "{lines:?}");
    for line in &lines {
        assert!(width(line, 15.0, false) <= 140.0, "{line}");
        assert!(!line.starts_with(' ') && !line.ends_with(' '));
    }
    assert_eq!(lines.join(" "), text);
}

#[test]
fn a_word_wider_than_a_line_is_broken_where_it_must_be() {
    let lines = wrap("a supercalifragilistic word", 12.0, false, 60.0);
    assert!(lines.len() >= 3 && lines[0] == "a", "{lines:?}");
    assert!(
        lines.iter().all(|l| width(l, 12.0, false) <= 60.0),
        "{lines:?}"
    );
    assert_eq!(lines.concat().replace(' ', ""), "asupercalifragilisticword");
}

#[test]
fn ideographs_break_anywhere_but_before_closing_punctuation() {
    let zh = wrap("國際數學奧林匹亞（IMO）2025 金牌水準", 12.0, false, 100.0);
    assert!(
        zh.len() >= 3 && zh.iter().all(|l| width(l, 12.0, false) <= 100.0),
        "{zh:?}"
    );
    assert_eq!(
        zh.concat().replace(' ', ""),
        "國際數學奧林匹亞（IMO）2025金牌水準"
    );

    let lines = wrap_at_most("推理模型、代理與開放權重", 20.0, false, 150.0, 2);
    assert_eq!(lines.concat(), "推理模型、代理與開放權重");
    assert!(lines.iter().all(|l| !l.starts_with('、')), "{lines:?}");
    // The break comes after the comma in the line's second half, not in the middle of 代理.
    assert_eq!(lines[0], "推理模型、");

    let lines = wrap_at_most("多模態LLM與推理進化", 20.0, false, 70.0, 9);
    assert!(lines.iter().any(|l| l.contains("LLM")), "{lines:?}");
}

#[test]
fn no_ideograph_stands_alone_on_the_last_line() {
    // Seven ideographs fit a line of 140 px at 20 px; the eighth would be alone.
    let lines = wrap_at_most("一二三四五六七八", 20.0, false, 145.0, 9);
    assert_eq!(lines, ["一二三四五六", "七八"]);
}

#[test]
fn a_text_cut_short_ends_in_an_ellipsis_that_fits() {
    let cut = wrap_at_most(
        "one two three four five six seven eight",
        20.0,
        false,
        100.0,
        2,
    );
    assert_eq!(cut.len(), 2);
    assert!(cut[1].ends_with('…'));
    assert!(width(&cut[1], 20.0, false) <= 100.0, "{cut:?}");
}
