//! The real shipped lists for tests and benches, read by the product's own loader
//! (`embargo_lists::ListSet::builtin`), so screening is measured on what users get.
#![allow(dead_code)]

use embargo_model::ListEntry;

/// Every entry of every built-in list.
pub fn all_entries() -> Vec<ListEntry> {
    embargo_lists::ListSet::builtin()
        .expect("the built-in lists load")
        .entries()
        .cloned()
        .collect()
}
