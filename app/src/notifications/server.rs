//! Server only: queueing messages in the outbox, inside the caller's transaction, so a
//! status change and its message are saved together or not at all.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

use super::entity::outbox;
use crate::error::AppError;

pub async fn queue(db: &impl ConnectionTrait, to_email: &str, subject: &str, body: &str) -> Result<(), AppError> {
    outbox::ActiveModel {
        to_email: Set(to_email.to_owned()),
        subject: Set(subject.to_owned()),
        body: Set(body.to_owned()),
        created_at: Set(Utc::now()),
        sent_at: Set(None),
        attempts: Set(0),
        next_attempt_at: Set(None),
        claimed_until: Set(None),
        last_error: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Puts a message in a person's inbox and queues the same as an e-mail, inside the
/// caller's transaction. Worded in Estonian for the e-mail: people have no language
/// setting yet (the inbox shows each reader's own language).
pub async fn tell(db: &impl ConnectionTrait, user_id: i32, kind: super::kinds::NoticeKind, subject: &str, link: &str) -> Result<(), AppError> {
    use crate::accounts::entity::user;
    use crate::core::i18n::Locale;
    use sea_orm::EntityTrait;
    super::entity::notification::ActiveModel {
        user_id: Set(user_id),
        kind: Set(kind.key().to_owned()),
        subject: Set(subject.to_owned()),
        link: Set(link.to_owned()),
        created_at: Set(Utc::now()),
        read_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    if let Some(person) = user::Entity::find_by_id(user_id).one(db).await? {
        let text = kind.label().text(Locale::Et).replace("{subject}", subject);
        queue(db, &person.email, &text, &text).await?;
    }
    Ok(())
}

/// One person's inbox, newest first.
pub async fn inbox(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<super::entity::notification::Model>, AppError> {
    use super::entity::notification;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    Ok(notification::Entity::find().filter(notification::Column::UserId.eq(user_id)).order_by_desc(notification::Column::Id).all(db).await?)
}

/// Marks all of a person's messages read.
pub async fn mark_all_read(db: &impl ConnectionTrait, user_id: i32) -> Result<(), AppError> {
    use super::entity::notification;
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Some(Utc::now())))
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
