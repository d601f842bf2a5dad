//! The one description of the timeline's records: every struct, field, type and doc comment, written once, and
//! the two ways a side declares them:
//!
//! - `shape!(file)`, the data file's serde shape (`types.rs`, with the `load` feature): owned strings and vectors,
//!   and code generation for free ([`crate::codegen::Bake`] writes any record back as Rust source);
//! - `shape!(app)`, the app's static shape (`src/model.rs`): `&'static` strings and slices compiled into the
//!   bundle, compared field by field, or by id where a record says `[by id]` (ids are unique, checked at build
//!   time: memoised lists of milestones then cost one comparison per item).
//!
//! The types are written as the sides' own aliases: `Str` (`String` / `&'static str`), `List<T>` (`Vec<T>` /
//! `&'static [T]`), and `Text` (each side has one, with optional or required languages). A field's `serde`
//! attributes only matter to the file's side.
//!
//! A new field is one line here, plus the data file, the fixture and whatever shows it.

/// Declares the timeline's records for one side, `file` or `app` (see the module docs).
#[macro_export]
macro_rules! shape {
    ($side:ident) => {
        $crate::shape! { @records $side
        Meta {
            title: Text,
            intro: Text,
            /// What the record covers beyond the note (app-authored): shown beside the note's introduction.
            coverage: Text,
            /// When the record was last checked against its sources: shown on the page and in citations.
            reviewed: Date,
            trends_heading: Text,
            closing: Text,
        }

        Era {
            id: Str,
            /// One of the note's periods (the default), or added by this project.
            #[serde(default)]
            origin: Origin,
            start: u16,
            end: u16,
            /// The note's name for the period, e.g. "2010年代初期".
            period: Text,
            title: Text,
            summary: Text,
        }

        /// A tag, or an organisation (same shape).
        Tag {
            id: Str,
            label: Text,
        }

        Milestone [by id] {
            id: Str,
            /// Id of the era it belongs to (checked at build time).
            era: Str,
            /// The note's year: the milestone's place in the timeline (`dates` has the verified ones).
            year: u16,
            /// Last year of a milestone that spans years (the note's "2023-2024").
            until: Option<u16>,
            origin: Origin,
            /// Verified dates, the primary one first.
            dates: List<Dated>,
            venue: Option<Str>,
            /// Primary sources, all https.
            sources: List<Source>,
            #[serde(default)]
            figures: List<Figure>,
            /// Tag ids (see `Timeline::tags`).
            tags: List<Str>,
            /// Metrics the makers did not disclose (charts show them as such rather than guessing).
            #[serde(default)]
            undisclosed: List<Metric>,
            /// Organisation ids (see `Timeline::orgs`).
            orgs: List<Str>,
            /// Ids of the milestones it builds on.
            #[serde(default)]
            builds_on: List<Str>,
            /// Where the note's year or claim is imprecise or wrong.
            correction: Option<Correction>,
            title: Text,
            /// People and organisations.
            who: Text,
            /// The note's description (zh) and its translation (en).
            text: Text,
        }

        Dated {
            #[serde(rename = "on")]
            date: Date,
            marks: DateMark,
            /// What exactly happened on that date, when a milestone has several.
            what: Option<Text>,
        }

        Source {
            url: Str,
            label: Str,
        }

        /// A key figure as data.
        Figure {
            value: f64,
            unit: Unit,
            /// What it measures.
            measure: Text,
            /// For charts.
            metric: Option<Metric>,
            /// Approximate ("~").
            #[serde(default)]
            estimate: bool,
            /// From a third-party record rather than the primary source; `basis` names it.
            #[serde(default)]
            secondary: bool,
            basis: Option<Text>,
            /// Name in charts, where the milestone's title would not fit (e.g. a runner-up's figure).
            label: Option<Text>,
        }

        /// "The note says ... / the record shows ...".
        Correction {
            verdict: Verdict,
            /// What the note says.
            note: Text,
            /// What the record shows.
            record: Text,
        }

        Trend {
            id: Str,
            title: Text,
            text: Text,
            /// Ids of milestones that show the trend.
            milestones: List<Str>,
        }

        /// The whole timeline: in the file's side parsed and validated by `load`, in the app's compiled in.
        Timeline {
            meta: Meta,
            /// In order, without overlap (checked at build time).
            eras: List<Era>,
            tags: List<Tag>,
            /// Organisations, in the same shape as tags.
            orgs: List<Tag>,
            /// In date order (sorted by code generation).
            milestones: List<Milestone>,
            trends: List<Trend>,
        }
        }
    };
    // Each record, its docs and attributes bracketed, to the side's own arm.
    (@records $side:ident $(
        $(#[doc = $doc:literal])*
        $name:ident $([by $key:ident])? {
            $($(#[doc = $field_doc:literal])* $(#[serde $serde:tt])* $field:ident: $ty:ty),* $(,)?
        }
    )*) => {$(
        $crate::shape! { @$side [$(#[doc = $doc])*] $name [$($key)?]
            $([$(#[doc = $field_doc])*] [$(#[serde $serde])*] $field: $ty),*
        }
    )*};
    (@file [$($doc:tt)*] $name:ident [$($key:ident)?] $([$($field_doc:tt)*] [$($serde:tt)*] $field:ident: $ty:ty),*) => {
        $($doc)*
        #[derive(Debug, Clone, serde::Deserialize, PartialEq)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $($($field_doc)* $($serde)* pub $field: $ty,)*
        }

        impl $crate::codegen::Bake for $name {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " {"));
                $(
                    out.push_str(concat!(" ", stringify!($field), ": "));
                    $crate::codegen::Bake::bake(&self.$field, out);
                    out.push(',');
                )*
                out.push_str(" }");
            }
        }
    };
    (@app [$($doc:tt)*] $name:ident [$($key:ident)?] $([$($field_doc:tt)*] [$($serde:tt)*] $field:ident: $ty:ty),*) => {
        $($doc)*
        #[derive(Debug)]
        pub struct $name {
            $($($field_doc)* pub $field: $ty,)*
        }

        $crate::shape! { @compare $name [$($key)?] $($field)* }
    };
    (@compare $name:ident [$key:ident] $($field:ident)*) => {
        impl PartialEq for $name {
            fn eq(&self, other: &$name) -> bool {
                std::ptr::eq(self, other) || self.$key == other.$key
            }
        }
    };
    (@compare $name:ident [] $($field:ident)*) => {
        impl PartialEq for $name {
            fn eq(&self, other: &$name) -> bool {
                true $(&& self.$field == other.$field)*
            }
        }
    };
}
