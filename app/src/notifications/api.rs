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
                        text: kind.label().text(locale).replace("{subject}", &row.subject),
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
            let described = crate::participation::server::describe_follows(db, &follows, context.boot.locale).await?;
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
            let described = crate::participation::server::describe_follows(db, std::slice::from_ref(&follow), context.boot.locale).await?;
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
