//! A small fixture timeline for the logic tests: four eras (one added), three tags, three organisations and
//! eight milestones covering what the logic must handle (the note's and added entries, a span, a correction,
//! figures of every chart metric, an undisclosed size, links, Chinese and accented text). Only the data tests
//! (tests/data.rs) know the real content.
#![allow(dead_code)]

use ai_timeline::model::*;

pub const fn text(zh: &'static str, en: &'static str) -> Text {
    Text { zh, en }
}

pub const fn on(year: u16, month: u8, day: u8, marks: DateMark) -> Dated {
    Dated {
        date: Date { year, month, day },
        marks,
        what: None,
    }
}

pub const fn figure(value: f64, unit: Unit, metric: Option<Metric>, en: &'static str) -> Figure {
    Figure {
        value,
        unit,
        measure: text("數值", en),
        metric,
        estimate: false,
        secondary: false,
        basis: None,
        label: None,
    }
}

pub const BLANK: Milestone = Milestone {
    id: "",
    era: "",
    year: 0,
    until: None,
    origin: Origin::Note,
    dates: &[],
    venue: None,
    sources: &[Source {
        url: "https://example.org/paper",
        label: "Example paper",
    }],
    figures: &[],
    tags: &[],
    undisclosed: &[],
    orgs: &[],
    builds_on: &[],
    correction: None,
    title: text("", ""),
    who: text("", ""),
    text: text("", ""),
};

const fn era(id: &'static str, origin: Origin, start: u16, end: u16, en: &'static str) -> Era {
    Era {
        id,
        origin,
        start,
        end,
        period: text("時期", en),
        title: text("標題", en),
        summary: text("摘要", en),
    }
}

pub static FIXTURE: Timeline = Timeline {
    meta: Meta {
        title: text("測試時間軸", "Test timeline"),
        intro: text("簡介", "Intro"),
        coverage: text("涵蓋範圍", "Coverage"),
        reviewed: Date {
            year: 2025,
            month: 12,
            day: 1,
        },
        trends_heading: text("趨勢", "Trends"),
        closing: text("結語", "Closing"),
    },
    eras: &[
        era("early", Origin::Note, 2010, 2014, "Early"),
        era("middle", Origin::Note, 2015, 2019, "Middle"),
        era("late", Origin::Note, 2020, 2024, "Late"),
        era("extra", Origin::Added, 2025, 2025, "Extra"),
    ],
    tags: &[
        Tag {
            id: "vision",
            label: text("視覺", "Vision"),
        },
        Tag {
            id: "language",
            label: text("語言", "Language"),
        },
        Tag {
            id: "scaling",
            label: text("規模", "Scaling"),
        },
    ],
    orgs: &[
        Tag {
            id: "lab",
            label: text("甲實驗室", "Lab A"),
        },
        Tag {
            id: "uni",
            label: text("蒙特婁大學", "Université de Montréal"),
        },
        Tag {
            id: "corp",
            label: text("乙公司", "Corp B"),
        },
    ],
    milestones: &[
        Milestone {
            id: "tricks",
            era: "early",
            year: 2012,
            origin: Origin::Added,
            dates: &[on(2012, 7, 3, DateMark::Arxiv)],
            tags: &["vision"],
            orgs: &["uni"],
            title: text("訓練技巧", "Training tricks"),
            who: text("Hinton 等人", "Hinton et al."),
            text: text(
                "訓練時隨機略去神經元",
                "Randomly dropping units during training",
            ),
            ..BLANK
        },
        Milestone {
            id: "nets",
            era: "early",
            year: 2012,
            dates: &[on(2012, 9, 30, DateMark::Competition)],
            venue: Some("NIPS 2012"),
            figures: &[
                figure(
                    15.3,
                    Unit::Percent,
                    Some(Metric::ImagenetTop5Error),
                    "top-5 error",
                ),
                figure(60e6, Unit::Count, Some(Metric::Parameters), "parameters"),
            ],
            tags: &["vision"],
            orgs: &["uni"],
            builds_on: &["tricks"],
            title: text("深度網路", "Deep nets"),
            who: text("Krizhevsky、Hinton", "Krizhevsky, Hinton"),
            text: text(
                "卷積網路贏得影像競賽",
                "A convolutional network won an image contest",
            ),
            ..BLANK
        },
        Milestone {
            id: "attention",
            era: "middle",
            year: 2015,
            dates: &[on(2014, 9, 1, DateMark::Arxiv)],
            tags: &["language"],
            orgs: &["uni"],
            correction: Some(Correction {
                verdict: Verdict::Imprecise,
                note: text("筆記寫2015年", "The note says 2015"),
                record: text("2014年9月", "September 2014"),
            }),
            title: text("注意力機制", "Attention"),
            who: text("Bahdanau、Cho、Bengio", "Bahdanau, Cho, Bengio"),
            text: text("將注意力機制引入翻譯", "Brought attention to translation"),
            ..BLANK
        },
        Milestone {
            id: "translator",
            era: "middle",
            year: 2017,
            dates: &[on(2017, 6, 12, DateMark::Arxiv)],
            tags: &["language", "scaling"],
            orgs: &["lab"],
            builds_on: &["attention"],
            title: text("翻譯器", "Translator"),
            who: text("甲實驗室", "Lab A"),
            text: text("以自注意力取代循環", "Self-attention replaces recurrence"),
            ..BLANK
        },
        Milestone {
            id: "big-model",
            era: "late",
            year: 2020,
            dates: &[on(2020, 5, 28, DateMark::Arxiv)],
            figures: &[
                figure(175e9, Unit::Count, Some(Metric::Parameters), "parameters"),
                Figure {
                    estimate: true,
                    ..figure(
                        300e9,
                        Unit::Count,
                        Some(Metric::TrainingTokens),
                        "training tokens",
                    )
                },
            ],
            tags: &["language", "scaling"],
            orgs: &["corp"],
            builds_on: &["translator"],
            title: text("大模型", "Big model"),
            who: text("乙公司", "Corp B"),
            text: text("少樣本學習", "Few-shot learning"),
            ..BLANK
        },
        Milestone {
            id: "secret",
            era: "late",
            year: 2023,
            origin: Origin::Added,
            dates: &[on(2023, 3, 14, DateMark::Announcement)],
            tags: &["language"],
            orgs: &["corp"],
            undisclosed: &[Metric::Parameters],
            title: text("秘密模型", "Secret model"),
            who: text("乙公司", "Corp B"),
            text: text("未公開規模", "Size not disclosed"),
            ..BLANK
        },
        Milestone {
            id: "span",
            era: "late",
            year: 2023,
            until: Some(2024),
            dates: &[on(2023, 9, 25, DateMark::Release)],
            tags: &["vision", "language"],
            orgs: &["lab", "corp"],
            title: text("多模態", "Multimodal"),
            who: text("甲實驗室；乙公司", "Lab A; Corp B"),
            text: text("能看會聽", "Models that see and hear"),
            ..BLANK
        },
        Milestone {
            id: "moe",
            era: "extra",
            year: 2025,
            origin: Origin::Added,
            dates: &[on(2025, 1, 20, DateMark::Release)],
            figures: &[
                figure(
                    671e9,
                    Unit::Count,
                    Some(Metric::Parameters),
                    "total parameters",
                ),
                figure(
                    37e9,
                    Unit::Count,
                    Some(Metric::ActiveParameters),
                    "active parameters",
                ),
            ],
            tags: &["scaling"],
            orgs: &["lab"],
            builds_on: &["big-model"],
            title: text("專家混合", "Mixture of experts"),
            who: text("甲實驗室", "Lab A"),
            text: text("只啟用部分參數", "Only part of the parameters are active"),
            ..BLANK
        },
    ],
    trends: &[Trend {
        id: "growth",
        title: text("成長", "Growth"),
        text: text("越來越大", "Ever larger"),
        milestones: &["big-model", "moe"],
    }],
};

/// The ids of milestones, in order.
pub fn ids(list: &[&Milestone]) -> Vec<&'static str> {
    list.iter().map(|m| m.id).collect()
}
