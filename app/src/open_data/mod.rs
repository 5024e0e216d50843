//! Open data (PRODUCT.md §3, issue 6): the dataset catalogue at `/open-data` with CSV and
//! JSON downloads, and the read API under `/api/v1/` with its OpenAPI document.

pub mod api;
pub mod catalogue;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod read_api;
#[cfg(feature = "ssr")]
pub mod server;
