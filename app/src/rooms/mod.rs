//! Rooms: city institutions' rooms, their booking rules and prices (issue 3, in progress:
//! the rules, the schema and the Tartu demo data exist; pages and booking come next).

pub mod model;
pub mod rules;

#[cfg(feature = "ssr")]
pub mod entity;
