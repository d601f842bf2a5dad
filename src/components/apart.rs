use leptos::html::Div;
use leptos::prelude::*;

use crate::nav::Nav;

/// Part of a region hydrated in a task of its own, right after the region's: a region's hydration is one task,
/// and on a slow phone one that takes over the list's milestones as well as its head is a long one. The page
/// rendered at build time holds its markup; the region's hydration finds its element without children and
/// leaves the markup inside alone, and the part waits (`next_part`) until the page's hydration takes it up in the
/// next task, before the next region and before the address is taken up: it hydrates that markup as a root of its
/// own, in the same reactive state (and the page's `Nav`). Rendered live (no page rendered at build time, or after
/// hydration), it is plain markup in its element.
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
        WAITING.with(|w| {
            w.borrow_mut().push(Box::new(move || {
                hydrate_root(element.into(), nav, Box::new(render))
            }))
        });
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

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The parts whose region has been hydrated, waiting for their own task, in order.
    static WAITING: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The next part waiting to be hydrated (the page's hydration runs each in a task of its own, before the next
/// region: `app::hydrate`).
#[cfg(target_arch = "wasm32")]
pub fn next_part() -> Option<Box<dyn FnOnce()>> {
    WAITING.with(|w| {
        let mut w = w.borrow_mut();
        (!w.is_empty()).then(|| w.remove(0))
    })
}
