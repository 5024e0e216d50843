//! The consultation editor's server functions (administrators): the list, the form's data,
//! saving (new or changed), and closing a consultation now.

use std::collections::BTreeMap;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::api::ConsultationCard;
use crate::error::AppError;

/// The editor's fields as stored, and what the form needs around them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConsultationFormData {
    /// The consultation's address now; None for a new one.
    pub original: Option<String>,
    pub slug: String,
    pub topic: String,
    pub district: String,
    pub title: [String; 3],
    pub description: [String; 3],
    pub opens_on: String,
    pub closes_on: String,
    pub latitude: String,
    pub longitude: String,
    pub documents: String,
    /// The builder's rows (see `editor::ConsultationInput::survey`).
    pub survey: BTreeMap<String, String>,
    /// Rows to show: every question and one blank row to add another.
    pub question_rows: usize,
    /// Answers exist: the questions can no longer change.
    pub has_answers: bool,
    pub open: bool,
    /// (slug, name)
    pub topics: Vec<(String, String)>,
}

#[server(prefix = "/api", endpoint = "admin/consultations/list")]
pub async fn load_consultation_admin_list() -> Result<Vec<ConsultationCard>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            super::editor_server::admin_list(&context.services.db, &person, context.boot.locale).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "admin/consultations/form")]
pub async fn load_consultation_form(slug: Option<String>) -> Result<ConsultationFormData, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            super::editor_server::form_data(&context.services.db, &person, slug.as_deref().filter(|s| !s.is_empty()), context.boot.locale).await
        }
        .await,
    )
}

/// Saves a new consultation (`original` empty) or changes one; opens the editor again.
#[server(prefix = "/api", endpoint = "admin/consultations/save")]
#[allow(clippy::too_many_arguments)]
pub async fn save_consultation(
    original: Option<String>,
    slug: String,
    topic: String,
    district: String,
    title_et: String,
    title_en: Option<String>,
    title_ru: Option<String>,
    description_et: String,
    description_en: Option<String>,
    description_ru: Option<String>,
    opens_on: String,
    closes_on: String,
    latitude: Option<String>,
    longitude: Option<String>,
    documents: Option<String>,
    survey: Option<BTreeMap<String, String>>,
) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let input = super::editor::ConsultationInput {
        slug,
        topic,
        district,
        title: [title_et, title_en.unwrap_or_default(), title_ru.unwrap_or_default()],
        description: [description_et, description_en.unwrap_or_default(), description_ru.unwrap_or_default()],
        opens_on,
        closes_on,
        latitude: latitude.unwrap_or_default(),
        longitude: longitude.unwrap_or_default(),
        documents: documents.unwrap_or_default(),
        survey: survey.unwrap_or_default(),
    };
    let original = original.filter(|o| !o.is_empty());
    let result = async {
        let person = request::require_staff()?;
        let slug = super::editor_server::save(&request::db()?, &person, original.as_deref(), &input).await?;
        Ok((format!("/admin/consultations/{slug}/edit"), Some(Msg::NoticeConsultationSaved)))
    }
    .await;
    let survey_kept: Vec<(String, String)> = input.survey.iter().map(|(k, v)| (format!("survey[{k}]"), v.clone())).collect();
    let mut kept: Vec<(&str, &str)> = vec![
        ("slug", &input.slug),
        ("topic", &input.topic),
        ("district", &input.district),
        ("title_et", &input.title[0]),
        ("title_en", &input.title[1]),
        ("title_ru", &input.title[2]),
        ("description_et", &input.description[0]),
        ("description_en", &input.description[1]),
        ("description_ru", &input.description[2]),
        ("opens_on", &input.opens_on),
        ("closes_on", &input.closes_on),
        ("latitude", &input.latitude),
        ("longitude", &input.longitude),
        ("documents", &input.documents),
    ];
    kept.extend(survey_kept.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    request::finish_form("consultation", &kept, result)
}

/// Closes an open consultation today: its last day was yesterday.
#[server(prefix = "/api", endpoint = "admin/consultations/close")]
pub async fn close_consultation(slug: String) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_staff()?;
        super::editor_server::close(&request::db()?, &person, &slug).await?;
        Ok((format!("/have-your-say/{slug}"), Some(Msg::NoticeConsultationClosed)))
    }
    .await;
    request::finish_form("consultation-close", &[], result)
}
