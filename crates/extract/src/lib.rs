//! embargo-extract (being built).
