//! The page's own strings (the content's strings are in the data file): the fixed ones of each language here
//! (`en`, `zh`), the ones built from values in `phrases`, the languages' names and the choice of one in `language`.

mod en;
mod language;
mod phrases;
mod zh;

pub use language::*;
pub use phrases::*;

use crate::model::Lang;

/// Fixed UI strings of one language.
pub struct Strings {
    pub skip_to_list: &'static str,
    pub lang_switch_label: &'static str,
    pub eras_heading: &'static str,
    pub all_eras: &'static str,
    pub milestones_heading: &'static str,
    pub dismiss: &'static str,
    pub footer_source: &'static str,
    pub footer_translation: &'static str,
    pub only_note: &'static str,
    pub added_badge: &'static str,
    pub added_hint: &'static str,
    /// The added era's badge hint.
    pub added_era_hint: &'static str,
    pub record_reviewed: &'static str,
    pub note_says: &'static str,
    pub record_shows: &'static str,
    pub verdict_imprecise: &'static str,
    pub verdict_wrong: &'static str,
    pub figures_label: &'static str,
    pub estimate: &'static str,
    pub secondary: &'static str,
    pub sources_label: &'static str,
    pub new_tab: &'static str,
    pub tags_label: &'static str,
    pub builds_on: &'static str,
    pub built_on_by: &'static str,
    pub evidence: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub cite_as: &'static str,
    pub venue: &'static str,
    pub explore_label: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub tags_heading: &'static str,
    pub org_label: &'static str,
    pub all_orgs: &'static str,
    pub years_label: &'static str,
    pub year_from: &'static str,
    pub year_to: &'static str,
    pub any_year: &'static str,
    pub clear_all: &'static str,
    pub empty_title: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_fallback: &'static str,
    // The bar, the facets, links and labels.
    pub era_label: &'static str,
    pub to_top: &'static str,
    pub tags_all: &'static str,
    pub tags_any: &'static str,
    pub tags_match: &'static str,
    pub orgs_rule: &'static str,
    pub copy_view_link: &'static str,
    /// The print button: the view as a document, every milestone and both charts.
    pub print: &'static str,
    pub view_link_copied: &'static str,
    /// The citation line's buttons, and what the toast says when each has copied.
    pub copy_citation: &'static str,
    pub copy_bibtex: &'static str,
    pub citation_copied: &'static str,
    pub bibtex_copied: &'static str,
    pub restore_filters: &'static str,
    pub note_year: &'static str,
    pub verified_date: &'static str,
    pub legend_note: &'static str,
    pub legend_added: &'static str,
    pub touch_title: &'static str,
    pub touch_tips: [&'static str; 4],
    pub download_all: &'static str,
    pub download_shown: &'static str,
    /// Before the links to the whole record's files written at build time (every page's footer).
    pub download_record: &'static str,
    pub print_address: &'static str,
    pub colon: &'static str,
    pub help_button: &'static str,
    pub keys_title: &'static str,
    pub keys: [(&'static str, &'static str); 6],
    pub close: &'static str,
    pub axis_heading: &'static str,
    pub axis_hint: &'static str,
    /// The hint when the axis shows a bar per year instead of a mark per milestone.
    pub axis_hint_dense: &'static str,
    pub charts_heading: &'static str,
    /// The bar's link down to the charts and trends below the list.
    pub to_later: &'static str,
    pub scaling_title: &'static str,
    pub scaling_caption: &'static str,
    pub total_params: &'static str,
    pub active_params: &'static str,
    pub undisclosed: &'static str,
    pub imagenet_title: &'static str,
    pub imagenet_caption: &'static str,
    pub show_table: &'static str,
    pub col_model: &'static str,
    pub col_date: &'static str,
    pub col_value: &'static str,
    pub col_note: &'static str,
    // Time axis, phone layout (year grid) and touch preview.
    /// The hint above the year grid (phones).
    pub axis_hint_narrow: &'static str,
    /// Names the group of era buttons above the year grid.
    pub axis_eras_label: &'static str,
    /// Names the year grid.
    pub axis_years_label: &'static str,
    /// A year's list when no milestone has a date in it.
    pub axis_year_empty: &'static str,
    /// After a milestone's name and date in the axis's touch preview: tap again to go to it.
    pub axis_preview_go: &'static str,
    // Charts (chart_frame, scaling_chart, imagenet_chart).
    /// A total parameter count: `{n}` is the count ("175B").
    pub chart_params: &'static str,
    /// A mixture of experts' counts: `{total}` and `{active}`.
    pub chart_total_active: &'static str,
    /// A named figure: `{name}` ("Llama 4 Maverick") and `{value}`.
    pub chart_figure: &'static str,
    /// Before the list of models whose size was not disclosed.
    pub chart_undisclosed_list: &'static str,
    /// Names a chart's points for screen readers, and how to move among them.
    pub chart_points_label: &'static str,
    /// In a tooltip opened by a tap: tap again to go to the milestone.
    pub chart_tap_again: &'static str,
    // Hosting: the new-version notice, the embed view and its code.
    /// A new deployment is ready (the service worker has it).
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    /// The embed view's link to the full timeline with the same view.
    pub embed_open_full: &'static str,
    /// The button that shows the code to embed the current view.
    pub embed_button: &'static str,
    /// Above the code: what it does.
    pub embed_intro: &'static str,
    /// Names the field with the code.
    pub embed_code_label: &'static str,
    pub embed_copy_code: &'static str,
    pub embed_code_copied: &'static str,
    /// Where the clipboard is unavailable: the code is selected, to copy by hand.
    pub embed_copy_by_hand: &'static str,
    /// The iframe's title in the code (what screen readers announce on the host page).
    pub embed_frame_title: &'static str,
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &zh::ZH,
        Lang::En => &en::EN,
    }
}
