//! embargo-store (being built).
