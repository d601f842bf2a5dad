use leptos::prelude::*;

use crate::i18n;
use crate::model::{Correction, Lang, Verdict};

/// "The note says ... / The record shows ...": the note keeps its wording; the record is shown beside it.
#[component]
pub fn CorrectionNote(
    correction: &'static Correction,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let strings = move || i18n::strings(lang.get());
    let (class, verdict): (&str, fn(&i18n::Strings) -> &'static str) = match correction.verdict {
        Verdict::Imprecise => ("correction correction--imprecise", |s| s.verdict_imprecise),
        Verdict::Wrong => ("correction correction--wrong", |s| s.verdict_wrong),
    };
    view! {
        <aside class=class data-testid="correction">
            <p class="correction__verdict">{move || verdict(strings())}</p>
            <p>
                <span class="correction__label">{move || strings().note_says}</span>
                "："
                {move || correction.note.get(lang.get())}
            </p>
            <p>
                <span class="correction__label">{move || strings().record_shows}</span>
                "："
                {move || correction.record.get(lang.get())}
            </p>
        </aside>
    }
}
