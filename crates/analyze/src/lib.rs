//! embargo-analyze (being built).
