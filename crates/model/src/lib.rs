//! Domain types shared by every stage of the embargo pipeline.
//!
//! Key decision: this crate holds data only (serde types and constructors that
//! keep invariants), so every stage can be tested alone and the JSON shapes that
//! other tools read are defined in one place.
#![deny(missing_docs)]

mod list;
mod report;
mod text;

pub use list::*;
pub use report::*;
pub use text::*;
