//! Server only: queueing messages in the outbox, inside the caller's transaction, so a
//! status change and its message are saved together or not at all.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, Set};

use super::entity::{outbox, subscription};
use super::kinds::{Delivery, FollowKind, NoticeKind};
use super::mail::Detail;
use crate::core::i18n::Msg;
use crate::error::AppError;

pub async fn queue(db: &impl ConnectionTrait, to_email: &str, subject: &str, body: &str) -> Result<(), AppError> {
    outbox::ActiveModel {
        to_email: Set(to_email.to_owned()),
        subject: Set(subject.to_owned()),
        body: Set(body.to_owned()),
        created_at: Set(crate::core::clock::now()),
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

/// Puts a message in a person's inbox and e-mails it, inside the caller's transaction.
/// The e-mail says what happened, the detail (stage or reason), what happens next and the
/// page's address (`mail::compose`), worded in the person's own language (the inbox shows
/// each reader's page language).
pub async fn tell(db: &impl ConnectionTrait, user_id: i32, kind: NoticeKind, subject: &str, link: &str, detail: Option<Detail>) -> Result<(), AppError> {
    use crate::accounts::entity::user;
    use sea_orm::EntityTrait;
    note_with(db, user_id, kind, subject, link, detail.as_ref()).await?;
    if let Some(person) = user::Entity::find_by_id(user_id).one(db).await? {
        let (mail_subject, body) = super::mail::compose(person.language(), kind, subject, detail.as_ref(), &format!("{}{link}", site_url()), None);
        queue(db, &person.email, &mail_subject, &body).await?;
    }
    Ok(())
}

/// A message in one person's inbox only, for callers that send their own, fuller e-mail
/// (a booking's decision has the times and the reason).
pub async fn note(db: &impl ConnectionTrait, user_id: i32, kind: NoticeKind, subject: &str, link: &str) -> Result<(), AppError> {
    note_with(db, user_id, kind, subject, link, None).await
}

async fn note_with(db: &impl ConnectionTrait, user_id: i32, kind: NoticeKind, subject: &str, link: &str, detail: Option<&Detail>) -> Result<(), AppError> {
    super::entity::notification::ActiveModel {
        user_id: Set(user_id),
        kind: Set(kind.key().to_owned()),
        subject: Set(subject.to_owned()),
        link: Set(link.to_owned()),
        created_at: Set(crate::core::clock::now()),
        read_at: Set(None),
        detail: Set(detail.map(Detail::to_stored)),
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
        .col_expr(notification::Column::ReadAt, Expr::value(Some(crate::core::clock::now())))
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Follows a subject, or changes how a follow is delivered. Once per person and subject
/// (a unique index); a new follow gets its own unsubscribe token.
pub async fn follow(db: &impl ConnectionTrait, user_id: i32, kind: FollowKind, subject_id: i32, mode: Delivery, limit: Option<(super::kinds::Direction, i64)>) -> Result<(), AppError> {
    use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
    use rand::RngCore;
    use sea_orm::SqlErr;
    if let Some(existing) = following(db, user_id, kind, subject_id).await? {
        let mut active: subscription::ActiveModel = existing.into();
        active.mode = Set(mode.key().to_owned());
        active.threshold = Set(limit.map(|(_, value)| value));
        active.direction = Set(limit.map(|(side, _)| side.key().to_owned()));
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
        created_at: Set(crate::core::clock::now()),
        threshold: Set(limit.map(|(_, value)| value)),
        direction: Set(limit.map(|(side, _)| side.key().to_owned())),
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
/// each; immediate followers also get an e-mail with the link and a one-click unsubscribe
/// link, weekly followers get it in their next digest (`send_digests`).
/// `base_url` is the public address links in e-mails start with.
pub async fn tell_followers(db: &impl ConnectionTrait, kind: FollowKind, subject_id: i32, notice: NoticeKind, subject: &str, link: &str, base_url: &str) -> Result<usize, AppError> {
    tell_followers_of(db, &[(kind, subject_id)], notice, subject, link, None, base_url).await
}

/// The same for news that concerns several subjects (a consultation and its topic):
/// someone who follows more than one of them hears of it once.
pub async fn tell_followers_of(db: &impl ConnectionTrait, subjects: &[(FollowKind, i32)], notice: NoticeKind, subject: &str, link: &str, detail: Option<&Detail>, base_url: &str) -> Result<usize, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let mut told = std::collections::BTreeSet::new();
    for (kind, subject_id) in subjects {
        let followers = subscription::Entity::find()
            .filter(subscription::Column::Kind.eq(kind.key()))
            .filter(subscription::Column::SubjectId.eq(*subject_id))
            .order_by_asc(subscription::Column::Id)
            .all(db)
            .await?;
        for follow in followers.iter().filter(|f| f.threshold.is_none()) {
            if told.insert(follow.user_id) {
                tell_follower(db, follow, notice, subject, link, detail, base_url).await?;
            }
        }
    }
    Ok(told.len())
}

/// The public address links in e-mails start with, from the request being served ("" when
/// there is none, as in background jobs, which pass it themselves).
pub fn site_url() -> String {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<crate::core::request::RequestContext>().map(|context| context.services.settings.public_url.clone()))
        .unwrap_or_default()
}

/// One follower's message: in the inbox, and by e-mail now or in the weekly digest.
pub async fn tell_follower(db: &impl ConnectionTrait, follow: &subscription::Model, notice: NoticeKind, subject: &str, link: &str, detail: Option<&Detail>, base_url: &str) -> Result<(), AppError> {
    use crate::accounts::entity::user;
    use sea_orm::EntityTrait;
    let immediate = Delivery::from_key(&follow.mode) == Some(Delivery::Immediate);
    let now = crate::core::clock::now();
    super::entity::notification::ActiveModel {
        user_id: Set(follow.user_id),
        kind: Set(notice.key().to_owned()),
        subject: Set(subject.to_owned()),
        link: Set(link.to_owned()),
        created_at: Set(now),
        read_at: Set(None),
        subscription_id: Set(Some(follow.id)),
        // An immediate follower's e-mail goes now: nothing waits for a digest.
        digested_at: Set(immediate.then_some(now)),
        detail: Set(detail.map(Detail::to_stored)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    if !immediate {
        return Ok(());
    }
    let Some(person) = user::Entity::find_by_id(follow.user_id).one(db).await? else { return Ok(()) };
    let unsubscribe = format!("{base_url}/unsubscribe/{}", follow.token);
    let (mail_subject, body) = super::mail::compose(person.language(), notice, subject, detail, &format!("{base_url}{link}"), Some(&unsubscribe));
    queue(db, &person.email, &mail_subject, &body).await
}

/// Tells an indicator's followers whose threshold its new latest value crosses.
pub async fn tell_threshold_followers(db: &impl ConnectionTrait, indicator_id: i32, name: &str, link: &str, previous: Option<i64>, latest: i64, base_url: &str) -> Result<usize, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let followers = subscription::Entity::find().filter(subscription::Column::Kind.eq(FollowKind::Indicator.key())).filter(subscription::Column::SubjectId.eq(indicator_id)).all(db).await?;
    let mut told = 0;
    for follow in &followers {
        let side = follow.direction.as_deref().and_then(super::kinds::Direction::from_key);
        if let (Some(side), Some(threshold)) = (side, follow.threshold) {
            if super::delivery::crossed(side, threshold, previous, latest) {
                // Say which way: "dropped below" for a "drops below" alert, never "exceeded".
                let kind = match side {
                    super::kinds::Direction::Below => NoticeKind::IndicatorFellBelow,
                    super::kinds::Direction::Above => NoticeKind::IndicatorRoseAbove,
                };
                tell_follower(db, follow, kind, name, link, None, base_url).await?;
                told += 1;
            }
        }
    }
    Ok(told)
}

/// Sends the weekly digests that are due at `now`: to each person, one e-mail with every
/// message their weekly follows brought before the latest Monday 08:00 that has not gone
/// out yet. Marking the messages first (a conditional update) keeps two app servers from
/// sending the same digest twice. Returns how many e-mails were queued.
pub async fn send_digests(db: &DatabaseConnection, base_url: &str, now: DateTime<Utc>) -> Result<usize, AppError> {
    use super::entity::notification;
    use crate::accounts::entity::user;
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let boundary = super::delivery::digest_boundary(crate::rooms::rules::to_local(now));
    let boundary = crate::rooms::rules::local_to_utc(boundary.date(), boundary.time()).unwrap_or(now);
    let due = notification::Entity::find()
        .filter(notification::Column::SubscriptionId.is_not_null())
        .filter(notification::Column::DigestedAt.is_null())
        .filter(notification::Column::CreatedAt.lt(boundary))
        .order_by_asc(notification::Column::Id)
        .all(db)
        .await?;
    let mut by_person: std::collections::BTreeMap<i32, Vec<notification::Model>> = std::collections::BTreeMap::new();
    for message in due {
        by_person.entry(message.user_id).or_default().push(message);
    }
    let mut sent = 0;
    for (person_id, messages) in by_person {
        let txn = crate::core::database::begin_write(db).await?;
        let ids: Vec<i32> = messages.iter().map(|m| m.id).collect();
        let marked = notification::Entity::update_many()
            .col_expr(notification::Column::DigestedAt, Expr::value(Some(now)))
            .filter(notification::Column::Id.is_in(ids.clone()))
            .filter(notification::Column::DigestedAt.is_null())
            .exec(&txn)
            .await?;
        if marked.rows_affected != ids.len() as u64 {
            // Another server is sending this digest.
            txn.rollback().await?;
            continue;
        }
        let Some(person) = user::Entity::find_by_id(person_id).one(&txn).await? else {
            txn.commit().await?;
            continue;
        };
        let follows: std::collections::BTreeMap<i32, subscription::Model> = subscription::Entity::find()
            .filter(subscription::Column::UserId.eq(person_id))
            .all(&txn)
            .await?
            .into_iter()
            .map(|f| (f.id, f))
            .collect();
        // In the person's own language, like every e-mail to them.
        let locale = person.language();
        let mut body = String::new();
        for message in &messages {
            let Some(kind) = NoticeKind::from_key(&message.kind) else { continue };
            let detail = Detail::from_stored(message.detail.as_deref());
            body.push_str(&format!("• {}\n  {base_url}{}\n", super::mail::inbox_text(locale, kind, &message.subject, detail.as_ref()), message.link));
            if let Some(follow) = message.subscription_id.and_then(|id| follows.get(&id)) {
                body.push_str(&format!("  {}: {base_url}/unsubscribe/{}\n", Msg::MailUnsubscribe.text(locale), follow.token));
            }
            body.push('\n');
        }
        body.push_str(&format!("{}: {base_url}/my/subscriptions\n", Msg::DigestManage.text(locale)));
        let subject = Msg::DigestSubject.text(locale).replace("{count}", &messages.len().to_string());
        queue(&txn, &person.email, &subject, &body).await?;
        txn.commit().await?;
        sent += 1;
    }
    Ok(sent)
}
