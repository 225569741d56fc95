//! embargo-screen (being built).
