//! Services: the city's public-service catalogue with named service owners (issue 4, in
//! progress: the catalogue, search, service pages, feedback, the service map, owners'
//! editing with a changelog and the CPSV-AP export exist; service-development proposals
//! come next).

pub mod api;
pub mod hours;
pub mod map;
pub mod model;
pub mod pages;
pub mod search;

#[cfg(feature = "ssr")]
pub mod cpsv;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod server;
