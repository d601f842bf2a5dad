//! The closed sets of values of the data file. Each kind is written once, in [`kind!`]: its variants and their
//! ids in the file. The build script reads the ids, the generated data names the variants, and the app matches
//! on them; adding a variant here is the whole change (plus whatever the app shows for it).

/// Declares a kind: an enum with `ALL`, `id()` (its spelling in the data file) and a serde reader that names the
/// allowed ids when a value is unknown.
macro_rules! kind {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in the order written.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The value's id in the data file (and in exported data).
            pub const fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            /// The value with this id.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|k| k.id() == id)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let id = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
                $name::from_id(&id).ok_or_else(|| {
                    let known: Vec<&str> = Self::ALL.iter().map(|k| k.id()).collect();
                    serde::de::Error::custom(format!("\"{id}\" is not one of: {}", known.join(", ")))
                })
            }
        }
    };
}

kind! {
    /// Where a milestone (or an era) comes from.
    Origin {
        /// From the source note.
        Note = "note",
        /// Added by this project from the verified record.
        Added = "added",
    }
}

kind! {
    /// What a date marks.
    DateMark {
        Arxiv = "arxiv",
        Journal = "journal",
        Conference = "conference",
        Competition = "competition",
        Announcement = "announcement",
        Launch = "launch",
        Release = "release",
        Report = "report",
        Match = "match",
        Preview = "preview",
        Award = "award",
        Effective = "effective",
    }
}

kind! {
    /// The unit of a key figure.
    Unit {
        Percent = "percent",
        Count = "count",
        Number = "number",
        Times = "times",
        Days = "days",
        Ms = "ms",
        Usd = "usd",
    }
}

kind! {
    /// Figures that mean the same across milestones, for charts.
    Metric {
        Parameters = "parameters",
        ActiveParameters = "active-parameters",
        TrainingTokens = "training-tokens",
        ImagenetTop5Error = "imagenet-top5-error",
    }
}

impl Metric {
    /// The unit a figure of this metric must have.
    pub const fn unit(self) -> Unit {
        match self {
            Metric::Parameters | Metric::ActiveParameters | Metric::TrainingTokens => Unit::Count,
            Metric::ImagenetTop5Error => Unit::Percent,
        }
    }
}

kind! {
    /// How far the note is off where a correction says so.
    Verdict {
        Imprecise = "imprecise",
        Wrong = "wrong",
    }
}

impl Default for Origin {
    /// Entries are the note's unless they say otherwise.
    fn default() -> Origin {
        Origin::Note
    }
}
