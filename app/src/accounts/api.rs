//! Account server functions: thin — check, call `server`, answer the form.

use leptos::prelude::*;

use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::core::{cookies, i18n::Msg, request};

/// Creates a citizen account and signs the person in. Answers the page to go to next.
#[server(prefix = "/api", endpoint = "accounts/sign_up")]
pub async fn sign_up(name: String, email: String, password: String, accept_terms: Option<String>) -> Result<String, AppError> {
    let accepted = accept_terms.is_some();
    let result = async {
        let account = super::rules::validate_sign_up(&name, &email, &password, accepted).map_err(AppError::Validation)?;
        let context = request::request_context()?;
        let db = &context.services.db;
        let person = super::server::create_account(db, account, context.boot.locale).await?;
        // The account exists whatever happens to the e-mail: a link can be sent again.
        if let Err(error) = super::server::send_verification_link(db, &person).await {
            tracing::warn!(error = ?error, person = person.id, "could not queue the verification link");
        }
        let token = super::server::start_session(db, person.id, request::user_agent().as_deref()).await?;
        request::append_set_cookie(&cookies::session(&token, context.services.settings.secure_cookies));
        Ok(("/account".to_owned(), Some(Msg::NoticeWelcome)))
    }
    .await;
    let kept = [("name", name.as_str()), ("email", email.as_str()), ("accept_terms", if accepted { "yes" } else { "" })];
    request::finish_form("signup", &kept, result)
}

/// Signs a person in with e-mail and password; goes back to `next` (a path on this site).
#[server(prefix = "/api", endpoint = "accounts/log_in")]
pub async fn log_in(email: String, password: String, next: Option<String>) -> Result<String, AppError> {
    let result = async {
        let context = request::request_context()?;
        let db = &context.services.db;
        let person = super::server::verify_login(db, &email, &password, context.client_ip).await?;
        // A fresh token on every sign-in: an old cookie never becomes a signed-in one.
        if let Some(old) = &context.session_token {
            super::server::end_session(db, old).await?;
        }
        let token = super::server::start_session(db, person.id, request::user_agent().as_deref()).await?;
        request::append_set_cookie(&cookies::session(&token, context.services.settings.secure_cookies));
        Ok((request::safe_return_path(next.as_deref()), Some(Msg::NoticeSignedIn)))
    }
    .await;
    request::finish_form("login", &[("email", email.as_str()), ("next", next.as_deref().unwrap_or(""))], result)
}

#[server(prefix = "/api", endpoint = "accounts/log_out")]
pub async fn log_out() -> Result<String, AppError> {
    let result = async {
        let context = request::request_context()?;
        if let Some(token) = &context.session_token {
            super::server::end_session(&context.services.db, token).await?;
        }
        request::append_set_cookie(&cookies::clear_session(context.services.settings.secure_cookies));
        Ok(("/".to_owned(), Some(Msg::NoticeSignedOut)))
    }
    .await;
    request::finish_form("logout", &[], result)
}

/// When this person accepted the data-processing terms, for `/account`.
#[server(prefix = "/api", endpoint = "accounts/consents")]
pub async fn load_consents() -> Result<String, AppError> {
    request::answer(
        async {
            use sea_orm::EntityTrait;
            let person = request::require_user()?;
            let db = request::db()?;
            let found = super::entity::user::Entity::find_by_id(person.id).one(&db).await?.ok_or(AppError::NotFound)?;
            Ok(crate::rooms::rules::to_local(found.terms_accepted_at).format("%d.%m.%Y %H:%M").to_string())
        }
        .await,
    )
}

/// Deletes the signed-in person's account, confirmed by their password; `erase` also
/// empties what they wrote. Ends the session and goes to the front page.
#[server(prefix = "/api", endpoint = "accounts/delete")]
pub async fn delete_account(password: String, erase: Option<String>) -> Result<String, AppError> {
    let result = async {
        let person = request::require_user()?;
        let context = request::request_context()?;
        super::privacy::delete_account(&context.services.db, &person, &password, erase.is_some()).await?;
        request::append_set_cookie(&cookies::clear_session(context.services.settings.secure_cookies));
        Ok(("/".to_owned(), Some(Msg::NoticeAccountDeleted)))
    }
    .await;
    request::finish_form("delete-account", &[("erase", erase.as_deref().unwrap_or_default())], result)
}

/// Sends the link that proves the signed-in person's address again (rate-limited).
#[server(prefix = "/api", endpoint = "accounts/resend_verification")]
pub async fn resend_verification() -> Result<String, AppError> {
    let result = async {
        let person = request::require_user()?;
        if person.email_verified {
            return Ok(("/account".to_owned(), Some(Msg::NoticeEmailVerified)));
        }
        let db = request::db()?;
        super::server::send_verification_link(&db, &person).await?;
        Ok((request::referring_path(), Some(Msg::NoticeLinkSent)))
    }
    .await;
    request::finish_form("resend-verification", &[], result)
}

/// Follows a verification link (its page posts the token): the address is proven. Works
/// signed in or not; a person signed in elsewhere is verified there from the next request.
#[server(prefix = "/api", endpoint = "accounts/verify_email")]
pub async fn verify_email(token: String) -> Result<String, AppError> {
    let result = async {
        let db = request::db()?;
        super::server::verify_email(&db, &token).await?;
        let next = if request::current_user()?.is_some() { "/account" } else { "/login?next=/account" };
        Ok((next.to_owned(), Some(Msg::NoticeEmailVerified)))
    }
    .await;
    request::finish_form("verify-email", &[], result)
}

/// "Forgot your password?": the same answer whether or not an account has the address.
#[server(prefix = "/api", endpoint = "accounts/forgot_password")]
pub async fn forgot_password(email: String) -> Result<String, AppError> {
    let result = async {
        let db = request::db()?;
        super::server::request_password_reset(&db, &email).await?;
        Ok(("/login".to_owned(), Some(Msg::NoticeResetSent)))
    }
    .await;
    request::finish_form("forgot-password", &[("email", email.as_str())], result)
}

/// Sets a new password with a reset link, ends every session of the account and signs
/// this browser in afresh.
#[server(prefix = "/api", endpoint = "accounts/reset_password")]
pub async fn reset_password(token: String, password: String) -> Result<String, AppError> {
    let result = async {
        let context = request::request_context()?;
        let db = &context.services.db;
        let person = super::server::reset_password(db, &token, &password).await?;
        let session = super::server::start_session(db, person.id, request::user_agent().as_deref()).await?;
        request::append_set_cookie(&cookies::session(&session, context.services.settings.secure_cookies));
        Ok(("/account".to_owned(), Some(Msg::NoticePasswordReset)))
    }
    .await;
    request::finish_form("reset-password", &[], result)
}

/// Changes the password of the signed-in person; their other sessions end.
#[server(prefix = "/api", endpoint = "accounts/change_password")]
pub async fn change_password(current_password: String, new_password: String) -> Result<String, AppError> {
    let result = async {
        let person = request::require_user()?;
        let context = request::request_context()?;
        super::server::change_password(&context.services.db, person.id, &current_password, &new_password, context.session_token.as_deref()).await?;
        Ok(("/account".to_owned(), Some(Msg::NoticePasswordChanged)))
    }
    .await;
    request::finish_form("change-password", &[], result)
}

/// Ends one of the signed-in person's sessions, named by its id on `/account`.
#[server(prefix = "/api", endpoint = "accounts/end_session")]
pub async fn end_session(session: String) -> Result<String, AppError> {
    let result = async {
        let person = request::require_user()?;
        let db = request::db()?;
        super::server::end_own_session(&db, person.id, &session).await?;
        Ok(("/account".to_owned(), Some(Msg::NoticeSessionEnded)))
    }
    .await;
    request::finish_form("sessions", &[], result)
}

/// Ends every session of the signed-in person but this one.
#[server(prefix = "/api", endpoint = "accounts/log_out_elsewhere")]
pub async fn log_out_elsewhere() -> Result<String, AppError> {
    let result = async {
        let person = request::require_user()?;
        let context = request::request_context()?;
        super::server::end_other_sessions(&context.services.db, person.id, context.session_token.as_deref()).await?;
        Ok(("/account".to_owned(), Some(Msg::NoticeOtherSessionsEnded)))
    }
    .await;
    request::finish_form("sessions", &[], result)
}

/// Stores the person's language (their e-mails are written in it) and shows the pages in it.
#[server(prefix = "/api", endpoint = "accounts/language")]
pub async fn set_language(language: String) -> Result<String, AppError> {
    let result = async {
        let person = request::require_user()?;
        let context = request::request_context()?;
        let locale = crate::core::i18n::Locale::from_code(&language).ok_or_else(|| AppError::field("language", Msg::ValChooseFromList))?;
        super::server::set_locale(&context.services.db, person.id, locale).await?;
        request::append_set_cookie(&cookies::language(locale.code(), context.services.settings.secure_cookies));
        Ok(("/account".to_owned(), Some(Msg::NoticeLanguageSaved)))
    }
    .await;
    request::finish_form("language", &[("language", language.as_str())], result)
}

/// One of the person's sessions as `/account` lists it.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct SessionRow {
    pub id: String,
    pub browser: Option<String>,
    pub started: String,
    pub last_seen: String,
    pub this_one: bool,
}

/// The signed-in person's live sessions, this one first.
#[server(prefix = "/api", endpoint = "accounts/sessions")]
pub async fn load_sessions() -> Result<Vec<SessionRow>, AppError> {
    request::answer(
        async {
            let person = request::require_user()?;
            let context = request::request_context()?;
            super::server::sessions_of(&context.services.db, person.id, context.session_token.as_deref()).await
        }
        .await,
    )
}
