//! Rooms: city institutions' rooms, their booking rules and prices (issue 3, in progress:
//! only the pure rules exist so far).

pub mod rules;
