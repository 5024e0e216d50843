//! Notifications: messages to people. For now only the outbox every status change is
//! queued in; sending over SMTP, follows and the inbox arrive with issue 6.

#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod server;
