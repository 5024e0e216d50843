//! Participation (PRODUCT.md §3, issue 5, first part): topic hubs with indicators drawn as
//! SVG charts with tables, plans with goals and progress, and "Have your say"
//! consultations where signed-in citizens comment, reply, report and support once.
//! Surveys, ideas, the map, moderation and the staff editors come next.

pub mod api;
pub mod chart;
pub mod model;
pub mod pages;
pub mod survey;

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod server;
