//! Notifications: messages to people. Each goes to the person's inbox (`/my/inbox`) and,
//! as an e-mail, to the outbox. Sending the outbox over SMTP and follows arrive with issue 6.

pub mod api;
#[cfg(feature = "ssr")]
pub mod delivery;
pub mod kinds;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod server;
