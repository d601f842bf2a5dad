use leptos::html::Div;
use leptos::prelude::*;

use crate::nav::Nav;

/// Part of a region hydrated in a task of its own, right after the region's: a region's hydration is one task,
/// and on a slow phone one that takes over the list's milestones as well as its head is a long one. The page
/// rendered at build time holds its markup; the region's hydration finds its element without children and
/// leaves the markup inside alone, and the next task hydrates that markup as a root of its own, in the same
/// reactive state (and the page's `Nav`). Rendered live (no page rendered at build time, or after hydration), it
/// is plain markup in its element.
#[component]
pub fn Apart<F>(
    /// The element's classes (it is laid out as `display: contents` by its component's CSS).
    class: &'static str,
    render: F,
) -> impl IntoView
where
    F: Fn() -> AnyView + Send + Sync + 'static,
{
    let hydrating = Owner::current_shared_context().is_some_and(|c| c.during_hydration());
    if cfg!(feature = "ssr") || !hydrating {
        return view! { <div class=class>{render()}</div> }.into_any();
    }
    let host = NodeRef::<Div>::new();
    let nav = use_context::<Nav>();
    host.on_load(move |element| {
        #[cfg(target_arch = "wasm32")]
        gloo::timers::callback::Timeout::new(0, move || {
            hydrate_root(element.into(), nav, Box::new(render));
        })
        .forget();
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (element, nav, render);
    });
    view! { <div class=class node_ref=host></div> }.into_any()
}

/// Hydrates `element`'s markup as a root of its own (the page's regions, and `Apart`), with the page's `Nav`.
/// One function for all of them, so that the code hydration runs is there once.
#[cfg(target_arch = "wasm32")]
pub fn hydrate_root(
    element: web_sys::HtmlElement,
    nav: Option<Nav>,
    render: Box<dyn FnOnce() -> AnyView>,
) {
    leptos::mount::hydrate_from(element, move || {
        if let Some(nav) = nav {
            provide_context(nav);
        }
        render()
    })
    .forget();
}
