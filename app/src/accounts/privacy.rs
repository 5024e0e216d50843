//! A person's rights over their data (GDPR): everything stored about them as one JSON
//! document, and deleting the account. What they wrote for others stays, under "a deleted
//! person", unless they ask for it to be erased too; what was only theirs (sessions,
//! roles, follows, messages, e-mail copies, supports, survey answers, reports) goes with
//! the account.


use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, FromQueryResult, JsonValue, PaginatorTrait, QueryFilter, Statement};
use serde_json::json;

use super::entity::user;
use crate::core::database::begin_write;
use crate::core::i18n::Msg;
use crate::core::roles::SessionUser;
use crate::error::AppError;

/// Where a person's data is, by table and column, and the columns never exported
/// (secrets that are not theirs to keep: hashes and tokens).
const PERSONAL_DATA: &[(&str, &str, &str, &[&str])] = &[
    ("account", "users", "id", &["password_hash"]),
    ("roles", "user_roles", "user_id", &[]),
    ("bookings", "bookings", "user_id", &[]),
    ("comments", "consultation_comments", "author_id", &[]),
    ("consultation_supports", "consultation_supports", "user_id", &[]),
    ("survey_answers", "survey_responses", "user_id", &[]),
    ("ideas", "ideas", "author_id", &[]),
    ("idea_supports", "idea_supports", "user_id", &[]),
    ("reports_made", "comment_reports", "reporter_id", &[]),
    ("idea_reports_made", "idea_reports", "reporter_id", &[]),
    ("inbox", "notifications", "user_id", &[]),
    ("follows", "subscriptions", "user_id", &["token"]),
    ("data_submissions", "submissions", "submitter_id", &[]),
    ("development_proposals", "proposals", "proposer_id", &[]),
];

/// The account content is handed to when its author leaves: shown as a deleted person. A
/// system account; its `email` is this key, which no address is (it has no `@`).
pub const DELETED_PERSON_EMAIL: &str = crate::migrations::DELETED_PERSON_KEY;
const DELETED_PERSON_NAME: &str = "Kustutatud kasutaja";

fn by_owner(db: &impl ConnectionTrait, table: &str, column: &str, owner: sea_orm::Value) -> Statement {
    let backend = db.get_database_backend();
    let placeholder = if backend == sea_orm::DatabaseBackend::Postgres { "$1" } else { "?" };
    Statement::from_sql_and_values(backend, format!("SELECT * FROM {table} WHERE {column} = {placeholder} ORDER BY id"), [owner])
}

/// Everything stored about this person, table by table, as JSON.
pub async fn export(db: &DatabaseConnection, person: &SessionUser) -> Result<JsonValue, AppError> {
    let mut document = serde_json::Map::new();
    document.insert("exported_at".to_owned(), json!(crate::core::clock::now().to_rfc3339()));
    document.insert("service".to_owned(), json!("Raekoda"));
    for (name, table, column, secret) in PERSONAL_DATA {
        let mut rows = JsonValue::find_by_statement(by_owner(db, table, column, person.id.into())).all(db).await?;
        for row in &mut rows {
            if let Some(object) = row.as_object_mut() {
                for key in *secret {
                    object.remove(*key);
                }
            }
        }
        document.insert((*name).to_owned(), JsonValue::Array(rows));
    }
    // The e-mails the city sent (or is about to send) them, by address.
    let emails = JsonValue::find_by_statement(by_owner(db, "outbox", "to_email", person.email.clone().into())).all(db).await?;
    document.insert("emails".to_owned(), JsonValue::Array(emails));
    Ok(JsonValue::Object(document))
}

/// Deletes the account once the password confirms it is this person. Refused while
/// they have bookings still to come (a room must not stay held by nobody): those are
/// cancelled first, by them. With `erase`, their comments and ideas are emptied too.
pub async fn delete_account(db: &DatabaseConnection, person: &SessionUser, password: &str, erase: bool) -> Result<(), AppError> {
    use crate::participation::entity::{comment, idea};
    use crate::proposals::entity::proposal;
    use crate::rooms::entity::booking;
    use crate::rooms::model::BookingStatus;
    if !super::server::password_matches(db, person.id, password).await? {
        return Err(AppError::field("password", Msg::ValDeletePassword));
    }
    let upcoming = booking::Entity::find()
        .filter(booking::Column::UserId.eq(person.id))
        .filter(booking::Column::Status.is_in(BookingStatus::ACTIVE.iter().map(|s| s.key())))
        .filter(booking::Column::EndAt.gt(crate::core::clock::now()))
        .count(db)
        .await?;
    if upcoming > 0 {
        return Err(AppError::Conflict(Msg::DeleteHasBookings));
    }
    let heir = deleted_person(db).await?;
    let txn = begin_write(db).await?;
    let removed = Some(Msg::DeletedByAuthor.text(crate::core::i18n::Locale::Et).to_owned());
    let comments = comment::Entity::update_many().col_expr(comment::Column::AuthorId, sea_orm::sea_query::Expr::value(heir));
    let comments = if erase {
        comments
            .col_expr(comment::Column::Body, sea_orm::sea_query::Expr::value(String::new()))
            .col_expr(comment::Column::Hidden, sea_orm::sea_query::Expr::value(true))
            .col_expr(comment::Column::HiddenReason, sea_orm::sea_query::Expr::value(removed.clone()))
    } else {
        comments
    };
    comments.filter(comment::Column::AuthorId.eq(person.id)).exec(&txn).await?;
    if erase {
        idea::Entity::update_many()
            .col_expr(idea::Column::Title, sea_orm::sea_query::Expr::value("—"))
            .col_expr(idea::Column::Description, sea_orm::sea_query::Expr::value(String::new()))
            .col_expr(idea::Column::Hidden, sea_orm::sea_query::Expr::value(true))
            .col_expr(idea::Column::HiddenReason, sea_orm::sea_query::Expr::value(removed))
            .col_expr(idea::Column::Latitude, sea_orm::sea_query::Expr::value(Option::<f64>::None))
            .col_expr(idea::Column::Longitude, sea_orm::sea_query::Expr::value(Option::<f64>::None))
            .filter(idea::Column::AuthorId.eq(person.id))
            .exec(&txn)
            .await?;
    }
    // Development proposals are the city's work: they stay, under the deleted person.
    proposal::Entity::update_many().col_expr(proposal::Column::ProposerId, sea_orm::sea_query::Expr::value(heir)).filter(proposal::Column::ProposerId.eq(person.id)).exec(&txn).await?;
    // Ideas, bookings and submissions keep no owner (their foreign keys set it to null);
    // roles, sessions, follows, the inbox, supports, answers and reports go with the row.
    // Copies of the e-mails sent to them go too (a waiting one would go to nobody's account).
    crate::notifications::entity::outbox::Entity::delete_many().filter(crate::notifications::entity::outbox::Column::ToEmail.eq(person.email.clone())).exec(&txn).await?;
    super::entity::login_attempt::Entity::delete_many().filter(super::entity::login_attempt::Column::Email.eq(person.email.to_lowercase())).exec(&txn).await?;
    user::Entity::delete_by_id(person.id).exec(&txn).await?;
    txn.commit().await?;
    tracing::info!(person = person.id, erase, "account deleted at its owner's request");
    Ok(())
}

/// The account that keeps what deleted people wrote; it cannot log in.
async fn deleted_person(db: &DatabaseConnection) -> Result<i32, AppError> {
    use sea_orm::{ActiveModelTrait, Set};
    let deleted_person = || user::Entity::find().filter(user::Column::Email.eq(DELETED_PERSON_EMAIL)).filter(user::Column::SystemAccount.eq(true));
    if let Some(found) = deleted_person().one(db).await? {
        return Ok(found.id);
    }
    let now = crate::core::clock::now();
    // "!" is no argon2 hash: no password ever matches it.
    let created = user::ActiveModel { email: Set(DELETED_PERSON_EMAIL.to_owned()), name: Set(DELETED_PERSON_NAME.to_owned()), password_hash: Set("!".to_owned()), terms_accepted_at: Set(now), created_at: Set(now), system_account: Set(true), ..Default::default() }
        .insert(db)
        .await;
    match created {
        Ok(model) => Ok(model.id),
        // Two deletions at once: the other one made it.
        Err(_) => deleted_person().one(db).await?.map(|u| u.id).ok_or(AppError::Internal),
    }
}

/// `GET /account/my-data.json`: the export, as a file to keep.
pub async fn download(request: axum::extract::Request) -> axum::response::Response {
    use axum::http::{header, StatusCode};
    use axum::response::IntoResponse;
    let Some(context) = request.extensions().get::<crate::core::request::RequestContext>().cloned() else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Some(person) = context.boot.user.clone() else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, "/login?next=/account")]).into_response();
    };
    match export(&context.services.db, &person).await {
        Ok(document) => (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, "application/json; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"raekoda-my-data.json\""),
                (header::CACHE_CONTROL, "private, no-store"),
            ],
            serde_json::to_string_pretty(&document).unwrap_or_default(),
        )
            .into_response(),
        Err(error) => (StatusCode::from_u16(error.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR), error.user_message().text(context.boot.locale).to_owned()).into_response(),
    }
}
