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
        let person = super::server::create_account(db, account).await?;
        let token = super::server::start_session(db, person.id).await?;
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
        let token = super::server::start_session(db, person.id).await?;
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
