//! Ideas' server functions and what they return. Reading is open to everyone; submitting,
//! supporting and reporting need a signed-in person; the review list is for staff.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::ideas::IdeaStatus;
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaCard {
    pub id: i32,
    pub title: String,
    pub topic: String,
    pub status: IdeaStatus,
    pub supports: i32,
    pub threshold: i32,
    pub created: String,
    /// (latitude, longitude)
    pub place: Option<(f64, f64)>,
}

/// `/ideas` filters, as GET parameters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdeaFilter {
    pub topic: Option<String>,
    pub status: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaList {
    pub items: Vec<IdeaCard>,
    /// (slug, name)
    pub topics: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdeaView {
    pub card: IdeaCard,
    pub topic_slug: String,
    /// Empty when hidden by a moderator.
    pub description: String,
    pub author: String,
    pub answer: Option<String>,
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    pub mine: bool,
    pub supported: bool,
    /// How this person follows it, if they do.
    pub following: Option<crate::notifications::kinds::Delivery>,
}

/// `filter` is optional on the wire: with every filter empty the browser sends nothing.
#[server(prefix = "/api", endpoint = "ideas/list")]
pub async fn list_ideas(filter: Option<IdeaFilter>) -> Result<IdeaList, AppError> {
    use crate::core::request;
    let filter = filter.unwrap_or_default();
    request::answer(
        async {
            let context = request::request_context()?;
            super::ideas_server::idea_list(&context.services.db, &filter, context.boot.locale).await
        }
        .await,
    )
}

/// The topics an idea can be about: (slug, name).
#[server(prefix = "/api", endpoint = "ideas/topics")]
pub async fn load_idea_topics() -> Result<Vec<(String, String)>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let context = request::request_context()?;
            super::ideas_server::topic_choices(&context.services.db, context.boot.locale).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "ideas/get")]
pub async fn get_idea(id: i32) -> Result<IdeaView, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let context = request::request_context()?;
            super::ideas_server::idea_view(&context.services.db, id, context.boot.user.as_ref(), context.boot.locale).await
        }
        .await,
    )
}

/// A new idea; opens it once saved.
#[server(prefix = "/api", endpoint = "ideas/submit")]
pub async fn submit_idea(title: String, description: String, topic: String, latitude: Option<String>, longitude: Option<String>) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let input = super::ideas::IdeaInput { title, description, topic, latitude: latitude.unwrap_or_default(), longitude: longitude.unwrap_or_default() };
    let result = async {
        let person = request::require_verified_user()?;
        let id = super::ideas_server::submit(&request::db()?, &person, &input).await?;
        Ok((format!("/ideas/{id}"), Some(Msg::NoticeIdeaSubmitted)))
    }
    .await;
    request::finish_form(
        "idea",
        &[("title", &input.title), ("description", &input.description), ("topic", &input.topic), ("latitude", &input.latitude), ("longitude", &input.longitude)],
        result,
    )
}

/// Supports an idea, once.
#[server(prefix = "/api", endpoint = "ideas/support")]
pub async fn support_idea(id: i32) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_verified_user()?;
        super::ideas_server::support(&request::db()?, &person, id).await?;
        Ok((format!("/ideas/{id}?supported=1#support"), Some(Msg::NoticeSupported)))
    }
    .await;
    request::finish_form("idea-support", &[], result)
}

#[server(prefix = "/api", endpoint = "ideas/report")]
pub async fn report_idea(id: i32, reason: String) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_verified_user()?;
        super::ideas_server::report(&request::db()?, &person, id, &reason).await?;
        Ok((format!("/ideas/{id}?reported=1#report"), Some(Msg::NoticeIdeaReported)))
    }
    .await;
    request::finish_form("idea-report", &[("reason", &reason)], result)
}

/// The city's review list: ideas that reached their topic's threshold, oldest first.
#[server(prefix = "/api", endpoint = "admin/ideas/list")]
pub async fn idea_review_list() -> Result<Vec<IdeaCard>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            super::ideas_server::review_list(&context.services.db, &person, context.boot.locale).await
        }
        .await,
    )
}

/// The city answers an idea in review (administrators); its author is told.
#[server(prefix = "/api", endpoint = "admin/ideas/answer")]
pub async fn answer_idea(id: i32, answer: String) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_staff()?;
        let context = request::request_context()?;
        super::ideas_server::answer(&context.services.db, &person, id, &answer, &context.services.settings.public_url).await?;
        Ok((format!("/ideas/{id}#answer"), Some(Msg::NoticeIdeaAnswered)))
    }
    .await;
    request::finish_form("idea-answer", &[("answer", &answer)], result)
}

