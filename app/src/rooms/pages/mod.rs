//! Citizen pages of rooms: the catalogue and one room.

mod catalogue;
mod room;

pub use catalogue::RoomsPage;
pub use room::RoomPage;
