//! Rooms: city institutions' rooms, their booking rules and prices, calendars, booking
//! requests with quotes, and the staff's approval workflow (issue 3).

pub mod admin_api;
pub mod api;
pub mod calendar;
pub mod ics;
pub mod model;
pub mod pages;
pub mod report;
pub mod room_form;
pub mod request;
pub mod rules;
pub mod search;

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod schedule;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod staff;
#[cfg(feature = "ssr")]
pub mod workflow;
