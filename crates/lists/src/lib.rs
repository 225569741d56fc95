//! embargo-lists (being built).
