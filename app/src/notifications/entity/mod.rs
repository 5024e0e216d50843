//! sea-orm entities of notifications. Server only.

pub mod outbox;
