//! sea-orm entities of institutions, rooms and bookings. Server only.

pub mod booking;
pub mod booking_event;
pub mod institution;
pub mod room;
