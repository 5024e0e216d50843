//! What every feature shares: languages, roles, the session, forms, layout and common pages.

pub mod boot;
pub mod csv;
pub mod forms;
pub mod i18n;
pub mod layout;
pub mod map;
mod messages;
pub mod pages;
pub mod roles;

#[cfg(feature = "ssr")]
pub mod clock;
#[cfg(feature = "ssr")]
pub mod cookies;
#[cfg(feature = "ssr")]
pub mod database;
#[cfg(feature = "ssr")]
pub mod request;
