//! sea-orm entities of people, their roles, sessions and login attempts. Server only.

pub mod account_token;
pub mod login_attempt;
pub mod session;
pub mod user;
pub mod user_role;
