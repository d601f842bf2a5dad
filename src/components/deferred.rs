use leptos::html::Div;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

use crate::browser;

/// A region of the page that is not hydrated with the rest: the page rendered at build time holds its markup
/// (static until then), and the app renders it live, in a task of its own, when it comes near the screen. A
/// region CSS hides (the other layout) is never rendered live. Where no page was rendered at build time, the
/// region is empty until then.
///
/// Hydration finds an element without children here and leaves the markup inside it alone; rendering it live
/// replaces that markup with the same markup for the current view.
#[component]
pub fn Deferred<F, V>(
    /// The region's element's classes (they decide whether it is displayed).
    class: &'static str,
    render: F,
) -> impl IntoView
where
    F: Fn() -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    if cfg!(feature = "ssr") {
        return view! { <div class=class>{render()}</div> }.into_any();
    }
    let region = NodeRef::<Div>::new();
    let owner = Owner::current();
    region.on_load(move |element| {
        let host = element.clone();
        browser::when_near(&element, move || {
            let owner = owner.map_or_else(Owner::new, |o| o.with(Owner::new));
            owner.with(|| {
                browser::clear_children(&host);
                let mut live = render().into_view().build();
                live.mount(&host, None);
                std::mem::forget(live);
            });
            std::mem::forget(owner);
        });
    });
    view! { <div class=class node_ref=region></div> }.into_any()
}
