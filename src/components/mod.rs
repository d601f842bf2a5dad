//! The page's components, one per file. They read signals and static data and render; logic lives in the
//! plain modules (`filter`, `url_state`, `i18n`).

pub mod app;
pub mod chart_frame;
pub mod charts;
pub mod close_button;
pub mod correction_note;
pub mod data_download;
pub mod data_table;
pub mod embed_bar;
pub mod embed_code;
pub mod era_card;
pub mod era_picker;
pub mod facet_panel;
pub mod figure_list;
pub mod highlighted;
pub mod imagenet_chart;
pub mod keyboard_help;
pub mod lang_switch;
pub mod list_window;
pub mod milestone_item;
pub mod milestone_link;
pub mod milestone_list;
pub mod notice_bar;
pub mod page_events;
pub mod scaling_chart;
pub mod search_box;
pub mod site_footer;
pub mod site_header;
pub mod time_axis;
pub mod toast;
pub mod toolbar;
pub mod trends;
pub mod update_notice;
pub mod year_bars;
pub mod year_grid;
