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

use super::entity::{login_attempt, session, user, user_role};
use super::rules::{self, NewAccount};
use crate::core::cookies::SESSION_MAX_AGE_SECONDS;
use crate::core::i18n::Msg;
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

fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Creates the account with the citizen role. A taken address is a field error, also
/// when two sign-ups race (the unique index decides).
pub async fn create_account(db: &DatabaseConnection, account: NewAccount) -> Result<SessionUser, AppError> {
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
    Ok(SessionUser { id: person.id, name: person.name, email: person.email, roles })
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

/// Starts a session and gives the token for the cookie; only its hash is stored.
pub async fn start_session(db: &DatabaseConnection, user_id: i32) -> Result<String, AppError> {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let now = crate::core::clock::now();
    session::ActiveModel {
        id: Set(token_hash(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(now + Duration::seconds(SESSION_MAX_AGE_SECONDS)),
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
        Some((_, Some(person))) => Ok(Some(load_session_user(db, person).await?)),
        _ => Ok(None),
    }
}

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
    let person = create_account(db, NewAccount { name: name.to_owned(), email: email.to_owned(), password: password.to_owned() }).await?;
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
