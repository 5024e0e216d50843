//! Data submission (PRODUCT.md §3 "Andmete esitamine", issue 6): forms staff define with
//! typed fields, units and ranges; entries typed in (with a place and a photo where the
//! form asks) or whole CSV files checked row by row before anything is kept, all or
//! nothing; stewards accept or reject with a reason; accepted rows feed open datasets.

pub mod api;
pub mod pages;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod csv_check;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod upload;
