//! Notifications: messages to people. Each goes to the person's inbox (`/my/inbox`) and,
//! as an e-mail, to the outbox, sent over SMTP in the background. People follow subjects
//! across the pillars with immediate e-mail or a weekly digest.

pub mod api;
#[cfg(feature = "ssr")]
pub mod delivery;
pub mod kinds;
pub mod mail;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod subjects;
