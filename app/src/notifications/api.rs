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
