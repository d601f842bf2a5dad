//! The timeline's data file, `timeline.toml`, in one place for the build script and the app.
//!
//! - [`kinds`] and [`date`]: the closed sets of values the file uses (what a date marks, units, metrics, ...) and
//!   calendar dates. Shared by the build script and the app: a new kind is added in one spot.
//! - [`shape!`]: the records (eras, milestones, ...) and their fields, written once; the file's serde types and
//!   the app's static types are both declared from it.
//! - With the `load` feature (build script, native tests): [`types`] (the file's serde shape), [`load`] (parsing,
//!   every problem named by entry and field), [`validate`] (the rules types cannot state) and [`codegen`] (the
//!   static Rust the app is compiled with). The app carries no parser.

pub mod date;
pub mod kinds;
mod shape;

#[cfg(feature = "load")]
pub mod codegen;
#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod types;
#[cfg(feature = "load")]
pub mod validate;
#[cfg(feature = "load")]
mod validate_facts;

pub use date::Date;
