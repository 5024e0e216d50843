//! Service-development proposals (PRODUCT.md §2): staff propose a new or redesigned
//! service on a versioned template; the public service development team assesses it in the
//! GOV.UK Service Standard's manner and decides; approved proposals are piloted and
//! implemented, which writes into the service's changelog. The board shows every stage;
//! the library keeps implemented proposals as examples for the organisation.

pub mod api;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod server;
