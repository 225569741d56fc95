//! embargo-rules (being built).
