//! What a link reproduces: the filters, the selected milestone and the language. Pure; the state machine
//! (`crate::state`) changes it, the address (`crate::url_state`) writes and reads it.

use crate::filter::Filter;
use crate::model::Lang;

/// Everything a link reproduces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub filter: Filter,
    /// The milestone a link points at (`?m=`): scrolled to and highlighted.
    pub selected: Option<&'static str>,
    pub lang: Lang,
}

impl View {
    pub fn new(lang: Lang) -> View {
        View {
            filter: Filter::default(),
            selected: None,
            lang,
        }
    }
}
