//! Server side of the consultation editor (administrators: they run consultations).

use chrono::Duration;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set};

use super::api::ConsultationCard;
use super::editor::{check_consultation, survey_rows, ConsultationInput};
use super::editor_api::ConsultationFormData;
use super::entity::{consultation, survey_response, topic, Link, LinksJson};
use super::model::{runs_consultations, Phase};
use super::server::today;
use crate::core::database::begin_write;
use crate::core::i18n::{Locale, Msg};
use crate::core::roles::SessionUser;
use crate::error::{AppError, FieldError};
use crate::services::entity::service::TextJson;

pub(super) fn require_admin(person: &SessionUser) -> Result<(), AppError> {
    if runs_consultations(person) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

async fn topic_choices(db: &DatabaseConnection, locale: Locale) -> Result<Vec<(String, String)>, AppError> {
    super::ideas_server::topic_choices(db, locale).await
}

/// `/admin/consultations`: every consultation, the newest first.
pub async fn admin_list(db: &DatabaseConnection, person: &SessionUser, locale: Locale) -> Result<Vec<ConsultationCard>, AppError> {
    require_admin(person)?;
    let topics = super::server::topics_by_id(db).await?;
    let today = today();
    Ok(consultation::Entity::find().order_by_desc(consultation::Column::OpensOn).all(db).await?.iter().map(|row| super::server::card(row, &topics, today, locale)).collect())
}

/// The editor's data: a stored consultation's fields, or sensible blanks for a new one.
pub async fn form_data(db: &DatabaseConnection, person: &SessionUser, slug: Option<&str>, locale: Locale) -> Result<ConsultationFormData, AppError> {
    require_admin(person)?;
    let topics = topic_choices(db, locale).await?;
    let Some(slug) = slug else {
        let today = today();
        return Ok(ConsultationFormData {
            opens_on: today.format("%Y-%m-%d").to_string(),
            closes_on: (today + Duration::days(30)).format("%Y-%m-%d").to_string(),
            question_rows: 1,
            topics,
            ..Default::default()
        });
    };
    let row = consultation::Entity::find().filter(consultation::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let topic_slug = topic::Entity::find_by_id(row.topic_id).one(db).await?.map(|t| t.slug).unwrap_or_default();
    let has_answers = survey_response::Entity::find().filter(survey_response::Column::ConsultationId.eq(row.id)).count(db).await? > 0;
    let texts = |t: &TextJson| [t.0.et.clone(), t.0.en.clone().unwrap_or_default(), t.0.ru.clone().unwrap_or_default()];
    let questions = row.survey.0.len();
    Ok(ConsultationFormData {
        original: Some(row.slug.clone()),
        slug: row.slug.clone(),
        topic: topic_slug,
        district: row.district.clone(),
        title: texts(&row.title),
        description: texts(&row.description),
        opens_on: row.opens_on.format("%Y-%m-%d").to_string(),
        closes_on: row.closes_on.format("%Y-%m-%d").to_string(),
        latitude: row.latitude.map(|v| format!("{v:.5}")).unwrap_or_default(),
        longitude: row.longitude.map(|v| format!("{v:.5}")).unwrap_or_default(),
        documents: row.documents.0.iter().map(|d| format!("{} | {}", d.label.et, d.url)).collect::<Vec<_>>().join("\n"),
        survey: survey_rows(&row.survey.0),
        question_rows: if has_answers { questions } else { (questions + 1).min(super::editor::QUESTIONS_MAX) },
        has_answers,
        open: Phase::of(row.opens_on, row.closes_on, today()) == Phase::Open,
        topics,
    })
}

/// Saves a new or changed consultation; returns its address. Once the survey has answers
/// its questions stay as they are (answers refer to them by position); the rest changes.
pub async fn save(db: &DatabaseConnection, person: &SessionUser, original: Option<&str>, input: &ConsultationInput) -> Result<String, AppError> {
    require_admin(person)?;
    let valid = check_consultation(input).map_err(AppError::Validation)?;
    let txn = begin_write(db).await?;
    let topic = topic::Entity::find().filter(topic::Column::Slug.eq(valid.topic.as_str())).one(&txn).await?.ok_or_else(|| AppError::field("topic", Msg::ValChooseFromList))?;
    let existing = match original {
        Some(slug) => Some(consultation::Entity::find().filter(consultation::Column::Slug.eq(slug)).one(&txn).await?.ok_or(AppError::NotFound)?),
        None => None,
    };
    let taken = consultation::Entity::find().filter(consultation::Column::Slug.eq(valid.slug.as_str())).one(&txn).await?;
    if taken.is_some_and(|other| Some(other.id) != existing.as_ref().map(|e| e.id)) {
        return Err(AppError::Validation(vec![FieldError::new("slug", Msg::ValSlugTaken)]));
    }
    let documents = LinksJson(valid.documents.into_iter().map(|(label, url)| Link { label, url }).collect());
    let mut active = match &existing {
        Some(row) => {
            let answered = survey_response::Entity::find().filter(survey_response::Column::ConsultationId.eq(row.id)).count(&txn).await? > 0;
            let mut active: consultation::ActiveModel = row.clone().into();
            if !answered {
                active.survey = Set(consultation::QuestionsJson(valid.survey));
            }
            active
        }
        None => consultation::ActiveModel { survey: Set(consultation::QuestionsJson(valid.survey)), response: Set(None), response_published_at: Set(None), ..Default::default() },
    };
    active.slug = Set(valid.slug.clone());
    active.topic_id = Set(topic.id);
    active.district = Set(valid.district);
    active.title = Set(TextJson(valid.title));
    active.description = Set(TextJson(valid.description));
    active.opens_on = Set(valid.opens_on);
    active.closes_on = Set(valid.closes_on);
    active.latitude = Set(valid.place.map(|p| p.0));
    active.longitude = Set(valid.place.map(|p| p.1));
    active.documents = Set(documents);
    if existing.is_some() {
        active.update(&txn).await?;
    } else {
        let created = active.insert(&txn).await?;
        // A new consultation is news to those who follow its topic.
        use crate::notifications::kinds::{FollowKind, NoticeKind};
        let link = format!("/have-your-say/{}", created.slug);
        crate::notifications::server::tell_followers(&txn, FollowKind::Topic, topic.id, NoticeKind::ConsultationNew, &created.title.0.et, &link, &crate::notifications::server::site_url()).await?;
    }
    txn.commit().await?;
    Ok(valid.slug)
}

/// Closes an open consultation now: yesterday becomes its last day, so today it shows
/// its results and the city can publish its response.
pub async fn close(db: &DatabaseConnection, person: &SessionUser, slug: &str) -> Result<(), AppError> {
    require_admin(person)?;
    let txn = begin_write(db).await?;
    let row = consultation::Entity::find().filter(consultation::Column::Slug.eq(slug)).one(&txn).await?.ok_or(AppError::NotFound)?;
    if Phase::of(row.opens_on, row.closes_on, today()) != Phase::Open {
        return Err(AppError::Conflict(Msg::ConsultationNotOpen));
    }
    let yesterday = today() - Duration::days(1);
    let mut active: consultation::ActiveModel = row.clone().into();
    active.closes_on = Set(yesterday);
    active.opens_on = Set(row.opens_on.min(yesterday));
    active.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}
