//! sea-orm entities of institutions and their rooms. Server only.

pub mod institution;
pub mod room;
