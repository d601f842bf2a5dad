use leptos::prelude::*;

use crate::model::Lang;
use crate::nav::Nav;
use crate::page::Page;
use crate::{browser, embed, i18n, url_state};

/// "Embed this view": a disclosure with the code that puts the current view on another page (an iframe of the
/// embed view and the few lines of script that let its height follow the content), and a button to copy it.
#[component]
pub fn EmbedCode(lang: Lang) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let strings = i18n::strings(lang);
    // Built while the disclosure is open only: the view changes at every keystroke of a search.
    let open = RwSignal::new(false);
    let code = Memo::new(move |_| {
        if !open.get() {
            return String::new();
        }
        let lang = lang;
        let query = nav.view.with(url_state::to_query);
        let page = Page::new(lang, false);
        let src = embed::address(
            &nav.address.get(),
            page.path(),
            Page::new(lang, true).path(),
            &query,
        );
        embed::snippet(&src, i18n::strings(lang).embed_frame_title)
    });
    let status = RwSignal::new(None::<bool>);
    let field = NodeRef::<leptos::html::Textarea>::new();
    let copy = move |_| {
        if let Some(field) = field.get_untracked() {
            field.select();
        }
        browser::copy_text(code.get_untracked(), move |copied| status.set(Some(copied)));
    };
    view! {
        <details class="embed-code" on:toggle=move |ev| {
            status.set(None);
            open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
        }>
            <summary class="embed-code__button button">{strings.embed_button}</summary>
            <div class="embed-code__panel">
                <p class="embed-code__intro">{strings.embed_intro}</p>
                <textarea
                    class="embed-code__field"
                    readonly=true
                    rows="6"
                    spellcheck="false"
                    aria-label=strings.embed_code_label
                    node_ref=field
                    prop:value=move || code.get()
                    on:focus=move |ev| {
                        event_target::<web_sys::HtmlTextAreaElement>(&ev).select();
                    }
                ></textarea>
                <div class="embed-code__actions">
                    <button type="button" class="embed-code__copy button" on:click=copy>
                        {strings.embed_copy_code}
                    </button>
                    <p class="embed-code__status" role="status" aria-live="polite">
                        {move || status.get().map(|copied| if copied { strings.embed_code_copied } else { strings.embed_copy_by_hand })}
                    </p>
                </div>
            </div>
        </details>
    }
}
