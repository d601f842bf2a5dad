use leptos::prelude::*;

use crate::i18n;
use crate::model::{Correction, Lang, Verdict};

/// "The note says ... / The record shows ...": the note keeps its wording; the record is shown beside it.
#[component]
pub fn CorrectionNote(correction: &'static Correction, lang: Lang) -> impl IntoView {
    let strings = i18n::strings(lang);
    let (class, verdict) = match correction.verdict {
        Verdict::Imprecise => (
            "correction correction--imprecise",
            strings.verdict_imprecise,
        ),
        Verdict::Wrong => ("correction correction--wrong", strings.verdict_wrong),
    };
    view! {
        <aside class=class>
            <p class="correction__verdict">{verdict}</p>
            <p>
                <span class="correction__label">{strings.note_says}</span>
                {strings.colon}
                {correction.note.get(lang)}
            </p>
            <p>
                <span class="correction__label">{strings.record_shows}</span>
                {strings.colon}
                {correction.record.get(lang)}
            </p>
        </aside>
    }
}
