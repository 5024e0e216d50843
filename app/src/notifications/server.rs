//! Server only: queueing messages in the outbox, inside the caller's transaction, so a
//! status change and its message are saved together or not at all.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

use super::entity::{outbox, subscription};
use super::kinds::{Delivery, FollowKind, NoticeKind};
use crate::core::i18n::Msg;
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
    note(db, user_id, kind, subject, link).await?;
    if let Some(person) = user::Entity::find_by_id(user_id).one(db).await? {
        let text = kind.label().text(Locale::Et).replace("{subject}", subject);
        queue(db, &person.email, &text, &text).await?;
    }
    Ok(())
}

/// A message in one person's inbox only, for callers that send their own, fuller e-mail
/// (a booking's decision has the times and the reason).
pub async fn note(db: &impl ConnectionTrait, user_id: i32, kind: super::kinds::NoticeKind, subject: &str, link: &str) -> Result<(), AppError> {
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

/// Follows a subject, or changes how a follow is delivered. Once per person and subject
/// (a unique index); a new follow gets its own unsubscribe token.
pub async fn follow(db: &impl ConnectionTrait, user_id: i32, kind: FollowKind, subject_id: i32, mode: Delivery) -> Result<(), AppError> {
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
    use rand::RngCore;
    use sea_orm::SqlErr;
    if let Some(existing) = following(db, user_id, kind, subject_id).await? {
        let mut active: subscription::ActiveModel = existing.into();
        active.mode = Set(mode.key().to_owned());
        active.update(db).await?;
        return Ok(());
    }
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let inserted = subscription::ActiveModel {
        user_id: Set(user_id),
        kind: Set(kind.key().to_owned()),
        subject_id: Set(subject_id),
        mode: Set(mode.key().to_owned()),
        token: Set(URL_SAFE_NO_PAD.encode(bytes)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    match inserted {
        Ok(_) => Ok(()),
        // A second click at the same moment: the first one's follow stands.
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => Ok(()),
        Err(err) => Err(err.into()),
    }
}

pub async fn following(db: &impl ConnectionTrait, user_id: i32, kind: FollowKind, subject_id: i32) -> Result<Option<subscription::Model>, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    Ok(subscription::Entity::find()
        .filter(subscription::Column::UserId.eq(user_id))
        .filter(subscription::Column::Kind.eq(kind.key()))
        .filter(subscription::Column::SubjectId.eq(subject_id))
        .one(db)
        .await?)
}

pub async fn subscriptions_of(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<subscription::Model>, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    Ok(subscription::Entity::find().filter(subscription::Column::UserId.eq(user_id)).order_by_desc(subscription::Column::Id).all(db).await?)
}

/// Ends one of the person's own follows.
pub async fn unfollow(db: &impl ConnectionTrait, user_id: i32, id: i32) -> Result<(), AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let gone = subscription::Entity::delete_many().filter(subscription::Column::Id.eq(id)).filter(subscription::Column::UserId.eq(user_id)).exec(db).await?;
    if gone.rows_affected == 1 {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

pub async fn by_token(db: &impl ConnectionTrait, token: &str) -> Result<Option<subscription::Model>, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    Ok(subscription::Entity::find().filter(subscription::Column::Token.eq(token)).one(db).await?)
}

/// The unsubscribe link's action: no login, the token is the key.
pub async fn unsubscribe(db: &impl ConnectionTrait, token: &str) -> Result<(), AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let gone = subscription::Entity::delete_many().filter(subscription::Column::Token.eq(token)).exec(db).await?;
    if gone.rows_affected == 1 {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Tells everyone who follows a subject, in the caller's transaction: an inbox message
/// each, and for immediate followers an e-mail with the link and a one-click unsubscribe
/// link. Weekly followers get the inbox message; their digest is not sent yet.
/// `base_url` is the public address links in e-mails start with.
pub async fn tell_followers(db: &impl ConnectionTrait, kind: FollowKind, subject_id: i32, notice: NoticeKind, subject: &str, link: &str, base_url: &str) -> Result<usize, AppError> {
    use crate::accounts::entity::user;
    use crate::core::i18n::Locale;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let followers = subscription::Entity::find().filter(subscription::Column::Kind.eq(kind.key())).filter(subscription::Column::SubjectId.eq(subject_id)).all(db).await?;
    for follow in &followers {
        super::entity::notification::ActiveModel {
            user_id: Set(follow.user_id),
            kind: Set(notice.key().to_owned()),
            subject: Set(subject.to_owned()),
            link: Set(link.to_owned()),
            created_at: Set(Utc::now()),
            read_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
        if Delivery::from_key(&follow.mode) != Some(Delivery::Immediate) {
            continue;
        }
        let Some(person) = user::Entity::find_by_id(follow.user_id).one(db).await? else { continue };
        let text = notice.label().text(Locale::Et).replace("{subject}", subject);
        let body = format!("{text}\n\n{base_url}{link}\n\n{}: {base_url}/unsubscribe/{}\n", Msg::MailUnsubscribe.text(Locale::Et), follow.token);
        queue(db, &person.email, &text, &body).await?;
    }
    Ok(followers.len())
}
