//! Citizen pages of accounts: sign up, log in, my account.

mod account;
mod login;
mod signup;

pub use account::AccountPage;
pub use login::LoginPage;
pub use signup::SignupPage;
