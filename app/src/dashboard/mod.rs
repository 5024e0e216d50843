//! The staff dashboard at `/admin`: what waits for this person, and the key figures.

pub mod api;
pub mod pages;
