//! Rooms: city institutions' rooms, their booking rules and prices (issue 3, in progress:
//! the rules, the schema, the Tartu demo data, the catalogue and the room page exist;
//! calendars, booking requests and the staff half come next).

pub mod api;
pub mod model;
pub mod pages;
pub mod request;
pub mod rules;
pub mod search;

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod server;
