//! Offline after the first visit: registers the service worker the bundle ships (`sw.js`, written for each build
//! by .ci/hosting.mjs) and tells the page when a new deployment is ready. Browser only. Pages not rendered at
//! build time (trunk serve) register nothing, and neither does a browser without service workers (a plain-http
//! host): the page works as before.
//!
//! A new deployment's worker installs beside the running one and waits. The page asks it whether it belongs to
//! the build this tab runs (`current?` with the page's script); if so it takes over quietly (the reader already
//! reloaded), otherwise it answers `stale` and the page offers "new version: reload", which asks it to take
//! over (`skip-waiting`) and reloads once it has.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    static RELOADING: Cell<bool> = const { Cell::new(false) };
}

/// Registers `{root}sw.js` for the bundle at `root` ("/timeline/"); `on_update` runs when a newer build waits.
pub fn register(root: &str, on_update: impl Fn() + 'static) {
    let navigator = gloo::utils::window().navigator();
    // Without service workers (a non-secure origin) the navigator has no `serviceWorker`.
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = navigator.service_worker();
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(root);
    let promise = container.register_with_options(&format!("{root}sw.js"), &options);

    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if message_type(&ev.data()).as_deref() == Some("stale") {
                on_update();
            }
        });
    container.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_controller = Closure::<dyn Fn()>::new(|| {
        if RELOADING.get() {
            crate::browser::write_history();
            let _ = gloo::utils::window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller.as_ref().unchecked_ref()));
    on_controller.forget();

    wasm_bindgen_futures::spawn_local(async move {
        // A failed registration (no sw.js at this host, say) leaves the page as it is.
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(waiting) = registration.waiting() {
            ask(&waiting);
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            if let Some(worker) = watched.installing() {
                watch(worker);
            }
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        // A tab left open looks for a new deployment when the reader comes back to it.
        let checked = registration.clone();
        let on_visible = Closure::<dyn Fn()>::new(move || {
            if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Visible {
                let _ = checked.update();
            }
        });
        let _ = gloo::utils::document().add_event_listener_with_callback(
            "visibilitychange",
            on_visible.as_ref().unchecked_ref(),
        );
        on_visible.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    });
}

/// The reader chose to reload: the waiting worker takes over, then the page reloads (at once if none waits).
pub fn reload_to_new() {
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    match waiting {
        Some(worker) => {
            RELOADING.set(true);
            let _ = worker.post_message(&message("skip-waiting", None));
        }
        None => {
            crate::browser::write_history();
            let _ = gloo::utils::window().location().reload();
        }
    }
}

/// Asks `worker` once it has installed, unless it is the first worker (nothing to replace).
fn watch(worker: ServiceWorker) {
    let watched = worker.clone();
    let on_state = Closure::<dyn Fn()>::new(move || {
        if watched.state() == ServiceWorkerState::Installed {
            ask(&watched);
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Asks a waiting worker whether it serves the build this tab runs.
fn ask(worker: &ServiceWorker) {
    let controlled = gloo::utils::window()
        .navigator()
        .service_worker()
        .controller()
        .is_some();
    if controlled {
        let _ = worker.post_message(&message("current?", page_script().as_deref()));
    }
}

/// This page's script file ("ai-timeline-0123abcd.js"), from its module preload.
fn page_script() -> Option<String> {
    let link = gloo::utils::document()
        .query_selector("link[rel=modulepreload]")
        .ok()??;
    let href = link.get_attribute("href")?;
    Some(href.rsplit('/').next()?.to_string())
}

fn message(kind: &str, script: Option<&str>) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"type".into(), &kind.into());
    if let Some(script) = script {
        let _ = js_sys::Reflect::set(&object, &"script".into(), &script.into());
    }
    object.into()
}

fn message_type(data: &JsValue) -> Option<String> {
    js_sys::Reflect::get(data, &"type".into()).ok()?.as_string()
}
