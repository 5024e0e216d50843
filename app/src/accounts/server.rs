//! Server only: accounts, password hashes, sessions and login throttling on sea-orm.

use std::net::IpAddr;
use std::sync::OnceLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{Duration, Utc};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, SqlErr,
};
use sha2::{Digest, Sha256};

use super::entity::{account_token, login_attempt, session, user, user_role};
use super::rules::{self, NewAccount, TokenPurpose};
use crate::core::cookies::SESSION_MAX_AGE_SECONDS;
use crate::core::i18n::{Locale, Msg};
use crate::core::roles::{Role, RoleGrant, SessionUser};
use crate::error::{AppError, FieldError};

/// argon2id with the crate's defaults (19 MiB, 2 passes) for every real build. The test
/// suite's builds turn on `cheap-password-hash` (a dev-dependency feature only: it never
/// reaches a binary `cargo leptos build` makes) to spend 1 MiB and one pass instead;
/// verifying reads the cost from the stored hash, so both kinds verify either way.
fn hasher() -> Argon2<'static> {
    #[cfg(feature = "cheap-password-hash")]
    {
        let params = argon2::Params::new(1024, 1, 1, None).expect("valid argon2 parameters");
        Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
    }
    #[cfg(not(feature = "cheap-password-hash"))]
    {
        Argon2::default()
    }
}

/// Hashing is deliberately slow, so it runs off the async workers.
async fn hash_password(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher().hash_password(password.as_bytes(), &salt).map(|hash| hash.to_string())
    })
    .await
    .map_err(|err| {
        tracing::error!(error = %err, "password hashing task failed");
        AppError::Internal
    })?
    .map_err(|err| {
        tracing::error!(error = %err, "password hashing failed");
        AppError::Internal
    })
}

/// Checks a password against a stored hash; with no account, against a dummy hash, so
/// the answer takes as long whether or not the address has an account.
async fn verify_password(password: String, stored_hash: Option<String>) -> bool {
    static DUMMY_HASH: OnceLock<String> = OnceLock::new();
    tokio::task::spawn_blocking(move || {
        let hash = stored_hash.unwrap_or_else(|| {
            DUMMY_HASH
                .get_or_init(|| {
                    let salt = SaltString::generate(&mut OsRng);
                    hasher().hash_password(b"no account has this password", &salt).map(|h| h.to_string()).unwrap_or_default()
                })
                .clone()
        });
        PasswordHash::new(&hash)
            .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// 32 random bytes as URL-safe text: a session's cookie or a link's token.
fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Creates the account with the citizen role, in `locale` (the page's language at sign-up),
/// its address not yet verified. A taken address is a field error, also when two sign-ups
/// race (the unique index decides).
pub async fn create_account(db: &DatabaseConnection, account: NewAccount, locale: Locale) -> Result<SessionUser, AppError> {
    let taken = || AppError::field("email", Msg::ValEmailTaken);
    if user::Entity::find().filter(user::Column::Email.eq(&account.email)).one(db).await?.is_some() {
        return Err(taken());
    }
    let password_hash = hash_password(account.password).await?;
    let now = crate::core::clock::now();
    let txn = crate::core::database::begin_write(db).await?;
    let inserted = user::ActiveModel {
        email: Set(account.email),
        name: Set(account.name),
        password_hash: Set(password_hash),
        terms_accepted_at: Set(now),
        created_at: Set(now),
        locale: Set(locale.code().to_owned()),
        email_verified_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let created = match inserted {
        Ok(created) => created,
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => return Err(taken()),
        Err(err) => return Err(err.into()),
    };
    grant_role(&txn, created.id, Role::Citizen, None).await?;
    txn.commit().await?;
    load_session_user(db, created).await
}

pub async fn grant_role(db: &impl ConnectionTrait, user_id: i32, role: Role, institution_id: Option<i32>) -> Result<(), AppError> {
    user_role::ActiveModel {
        user_id: Set(user_id),
        role: Set(role.key().to_owned()),
        institution_id: Set(institution_id),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The person as every request sees them: their account and their roles.
pub async fn load_session_user(db: &DatabaseConnection, person: user::Model) -> Result<SessionUser, AppError> {
    let grants = user_role::Entity::find()
        .filter(user_role::Column::UserId.eq(person.id))
        .order_by_asc(user_role::Column::Id)
        .all(db)
        .await?;
    let mut roles: Vec<RoleGrant> = grants
        .into_iter()
        .filter_map(|grant| Role::from_key(&grant.role).map(|role| RoleGrant { role, institution_id: grant.institution_id }))
        .collect();
    roles.sort_by_key(|grant| (grant.role, grant.institution_id));
    let locale = person.language();
    Ok(SessionUser {
        id: person.id,
        name: person.name,
        email: person.email,
        roles,
        email_verified: person.email_verified_at.is_some(),
        locale,
    })
}

/// Checks the password, throttled: after `MAX_FAILED_LOGINS` failures in the window from
/// one client address, the e-mail address is locked for that client for the rest of it;
/// after `MAX_FAILED_LOGINS_ANYWHERE` from anywhere, for everyone; on every app server alike.
///
/// The attempt is written before the password is checked, and the count includes attempts
/// still being checked: concurrent guesses count each other, so at most the limit of them
/// get through (reading first and writing after let every concurrent guess pass).
pub async fn verify_login(db: &DatabaseConnection, email: &str, password: &str, ip: Option<IpAddr>) -> Result<SessionUser, AppError> {
    let email = rules::validate_log_in(email, password).map_err(AppError::Validation)?;
    let now = crate::core::clock::now();
    let client = ip.map(|ip| ip.to_string());
    let attempt = login_attempt::ActiveModel {
        email: Set(email.clone()),
        ip: Set(client.clone()),
        succeeded: Set(false),
        attempted_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let (from_this_client, from_anywhere) = recent_failures(db, &email, client.as_deref(), attempt.id, now).await?;
    let locked = rules::lockout_minutes_after(&from_this_client, now.timestamp(), rules::MAX_FAILED_LOGINS)
        .or_else(|| rules::lockout_minutes_after(&from_anywhere, now.timestamp(), rules::MAX_FAILED_LOGINS_ANYWHERE));
    if let Some(minutes) = locked {
        // A refused attempt is not a guess: it does not extend the lock.
        login_attempt::Entity::delete_by_id(attempt.id).exec(db).await?;
        return Err(AppError::Validation(vec![FieldError::new("email", Msg::ValLoginLocked).with_param("minutes", minutes)]));
    }
    let person = user::Entity::find().filter(user::Column::Email.eq(&email)).one(db).await?;
    let password_matches = verify_password(password.to_owned(), person.as_ref().map(|p| p.password_hash.clone())).await;
    let succeeded = password_matches && person.is_some();
    if succeeded {
        login_attempt::Entity::update_many()
            .col_expr(login_attempt::Column::Succeeded, sea_orm::sea_query::Expr::value(true))
            .filter(login_attempt::Column::Id.eq(attempt.id))
            .exec(db)
            .await?;
    }
    match person {
        Some(person) if succeeded => load_session_user(db, person).await,
        // One message for a wrong password and an unknown address: no account probing.
        _ => Err(AppError::field("password", Msg::ValLoginWrong)),
    }
}

/// Times of the other attempts in the window since the last successful one, from this
/// client and from anywhere; an attempt still being checked counts as failed.
async fn recent_failures(db: &DatabaseConnection, email: &str, client: Option<&str>, own: i32, now: chrono::DateTime<Utc>) -> Result<(Vec<i64>, Vec<i64>), AppError> {
    let attempts = login_attempt::Entity::find()
        .filter(login_attempt::Column::Email.eq(email))
        .filter(login_attempt::Column::AttemptedAt.gt(now - Duration::seconds(rules::LOGIN_WINDOW_SECONDS)))
        .filter(login_attempt::Column::Id.ne(own))
        .order_by_desc(login_attempt::Column::Id)
        .limit(rules::MAX_FAILED_LOGINS_ANYWHERE as u64 + 1)
        .all(db)
        .await?;
    let failures = |attempts: Vec<&login_attempt::Model>| attempts.into_iter().take_while(|a| !a.succeeded).map(|a| a.attempted_at.timestamp()).collect::<Vec<_>>();
    let from_this_client = failures(attempts.iter().filter(|a| a.ip.as_deref() == client).collect());
    let from_anywhere = failures(attempts.iter().collect());
    Ok((from_this_client, from_anywhere))
}

/// Deletes what is kept no longer than it is needed: sessions past their expiry, and login
/// attempts older than a day (throttling looks back `LOGIN_WINDOW_SECONDS`; a day keeps
/// enough to see an attack afterwards). Gives how many of each went.
pub async fn purge_stale(db: &DatabaseConnection, now: chrono::DateTime<Utc>) -> Result<(u64, u64), AppError> {
    let sessions = session::Entity::delete_many().filter(session::Column::ExpiresAt.lt(now)).exec(db).await?.rows_affected;
    let attempts = login_attempt::Entity::delete_many().filter(login_attempt::Column::AttemptedAt.lt(now - Duration::days(1))).exec(db).await?.rows_affected;
    Ok((sessions, attempts))
}

/// Starts a session and gives the token for the cookie; only its hash is stored, with the
/// browser's `User-Agent` (cut short) so the person can tell their sessions apart.
pub async fn start_session(db: &DatabaseConnection, user_id: i32, user_agent: Option<&str>) -> Result<String, AppError> {
    let token = new_token();
    let now = crate::core::clock::now();
    session::ActiveModel {
        id: Set(token_hash(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(now + Duration::seconds(SESSION_MAX_AGE_SECONDS)),
        user_agent: Set(user_agent.map(|agent| agent.chars().take(USER_AGENT_MAX_CHARS).collect())),
        last_seen_at: Set(Some(now)),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// [`session_user`] as the request middleware takes it (`core::request::SessionLookup`).
pub fn session_lookup(db: DatabaseConnection, token: String) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Option<SessionUser>, AppError>> + Send>> {
    Box::pin(async move { session_user(&db, &token).await })
}

/// The person a session cookie belongs to, if the session exists and has not expired.
pub async fn session_user(db: &DatabaseConnection, token: &str) -> Result<Option<SessionUser>, AppError> {
    let found = session::Entity::find_by_id(token_hash(token))
        .filter(session::Column::ExpiresAt.gt(crate::core::clock::now()))
        .find_also_related(user::Entity)
        .one(db)
        .await?;
    match found {
        Some((found_session, Some(person))) => {
            let now = crate::core::clock::now();
            // "Last seen" to the nearest few minutes: one write per session per interval, not per request.
            if found_session.last_seen_at.is_none_or(|seen| now - seen > Duration::seconds(LAST_SEEN_EVERY_SECONDS)) {
                session::Entity::update_many()
                    .col_expr(session::Column::LastSeenAt, sea_orm::sea_query::Expr::value(Some(now)))
                    .filter(session::Column::Id.eq(found_session.id))
                    .exec(db)
                    .await?;
            }
            Ok(Some(load_session_user(db, person).await?))
        }
        _ => Ok(None),
    }
}

const USER_AGENT_MAX_CHARS: usize = 300;
const LAST_SEEN_EVERY_SECONDS: i64 = 5 * 60;

pub async fn end_session(db: &DatabaseConnection, token: &str) -> Result<(), AppError> {
    session::Entity::delete_by_id(token_hash(token)).exec(db).await?;
    Ok(())
}

/// Key figures about people for the staff overview.
pub struct PeopleFigures {
    pub people: u64,
    pub staff: u64,
    pub active_sessions: u64,
}

pub async fn people_figures(db: &DatabaseConnection) -> Result<PeopleFigures, AppError> {
    let people = user::Entity::find().count(db).await?;
    let staff = user_role::Entity::find()
        .select_only()
        .column(user_role::Column::UserId)
        .filter(user_role::Column::Role.ne(Role::Citizen.key()))
        .distinct()
        .into_tuple::<i32>()
        .all(db)
        .await?
        .len() as u64;
    let active_sessions = session::Entity::find().filter(session::Column::ExpiresAt.gt(crate::core::clock::now())).count(db).await?;
    Ok(PeopleFigures { people, staff, active_sessions })
}

/// Finds or creates an account (demo seed): idempotent by e-mail.
pub async fn ensure_account(db: &DatabaseConnection, name: &str, email: &str, password: &str, roles: &[(Role, Option<i32>)]) -> Result<i32, AppError> {
    if let Some(existing) = user::Entity::find().filter(user::Column::Email.eq(email)).one(db).await? {
        return Ok(existing.id);
    }
    let person = create_account(db, NewAccount { name: name.to_owned(), email: email.to_owned(), password: password.to_owned() }, Locale::Et).await?;
    // The demo's and the tests' people are known: their addresses count as verified.
    mark_verified(db, person.id).await?;
    for &(role, institution_id) in roles.iter().filter(|(role, _)| *role != Role::Citizen) {
        grant_role(db, person.id, role, institution_id).await?;
    }
    Ok(person.id)
}

/// Whether `password` is this account's password (to confirm a grave step).
pub async fn password_matches(db: &DatabaseConnection, user_id: i32, password: &str) -> Result<bool, AppError> {
    let stored = user::Entity::find_by_id(user_id).one(db).await?.map(|u| u.password_hash);
    Ok(verify_password(password.to_owned(), stored).await)
}

/// People's names by account id, for histories and lists that show who did what.
pub async fn names(db: &impl sea_orm::ConnectionTrait, ids: impl IntoIterator<Item = i32>) -> Result<std::collections::BTreeMap<i32, String>, AppError> {
    // The one account that stands for every deleted person is named in the reader's language.
    let locale = crate::core::request::request_context().map(|context| context.boot.locale).unwrap_or_default();
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids.into_iter().collect::<Vec<_>>()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| {
            let name = if u.system_account && u.email == super::privacy::DELETED_PERSON_EMAIL { Msg::DeletedPerson.text(locale).to_owned() } else { u.name };
            (u.id, name)
        })
        .collect())
}

/// A new single-use link's token for `purpose`, if the person may be sent another now
/// (`rules::wait_before_next_link`); only its hash is stored. A refusal names the minutes,
/// for the whole form (the banner's and the reset's forms have no field it belongs to).
async fn issue_link(db: &impl ConnectionTrait, user_id: i32, purpose: TokenPurpose) -> Result<String, AppError> {
    let now = crate::core::clock::now();
    let earlier: Vec<i64> = account_token::Entity::find()
        .filter(account_token::Column::UserId.eq(user_id))
        .filter(account_token::Column::Purpose.eq(purpose.key()))
        .filter(account_token::Column::CreatedAt.gt(now - Duration::seconds(rules::LINK_WINDOW_SECONDS)))
        .all(db)
        .await?
        .into_iter()
        .map(|token| token.created_at.timestamp())
        .collect();
    if let Some(minutes) = rules::wait_before_next_link(&earlier, now.timestamp()) {
        return Err(AppError::Validation(vec![FieldError::new("", Msg::ValLinkWait).with_param("minutes", minutes)]));
    }
    let token = new_token();
    account_token::ActiveModel {
        user_id: Set(user_id),
        purpose: Set(purpose.key().to_owned()),
        token_hash: Set(token_hash(&token)),
        created_at: Set(now),
        expires_at: Set(now + Duration::seconds(purpose.lifetime_seconds())),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Issues a link for `purpose` and queues the e-mail that carries it, in the person's language.
async fn send_link(db: &impl ConnectionTrait, user_id: i32, name: &str, email: &str, locale: Locale, purpose: TokenPurpose) -> Result<(), AppError> {
    let token = issue_link(db, user_id, purpose).await?;
    let url = format!("{}{}{token}", crate::notifications::server::site_url(), purpose.path());
    let (subject, body) = super::mail::link_mail(locale, purpose, name, &url);
    crate::notifications::server::queue(db, email, &subject, &body).await
}

/// Queues the e-mail with the link that proves the person's address.
pub async fn send_verification_link(db: &impl ConnectionTrait, person: &SessionUser) -> Result<(), AppError> {
    send_link(db, person.id, &person.name, &person.email, person.locale, TokenPurpose::VerifyEmail).await
}

/// Takes a link's token: marks it used, once (a conditional update decides between two
/// clicks at once), and gives whose it was. Unknown, used or expired: one message.
async fn use_link(db: &impl ConnectionTrait, token: &str, purpose: TokenPurpose) -> Result<i32, AppError> {
    let now = crate::core::clock::now();
    let invalid = || AppError::field("", Msg::ValLinkInvalid);
    let found = account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(token_hash(token.trim())))
        .filter(account_token::Column::Purpose.eq(purpose.key()))
        .one(db)
        .await?
        .ok_or_else(invalid)?;
    if found.used_at.is_some() || found.expires_at <= now {
        return Err(invalid());
    }
    let taken = account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, sea_orm::sea_query::Expr::value(Some(now)))
        .filter(account_token::Column::Id.eq(found.id))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if taken.rows_affected != 1 {
        return Err(invalid());
    }
    Ok(found.user_id)
}

async fn mark_verified(db: &impl ConnectionTrait, user_id: i32) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(user::Column::EmailVerifiedAt, sea_orm::sea_query::Expr::value(Some(crate::core::clock::now())))
        .filter(user::Column::Id.eq(user_id))
        .filter(user::Column::EmailVerifiedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Follows a verification link: the address is proven. Gives whose it was.
pub async fn verify_email(db: &DatabaseConnection, token: &str) -> Result<i32, AppError> {
    let txn = crate::core::database::begin_write(db).await?;
    let user_id = use_link(&txn, token, TokenPurpose::VerifyEmail).await?;
    mark_verified(&txn, user_id).await?;
    txn.commit().await?;
    Ok(user_id)
}

/// "Forgot your password?": e-mails a reset link if an account has the address. The
/// caller answers the same either way, so nobody learns which addresses have accounts;
/// an address asked for too often is simply sent nothing more for a while.
pub async fn request_password_reset(db: &DatabaseConnection, email: &str) -> Result<(), AppError> {
    let email = rules::normalise_email(email);
    if email.is_empty() {
        return Err(AppError::field("email", Msg::ValEmailRequired));
    }
    if !rules::looks_like_email(&email) {
        return Err(AppError::field("email", Msg::ValEmailInvalid));
    }
    let Some(person) = user::Entity::find().filter(user::Column::Email.eq(&email)).filter(user::Column::SystemAccount.eq(false)).one(db).await? else {
        return Ok(());
    };
    let txn = crate::core::database::begin_write(db).await?;
    match send_link(&txn, person.id, &person.name, &person.email, person.language(), TokenPurpose::ResetPassword).await {
        // Asked for too often: nothing more is sent for a while, and the answer stays the same.
        Err(AppError::Validation(_)) => Ok(()),
        Err(other) => Err(other),
        Ok(()) => Ok(txn.commit().await?),
    }
}

async fn set_password_hash(db: &impl ConnectionTrait, user_id: i32, hash: String) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, sea_orm::sea_query::Expr::value(hash))
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Sets a new password with a reset link, and ends every session of the account: whoever
/// knew the old password is signed out everywhere. Following the link also proves the
/// address. Gives the person, for a fresh session of their own.
pub async fn reset_password(db: &DatabaseConnection, token: &str, password: &str) -> Result<SessionUser, AppError> {
    rules::validate_new_password(password).map_err(AppError::Validation)?;
    let hash = hash_password(password.to_owned()).await?;
    let txn = crate::core::database::begin_write(db).await?;
    let user_id = use_link(&txn, token, TokenPurpose::ResetPassword).await?;
    set_password_hash(&txn, user_id, hash).await?;
    mark_verified(&txn, user_id).await?;
    session::Entity::delete_many().filter(session::Column::UserId.eq(user_id)).exec(&txn).await?;
    txn.commit().await?;
    let person = user::Entity::find_by_id(user_id).one(db).await?.ok_or(AppError::NotFound)?;
    load_session_user(db, person).await
}

/// Changes the password of a signed-in person who knows the current one, and ends their
/// other sessions (this one, `keep`, stays).
pub async fn change_password(db: &DatabaseConnection, user_id: i32, current: &str, new: &str, keep: Option<&str>) -> Result<(), AppError> {
    let mut errors = Vec::new();
    if current.is_empty() {
        errors.push(FieldError::new("current_password", Msg::ValPasswordRequired));
    }
    if let Err(mut more) = rules::validate_new_password(new) {
        more.iter_mut().for_each(|error| error.field = "new_password".to_owned());
        errors.extend(more);
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    if !password_matches(db, user_id, current).await? {
        return Err(AppError::field("current_password", Msg::ValCurrentPasswordWrong));
    }
    let hash = hash_password(new.to_owned()).await?;
    let txn = crate::core::database::begin_write(db).await?;
    set_password_hash(&txn, user_id, hash).await?;
    end_other_sessions(&txn, user_id, keep).await?;
    txn.commit().await?;
    Ok(())
}

/// Ends every session of the person but `keep` (the one asking). Gives how many ended.
pub async fn end_other_sessions(db: &impl ConnectionTrait, user_id: i32, keep: Option<&str>) -> Result<u64, AppError> {
    let mut delete = session::Entity::delete_many().filter(session::Column::UserId.eq(user_id));
    if let Some(keep) = keep {
        delete = delete.filter(session::Column::Id.ne(token_hash(keep)));
    }
    Ok(delete.exec(db).await?.rows_affected)
}

/// The person's live sessions, this one first, then the most recently used.
pub async fn sessions_of(db: &DatabaseConnection, user_id: i32, current: Option<&str>) -> Result<Vec<super::api::SessionRow>, AppError> {
    let current = current.map(token_hash);
    let mut found = session::Entity::find()
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::ExpiresAt.gt(crate::core::clock::now()))
        .all(db)
        .await?;
    let this_one = |s: &session::Model| current.as_deref() == Some(s.id.as_str());
    let last_seen = |s: &session::Model| s.last_seen_at.unwrap_or(s.created_at);
    found.sort_by(|a, b| this_one(b).cmp(&this_one(a)).then(last_seen(b).cmp(&last_seen(a))));
    let local = |at| crate::rooms::rules::to_local(at).format("%d.%m.%Y %H:%M").to_string();
    Ok(found
        .iter()
        .map(|s| super::api::SessionRow {
            id: s.id.clone(),
            browser: s.user_agent.as_deref().and_then(rules::browser_in_words),
            started: local(s.created_at),
            last_seen: local(last_seen(s)),
            this_one: this_one(s),
        })
        .collect())
}

/// Ends one of the person's own sessions, named by its stored id; someone else's is not found.
pub async fn end_own_session(db: &DatabaseConnection, user_id: i32, session_id: &str) -> Result<(), AppError> {
    let ended = session::Entity::delete_many()
        .filter(session::Column::Id.eq(session_id))
        .filter(session::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    if ended.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Stores the person's language.
pub async fn set_locale(db: &DatabaseConnection, user_id: i32, locale: Locale) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(user::Column::Locale, sea_orm::sea_query::Expr::value(locale.code()))
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}
