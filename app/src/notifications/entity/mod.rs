//! sea-orm entities of notifications. Server only.

pub mod notification;
pub mod outbox;
pub mod subscription;
