//! Participation's server functions and what they return. Reading is open to everyone;
//! commenting, replying, reporting and supporting need a signed-in person.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::model::{Phase, YearValue};
use crate::error::{AppError, FieldError};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicCard {
    pub slug: String,
    pub name: String,
    pub narrative: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorView {
    pub slug: String,
    pub name: String,
    pub unit: String,
    pub decimals: u8,
    /// Oldest year first.
    pub values: Vec<YearValue>,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationCard {
    pub slug: String,
    pub title: String,
    pub topic: String,
    pub district: String,
    pub phase: Phase,
    pub opens_on: String,
    pub closes_on: String,
    /// (latitude, longitude)
    pub place: Option<(f64, f64)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TopicHub {
    pub slug: String,
    pub name: String,
    pub narrative: String,
    pub indicators: Vec<IndicatorView>,
    /// (slug, name)
    pub plans: Vec<(String, String)>,
    pub consultations: Vec<ConsultationCard>,
    /// (label, url)
    pub links: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalView {
    pub title: String,
    pub indicator: String,
    /// (year, value with unit)
    pub baseline: Option<(i32, String)>,
    pub latest: Option<(i32, String)>,
    pub target: (i32, String),
    pub progress: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanView {
    pub slug: String,
    pub name: String,
    pub summary: String,
    /// (slug, name)
    pub topic: Option<(String, String)>,
    pub goals: Vec<GoalView>,
}

/// `/have-your-say` filters, as GET parameters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsultationFilter {
    pub phase: Option<String>,
    pub topic: Option<String>,
    pub district: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationList {
    pub items: Vec<ConsultationCard>,
    /// (slug, name)
    pub topics: Vec<(String, String)>,
    pub districts: Vec<String>,
    pub errors: Vec<FieldError>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: i32,
    pub author: String,
    pub at: String,
    pub edited: bool,
    /// Empty when hidden by a moderator.
    pub body: String,
    pub hidden: bool,
    pub mine: bool,
    pub editable: bool,
    pub replies: Vec<CommentView>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationView {
    pub card: ConsultationCard,
    pub topic_slug: String,
    pub description: String,
    /// (label, url)
    pub documents: Vec<(String, String)>,
    pub supports: u64,
    pub supported: bool,
    /// How this person follows it, if they do.
    pub following: Option<crate::notifications::kinds::Delivery>,
    pub comments: Vec<CommentView>,
    pub response: Option<String>,
    pub response_published: Option<String>,
    pub survey: SurveyView,
}

#[server(prefix = "/api", endpoint = "topics/list")]
pub async fn list_topics() -> Result<Vec<TopicCard>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let context = request::request_context()?;
            super::server::topic_list(&context.services.db, context.boot.locale).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "topics/get")]
pub async fn get_topic_hub(slug: String) -> Result<TopicHub, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let context = request::request_context()?;
            super::server::topic_hub(&context.services.db, &slug, context.boot.locale).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "plans/get")]
pub async fn get_plan(slug: String) -> Result<PlanView, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let context = request::request_context()?;
            super::server::plan_view(&context.services.db, &slug, context.boot.locale).await
        }
        .await,
    )
}

/// `filter` is optional on the wire: with every filter empty the browser sends nothing.
#[server(prefix = "/api", endpoint = "consultations/list")]
pub async fn list_consultations(filter: Option<ConsultationFilter>) -> Result<ConsultationList, AppError> {
    use crate::core::request;
    let filter = filter.unwrap_or_default();
    request::answer(
        async {
            let context = request::request_context()?;
            super::server::consultation_list(&context.services.db, &filter, context.boot.locale).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "consultations/get")]
pub async fn get_consultation(slug: String) -> Result<ConsultationView, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let context = request::request_context()?;
            super::server::consultation_view(&context.services.db, &slug, context.boot.user.as_ref(), context.boot.locale).await
        }
        .await,
    )
}

/// Supports a consultation, once.
#[server(prefix = "/api", endpoint = "consultations/support")]
pub async fn support_consultation(slug: String) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_verified_user()?;
        super::server::support_consultation(&request::db()?, &person, &slug).await?;
        Ok((format!("/have-your-say/{slug}?supported=1#support"), Some(Msg::NoticeSupported)))
    }
    .await;
    request::finish_form("support", &[], result)
}

/// A comment, or with `parent` a reply.
#[server(prefix = "/api", endpoint = "consultations/comment")]
pub async fn post_comment(slug: String, body: String, parent: Option<i32>) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let form = if parent.is_some() { "reply" } else { "comment" };
    let result = async {
        let person = request::require_verified_user()?;
        let id = super::server::add_comment(&request::db()?, &person, &slug, &body, parent).await?;
        Ok((format!("/have-your-say/{slug}?comment={id}#comment-{id}"), Some(Msg::NoticeCommented)))
    }
    .await;
    request::finish_form(form, &[("body", &body)], result)
}

#[server(prefix = "/api", endpoint = "consultations/comment/edit")]
pub async fn update_comment(id: i32, body: String) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_verified_user()?;
        let slug = super::server::edit_comment(&request::db()?, &person, id, &body).await?;
        Ok((format!("/have-your-say/{slug}?edited={id}#comment-{id}"), Some(Msg::NoticeCommentEdited)))
    }
    .await;
    request::finish_form("comment-edit", &[("body", &body)], result)
}

#[server(prefix = "/api", endpoint = "consultations/comment/report")]
pub async fn flag_comment(id: i32, reason: String) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_verified_user()?;
        let slug = super::server::report_comment(&request::db()?, &person, id, &reason).await?;
        Ok((format!("/have-your-say/{slug}?reported={id}#comment-{id}"), Some(Msg::NoticeReported)))
    }
    .await;
    request::finish_form("report", &[("reason", &reason)], result)
}

/// What moderators act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ModerationSubject {
    Comment,
    Idea,
}

impl ModerationSubject {
    pub fn key(self) -> &'static str {
        match self {
            ModerationSubject::Comment => "comment",
            ModerationSubject::Idea => "idea",
        }
    }
}

/// A comment or an idea as moderators see it: its text, its reports and what was done
/// about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModerationItem {
    pub subject: ModerationSubject,
    pub id: i32,
    /// Where it is shown: the comment's consultation, or the idea itself.
    pub context_title: String,
    pub context_link: String,
    pub author: String,
    pub written: String,
    pub body: String,
    pub hidden: bool,
    /// The reporters' reasons not yet dealt with (made after the last decision).
    pub reports: Vec<String>,
    /// (when, who, what: "hide" / "restore" / "dismiss", why)
    pub history: Vec<(String, String, String, String)>,
}

#[server(prefix = "/api", endpoint = "admin/moderation/list")]
pub async fn moderation_queue() -> Result<Vec<ModerationItem>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            super::server::moderation_queue(&context.services.db, &person, context.boot.locale).await
        }
        .await,
    )
}

/// Hides (`action` = "hide"), restores ("restore") or keeps a comment shown and closes its
/// reports ("dismiss"); with `subject` = "idea", an idea. Always with a reason.
#[server(prefix = "/api", endpoint = "admin/moderation/decide")]
pub async fn moderate_comment(id: i32, action: String, reason: String, subject: Option<String>) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_staff()?;
        let decision = super::server::ModerationDecision::from_key(&action).ok_or(AppError::BadRequest)?;
        let subject = match subject.as_deref().unwrap_or("comment") {
            "comment" => ModerationSubject::Comment,
            "idea" => ModerationSubject::Idea,
            _ => return Err(AppError::BadRequest),
        };
        super::server::moderate(&request::db()?, &person, subject, id, decision, &reason).await?;
        let notice = match (decision, subject) {
            (super::server::ModerationDecision::Hide, ModerationSubject::Comment) => Msg::NoticeCommentHidden,
            (super::server::ModerationDecision::Restore, ModerationSubject::Comment) => Msg::NoticeCommentRestored,
            (super::server::ModerationDecision::Hide, ModerationSubject::Idea) => Msg::NoticeIdeaHidden,
            (super::server::ModerationDecision::Restore, ModerationSubject::Idea) => Msg::NoticeIdeaRestored,
            (super::server::ModerationDecision::Dismiss, _) => Msg::NoticeReportsDismissed,
        };
        Ok((format!("/admin/moderation?done={}-{id}", subject.key()), Some(notice)))
    }
    .await;
    request::finish_form("moderation", &[("reason", &reason)], result)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionView {
    pub kind: super::survey::QuestionKind,
    pub prompt: String,
    pub options: Vec<String>,
    pub required: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyView {
    pub questions: Vec<QuestionView>,
    /// This person has answered already.
    pub answered: bool,
    /// How many answered (shown with the results).
    pub responses: usize,
    /// Per question, once the consultation has closed.
    pub results: Option<Vec<super::survey::Tally>>,
}

/// A person's answers to a consultation's survey. Field names: `answers[q0]`,
/// `answers[q1_2]` (a ticked choice), `answers[q4_lat]` / `answers[q4_lon]` (a pin).
#[server(prefix = "/api", endpoint = "consultations/answer")]
pub async fn answer_survey(slug: String, answers: Option<std::collections::BTreeMap<String, String>>) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let answers = answers.unwrap_or_default();
    let result = async {
        let person = request::require_verified_user()?;
        super::server::answer_survey(&request::db()?, &person, &slug, &answers).await?;
        Ok((format!("/have-your-say/{slug}?answered=1#survey"), Some(Msg::NoticeAnswered)))
    }
    .await;
    // Short values ride along for the plain-form path; long texts are cut to fit a cookie.
    let kept: Vec<(String, String)> = answers.iter().map(|(k, v)| (format!("answers[{k}]"), v.chars().take(300).collect())).collect();
    let kept: Vec<(&str, &str)> = kept.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    request::finish_form("survey", &kept, result)
}

/// An administrator publishes the city's response once the consultation has closed.
#[server(prefix = "/api", endpoint = "consultations/respond")]
pub async fn publish_response(slug: String, response: String) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_staff()?;
        let context = request::request_context()?;
        super::server::publish_response(&context.services.db, &person, &slug, &response, &context.services.settings.public_url).await?;
        Ok((format!("/have-your-say/{slug}?responded=1#city-response"), Some(Msg::NoticeResponsePublished)))
    }
    .await;
    request::finish_form("response", &[("response", &response.chars().take(1500).collect::<String>())], result)
}

