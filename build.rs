//! Reads the data file, validates it and writes `$OUT_DIR/timeline.rs`, the static data the app is compiled with
//! (see the `timeline-data` crate in src/data). A mistake in the data file fails the build with one line per
//! problem, naming entry and field.

use std::{env, fs, path::Path, process};

const DATA: &str = "src/data/timeline.toml";

fn main() {
    // The release app's wasm stack: 128 KB instead of Rust's 1 MB (it is the first part of linear memory, so
    // this is memory saved on every page). Optimised code's deepest call chain uses about 24 KB; an end-to-end
    // test (robustness.test.mjs) fails if a run reaches half of it. The stack sits below the data, so an
    // overflow traps instead of corrupting memory. Debug builds and tests keep the default (their frames are far
    // bigger).
    if env::var("PROFILE").as_deref() == Ok("release")
        && env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
    {
        println!("cargo:rustc-link-arg-bins=-zstack-size=131072");
    }
    // TIMELINE_DATA builds the app from another data file (e.g. a generated large one for benchmarks).
    println!("cargo:rerun-if-env-changed=TIMELINE_DATA");
    let data = env::var("TIMELINE_DATA").unwrap_or_else(|_| DATA.to_string());
    println!("cargo:rerun-if-changed={data}");

    let source =
        fs::read_to_string(&data).unwrap_or_else(|e| fail(&format!("cannot read {data}: {e}")));
    let timeline = timeline_data::load::load(&source).unwrap_or_else(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  - {e}")).collect();
        fail(&format!(
            "{data} has {} problem(s):\n{}",
            errors.len(),
            lines.join("\n")
        ))
    });
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("timeline.rs");
    if let Err(e) = fs::write(&out, timeline_data::codegen::render(&timeline)) {
        fail(&format!("cannot write {}: {e}", out.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
