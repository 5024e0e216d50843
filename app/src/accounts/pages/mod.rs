//! Citizen pages of accounts: sign up, log in, my account.

mod account;
mod login;
mod recovery;
mod signup;
mod unverified;

pub use account::AccountPage;
pub use login::LoginPage;
pub use recovery::{ForgotPasswordPage, ResetPasswordPage, VerifyEmailPage};
pub use signup::SignupPage;
pub use unverified::UnverifiedBanner;
