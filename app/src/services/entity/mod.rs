//! sea-orm entities of the service catalogue. Server only.

pub mod department;
pub mod service;
pub mod service_change;
pub mod service_feedback;
pub mod service_owner;
