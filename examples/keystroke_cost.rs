//! What one search keystroke costs in pure Rust at the real data size: parse the query, filter the
//! milestones, and count every facet value (what the page recomputes per debounced keystroke).
//!
//!   cargo run --release --example keystroke_cost
//!
//! Prints min / median / max over several rounds. The browser adds rendering on top; see the benchmark command.

use ai_timeline::facets::facet_counts;
use ai_timeline::filter::Filter;
use ai_timeline::model::TIMELINE;
use ai_timeline::search::Search;
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let queries = [
        "h",
        "hi",
        "hin",
        "hint",
        "hinto",
        "hinton",
        "注",
        "注意",
        "注意力",
        "175b",
        "openai image",
    ];
    let rounds = 15;
    let per_round = 2_000;
    let mut samples = Vec::new();
    for _ in 0..rounds {
        let start = Instant::now();
        for i in 0..per_round {
            let filter = Filter {
                search: Search::new(queries[i % queries.len()]),
                ..Filter::default()
            };
            let visible = filter.apply(&TIMELINE);
            let facets = facet_counts(&filter, &TIMELINE);
            black_box((visible, facets));
        }
        samples.push(start.elapsed().as_secs_f64() * 1e6 / per_round as f64);
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    println!(
        "search keystroke (parse + filter + all facet counts), {} milestones: min {:.1} µs, median {:.1} µs, max {:.1} µs",
        TIMELINE.milestones.len(),
        samples[0],
        samples[samples.len() / 2],
        samples[samples.len() - 1]
    );
}
