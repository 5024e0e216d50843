//! The inbox's server functions: a person's messages, and marking them read.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxMessage {
    pub text: String,
    pub link: String,
    pub when: String,
    pub unread: bool,
}

#[server(prefix = "/api", endpoint = "inbox/list")]
pub async fn load_inbox() -> Result<Vec<InboxMessage>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_user()?;
            let context = request::request_context()?;
            let locale = context.boot.locale;
            let rows = super::server::inbox(&context.services.db, person.id).await?;
            Ok(rows
                .into_iter()
                .filter_map(|row| {
                    let kind = super::kinds::NoticeKind::from_key(&row.kind)?;
                    Some(InboxMessage {
                        text: super::mail::inbox_text(locale, kind, &row.subject, super::mail::Detail::from_stored(row.detail.as_deref()).as_ref()),
                        link: row.link,
                        when: crate::rooms::rules::to_local(row.created_at).format("%Y-%m-%d %H:%M").to_string(),
                        unread: row.read_at.is_none(),
                    })
                })
                .collect())
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "inbox/read")]
pub async fn mark_inbox_read() -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_user()?;
        super::server::mark_all_read(&request::db()?, person.id).await?;
        Ok(("/my/inbox".to_owned(), Some(Msg::NoticeInboxRead)))
    }
    .await;
    request::finish_form("inbox", &[], result)
}

/// One follow as `/my/subscriptions` shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowView {
    pub id: i32,
    pub kind: super::kinds::FollowKind,
    pub title: String,
    pub link: String,
    pub mode: super::kinds::Delivery,
}

#[server(prefix = "/api", endpoint = "subscriptions/list")]
pub async fn load_subscriptions() -> Result<Vec<FollowView>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_user()?;
            let context = request::request_context()?;
            let db = &context.services.db;
            let follows = super::server::subscriptions_of(db, person.id).await?;
            let described = super::subjects::describe(db, &follows, context.boot.locale).await?;
            Ok(follows
                .into_iter()
                .zip(described)
                .filter_map(|(follow, (title, link))| {
                    Some(FollowView { id: follow.id, kind: super::kinds::FollowKind::from_key(&follow.kind)?, title, link, mode: super::kinds::Delivery::from_key(&follow.mode)? })
                })
                .collect())
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "subscriptions/stop")]
pub async fn stop_following(id: i32) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_user()?;
        super::server::unfollow(&request::db()?, person.id, id).await?;
        Ok(("/my/subscriptions".to_owned(), Some(Msg::NoticeUnfollowed)))
    }
    .await;
    request::finish_form("subscriptions", &[], result)
}

/// What an unsubscribe link is about: the subject's title, or None when the follow has
/// already ended. No login: the token is the key.
#[server(prefix = "/api", endpoint = "unsubscribe/about")]
pub async fn load_unsubscribe(token: String) -> Result<Option<String>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let context = request::request_context()?;
            let db = &context.services.db;
            let Some(follow) = super::server::by_token(db, &token).await? else { return Ok(None) };
            let described = super::subjects::describe(db, std::slice::from_ref(&follow), context.boot.locale).await?;
            Ok(Some(described.into_iter().next().map(|(title, _)| title).unwrap_or_default()))
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "unsubscribe")]
pub async fn unsubscribe(token: String) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        super::server::unsubscribe(&request::db()?, &token).await?;
        Ok(("/unsubscribe/done".to_owned(), Some(Msg::UnsubscribeDone)))
    }
    .await;
    request::finish_form("unsubscribe", &[], result)
}

/// One e-mail as administrators see it in `/admin/outbox`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxRow {
    pub to: String,
    pub subject: String,
    pub body: String,
    pub created: String,
    pub sent: Option<String>,
    pub attempts: i32,
    pub last_error: Option<String>,
}

/// The newest 200 e-mails, sent or waiting (administrators).
#[server(prefix = "/api", endpoint = "admin/outbox")]
pub async fn load_outbox() -> Result<Vec<OutboxRow>, AppError> {
    use crate::core::request;
    use sea_orm::{EntityTrait, QueryOrder, QuerySelect};
    request::answer(
        async {
            let person = request::require_staff()?;
            if !person.is_administrator() {
                return Err(AppError::Forbidden);
            }
            let time = |at: chrono::DateTime<chrono::Utc>| crate::rooms::rules::to_local(at).format("%Y-%m-%d %H:%M").to_string();
            let rows = super::entity::outbox::Entity::find().order_by_desc(super::entity::outbox::Column::Id).limit(200).all(&request::db()?).await?;
            Ok(rows
                .into_iter()
                .map(|row| OutboxRow { to: row.to_email, subject: row.subject, body: row.body, created: time(row.created_at), sent: row.sent_at.map(time), attempts: row.attempts, last_error: row.last_error })
                .collect())
        }
        .await,
    )
}

/// Follows any followable subject (or changes how): `kind` is a `FollowKind` key, `key`
/// the page's slug or id, `back` the page to return to.
#[server(prefix = "/api", endpoint = "follow")]
pub async fn follow_subject(kind: String, key: String, mode: String, back: String) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_verified_user()?;
        let kind = super::kinds::FollowKind::from_key(&kind).ok_or(AppError::BadRequest)?;
        let mode = super::kinds::Delivery::from_key(&mode).ok_or_else(|| AppError::field("mode", Msg::ValChooseFromList))?;
        let db = request::db()?;
        let id = super::subjects::resolve(&db, &person, kind, &key).await?;
        super::server::follow(&db, person.id, kind, id, mode, None).await?;
        Ok((format!("{}#follow", request::safe_return_path(Some(&back))), Some(Msg::NoticeFollowing)))
    }
    .await;
    request::finish_form("follow", &[], result)
}

/// How the signed-in person follows a subject, if they do (None also when signed out).
#[server(prefix = "/api", endpoint = "follow/state")]
pub async fn load_following(kind: String, key: String) -> Result<Option<super::kinds::Delivery>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let Some(person) = request::current_user()? else { return Ok(None) };
            let kind = super::kinds::FollowKind::from_key(&kind).ok_or(AppError::BadRequest)?;
            let db = request::db()?;
            let id = match super::subjects::resolve(&db, &person, kind, &key).await {
                Ok(id) => id,
                Err(AppError::NotFound | AppError::Forbidden) => return Ok(None),
                Err(other) => return Err(other),
            };
            Ok(super::server::following(&db, person.id, kind, id).await?.and_then(|f| super::kinds::Delivery::from_key(&f.mode)))
        }
        .await,
    )
}

/// "Tell me when waste handed over drops below 20 000 t": follows an indicator with a
/// threshold, written as people write numbers, in the indicator's unit.
#[server(prefix = "/api", endpoint = "follow/indicator")]
pub async fn follow_indicator(indicator: String, direction: String, threshold: String, alert_mode: String, back: String) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_verified_user()?;
        let mut errors = Vec::new();
        let side = super::kinds::Direction::from_key(&direction);
        if side.is_none() {
            errors.push(crate::error::FieldError::new("direction", Msg::ValChooseFromList));
        }
        let limit = crate::participation::editor::parse_hundredths(&threshold);
        if limit.is_none() {
            errors.push(crate::error::FieldError::new("threshold", Msg::ValFollowThreshold));
        }
        let mode = super::kinds::Delivery::from_key(&alert_mode);
        if mode.is_none() {
            errors.push(crate::error::FieldError::new("alert_mode", Msg::ValChooseFromList));
        }
        let (Some(side), Some(limit), Some(mode)) = (side, limit, mode) else { return Err(AppError::Validation(errors)) };
        let db = request::db()?;
        let id = super::subjects::resolve(&db, &person, super::kinds::FollowKind::Indicator, &indicator).await.map_err(|_| AppError::field("indicator", Msg::ValChooseFromList))?;
        super::server::follow(&db, person.id, super::kinds::FollowKind::Indicator, id, mode, Some((side, limit))).await?;
        Ok((format!("{}#follow-indicator", request::safe_return_path(Some(&back))), Some(Msg::NoticeFollowing)))
    }
    .await;
    request::finish_form("follow-indicator", &[("indicator", &indicator), ("direction", &direction), ("threshold", &threshold), ("alert_mode", &alert_mode)], result)
}
