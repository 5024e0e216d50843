//! Services: the city's public-service catalogue with named service owners (issue 4, in
//! progress: the catalogue, its search and service pages, and feedback exist; the
//! service map, the CPSV-AP export and service-development proposals come next).

pub mod api;
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
