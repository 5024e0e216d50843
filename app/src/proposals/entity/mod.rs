//! The proposals' tables. Server only.

pub mod assessment;
pub mod event;
pub mod proposal;
pub mod template;
