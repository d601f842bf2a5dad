use leptos::prelude::*;

use crate::export::RECORD_FILES;
use crate::i18n;
use crate::model::TIMELINE;
use crate::nav::Nav;
use crate::page::Page;

/// Where the content comes from, and the whole record as files written at build time next to the page (they
/// download without scripts).
#[component]
pub fn SiteFooter(page: Page) -> impl IntoView {
    let strings = i18n::strings(page.lang);
    let total = TIMELINE.milestones.len();
    // The files are in the page's folder; the static page is one folder deeper (`all/`).
    let folder = match expect_context::<Nav>().whole {
        true => "../",
        false => "./",
    };
    let files = RECORD_FILES.map(|(format, file)| {
        view! {
            " "
            <a class="site-footer__file" href=format!("{folder}{file}") download=file>
                {i18n::download_label(format, total)}
            </a>
        }
    });
    view! {
        <footer class="site-footer">
            <p>{strings.footer_source}" "{strings.footer_translation}</p>
            <p class="site-footer__files">{strings.download_record}{files.into_iter().collect_view()}</p>
        </footer>
    }
}
