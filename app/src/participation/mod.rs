//! Participation (PRODUCT.md §3, issue 5, first part): topic hubs with indicators drawn as
//! SVG charts with tables, plans with goals and progress, and "Have your say"
//! consultations where signed-in citizens comment, reply, report, support once and answer
//! surveys; citizens' ideas that enter the city's review list at a support threshold;
//! moderation of comments and ideas. The staff editors come next.

pub mod api;
pub mod chart;
pub mod editor;
pub mod editor_api;
pub mod hub_editor_api;
pub mod ideas;
pub mod ideas_api;
pub mod model;
pub mod pages;
pub mod survey;

#[cfg(feature = "ssr")]
pub mod editor_server;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod hub_editor_server;
#[cfg(feature = "ssr")]
pub mod ideas_server;
#[cfg(feature = "ssr")]
pub mod server;
