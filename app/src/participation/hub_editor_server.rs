//! Server side of the hub editors: topics and plans (administrators), indicators and their
//! yearly values (administrators and data stewards).

use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set};

use super::editor::{goals_text, parse_goals, parse_links, parse_values, slug_ok, three, values_text};
use super::entity::{indicator, plan, topic, Link, LinksJson};
use super::hub_editor_api::{HubAdminList, IndicatorFormData, PlanFormData, TopicAdminRow, TopicFormData};
use super::model::runs_consultations;
use crate::core::database::begin_write;
use crate::core::i18n::{Locale, Msg};
use crate::core::roles::{Role, SessionUser};
use crate::error::{AppError, FieldError};
use crate::services::entity::service::TextJson;

const NAME_MAX: usize = 120;
const TEXT_MAX: usize = 5000;

use super::editor_server::require_admin;

/// Data stewards keep the figures current; administrators may too.
fn edits_figures(person: &SessionUser) -> bool {
    runs_consultations(person) || person.has_role(Role::DataSteward)
}

fn texts(t: &TextJson) -> [String; 3] {
    [t.0.et.clone(), t.0.en.clone().unwrap_or_default(), t.0.ru.clone().unwrap_or_default()]
}

fn slug_error(slug: &str, errors: &mut Vec<FieldError>) {
    if !slug_ok(slug) {
        errors.push(FieldError::new("slug", Msg::ValSlug));
    }
}

pub async fn admin_list(db: &DatabaseConnection, person: &SessionUser, locale: Locale) -> Result<HubAdminList, AppError> {
    if !edits_figures(person) {
        return Err(AppError::Forbidden);
    }
    let indicators = indicator::Entity::find().order_by_asc(indicator::Column::Position).all(db).await?;
    let topics = topic::Entity::find().order_by_asc(topic::Column::Position).all(db).await?;
    Ok(HubAdminList {
        topics: topics
            .into_iter()
            .map(|t| TopicAdminRow {
                indicators: indicators.iter().filter(|i| i.topic_id == t.id).map(|i| (i.slug.clone(), i.name.0.get(locale).to_owned())).collect(),
                name: t.name.0.get(locale).to_owned(),
                slug: t.slug,
            })
            .collect(),
        plans: plan::Entity::find().order_by_asc(plan::Column::Slug).all(db).await?.into_iter().map(|p| (p.slug, p.name.0.get(locale).to_owned())).collect(),
        edits_topics: runs_consultations(person),
    })
}

pub async fn topic_form(db: &DatabaseConnection, person: &SessionUser, slug: Option<&str>) -> Result<TopicFormData, AppError> {
    require_admin(person)?;
    let Some(slug) = slug else {
        return Ok(TopicFormData { idea_threshold: "50".to_owned(), ..Default::default() });
    };
    let row = topic::Entity::find().filter(topic::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    Ok(TopicFormData {
        original: Some(row.slug.clone()),
        slug: row.slug,
        name: texts(&row.name),
        narrative: texts(&row.narrative),
        idea_threshold: row.idea_threshold.to_string(),
        links: row.links.0.iter().map(|l| format!("{} | {}", l.label.et, l.url)).collect::<Vec<_>>().join("\n"),
    })
}

/// Saves a new or changed topic; returns its address.
pub async fn save_topic(db: &DatabaseConnection, person: &SessionUser, form: &TopicFormData) -> Result<String, AppError> {
    require_admin(person)?;
    let mut errors = Vec::new();
    let slug = form.slug.trim().to_owned();
    slug_error(&slug, &mut errors);
    let name = three(&form.name, "name_et", NAME_MAX, &mut errors);
    let narrative = three(&form.narrative, "narrative_et", TEXT_MAX, &mut errors);
    let threshold = form.idea_threshold.trim().parse::<i32>().ok().filter(|t| (1..=100_000).contains(t));
    if threshold.is_none() {
        errors.push(FieldError::new("idea_threshold", Msg::ValThreshold));
    }
    let links = parse_links(&form.links, "links", &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = begin_write(db).await?;
    let existing = match &form.original {
        Some(original) => Some(topic::Entity::find().filter(topic::Column::Slug.eq(original.as_str())).one(&txn).await?.ok_or(AppError::NotFound)?),
        None => None,
    };
    let taken = topic::Entity::find().filter(topic::Column::Slug.eq(slug.as_str())).one(&txn).await?;
    if taken.is_some_and(|other| Some(other.id) != existing.as_ref().map(|e| e.id)) {
        return Err(AppError::Validation(vec![FieldError::new("slug", Msg::ValSlugTaken)]));
    }
    let mut active: topic::ActiveModel = match &existing {
        Some(row) => row.clone().into(),
        None => {
            let last = topic::Entity::find().order_by_desc(topic::Column::Position).one(&txn).await?.map(|t| t.position).unwrap_or(-1);
            topic::ActiveModel { position: Set(last + 1), ..Default::default() }
        }
    };
    active.slug = Set(slug.clone());
    active.name = Set(TextJson(name));
    active.narrative = Set(TextJson(narrative));
    active.idea_threshold = Set(threshold.unwrap_or(50));
    active.links = Set(LinksJson(links.into_iter().map(|(label, url)| Link { label, url }).collect()));
    if existing.is_some() {
        active.update(&txn).await?;
    } else {
        active.insert(&txn).await?;
    }
    txn.commit().await?;
    Ok(slug)
}

pub async fn indicator_form(db: &DatabaseConnection, person: &SessionUser, topic_slug: &str, slug: Option<&str>, locale: Locale) -> Result<IndicatorFormData, AppError> {
    if !edits_figures(person) {
        return Err(AppError::Forbidden);
    }
    let owner = topic::Entity::find().filter(topic::Column::Slug.eq(topic_slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let topic_name = owner.name.0.get(locale).to_owned();
    let Some(slug) = slug else {
        return Ok(IndicatorFormData { topic: owner.slug, topic_name, decimals: "0".to_owned(), ..Default::default() });
    };
    let row = indicator::Entity::find().filter(indicator::Column::Slug.eq(slug)).filter(indicator::Column::TopicId.eq(owner.id)).one(db).await?.ok_or(AppError::NotFound)?;
    let decimals = row.decimals.clamp(0, 2) as u8;
    Ok(IndicatorFormData {
        topic: owner.slug,
        topic_name,
        original: Some(row.slug.clone()),
        slug: row.slug,
        name: texts(&row.name),
        unit: texts(&row.unit),
        decimals: decimals.to_string(),
        source: row.source,
        values: values_text(&row.year_values.0, decimals),
    })
}

/// Saves a new or changed indicator of a topic with its yearly values.
pub async fn save_indicator(db: &DatabaseConnection, person: &SessionUser, form: &IndicatorFormData) -> Result<(), AppError> {
    if !edits_figures(person) {
        return Err(AppError::Forbidden);
    }
    let mut errors = Vec::new();
    let slug = form.slug.trim().to_owned();
    slug_error(&slug, &mut errors);
    let name = three(&form.name, "name_et", NAME_MAX, &mut errors);
    let unit = three(&form.unit, "unit_et", 30, &mut errors);
    let decimals = form.decimals.trim().parse::<i32>().ok().filter(|d| (0..=2).contains(d));
    if decimals.is_none() {
        errors.push(FieldError::new("decimals", Msg::ValDecimals));
    }
    let values = parse_values(&form.values).unwrap_or_else(|line| {
        errors.push(FieldError::new("values", Msg::ValValuesLine).with_param("line", line));
        Vec::new()
    });
    if form.source.chars().count() > 300 {
        errors.push(FieldError::new("source", Msg::ValTextEt).with_param("max", 300));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = begin_write(db).await?;
    let owner = topic::Entity::find().filter(topic::Column::Slug.eq(form.topic.as_str())).one(&txn).await?.ok_or(AppError::NotFound)?;
    let existing = match &form.original {
        Some(original) => Some(indicator::Entity::find().filter(indicator::Column::Slug.eq(original.as_str())).filter(indicator::Column::TopicId.eq(owner.id)).one(&txn).await?.ok_or(AppError::NotFound)?),
        None => None,
    };
    let taken = indicator::Entity::find().filter(indicator::Column::Slug.eq(slug.as_str())).one(&txn).await?;
    if taken.is_some_and(|other| Some(other.id) != existing.as_ref().map(|e| e.id)) {
        return Err(AppError::Validation(vec![FieldError::new("slug", Msg::ValSlugTaken)]));
    }
    let mut active: indicator::ActiveModel = match &existing {
        Some(row) => row.clone().into(),
        None => {
            let last = indicator::Entity::find().filter(indicator::Column::TopicId.eq(owner.id)).order_by_desc(indicator::Column::Position).one(&txn).await?.map(|i| i.position).unwrap_or(-1);
            indicator::ActiveModel { topic_id: Set(owner.id), position: Set(last + 1), ..Default::default() }
        }
    };
    active.slug = Set(slug);
    active.name = Set(TextJson(name));
    active.unit = Set(TextJson(unit));
    active.decimals = Set(decimals.unwrap_or(0));
    active.source = Set(form.source.trim().to_owned());
    let before = existing.as_ref().and_then(|e| e.year_values.0.last().copied());
    let latest = values.last().copied();
    let previous = values.len().checked_sub(2).and_then(|i| values.get(i)).map(|v| v.hundredths);
    active.year_values = Set(indicator::ValuesJson(values));
    active.updated_at = Set(Some(crate::core::clock::now()));
    let saved = if existing.is_some() { active.update(&txn).await? } else { active.insert(&txn).await? };
    // A new latest value is news to those who asked to hear when it crosses their limit.
    if let Some(latest) = latest.filter(|l| Some(*l) != before) {
        let link = format!("/topics/{}#indicator-{}", owner.slug, saved.slug);
        crate::notifications::server::tell_threshold_followers(&txn, saved.id, &saved.name.0.et, &link, previous, latest.hundredths, &crate::notifications::server::site_url()).await?;
    }
    txn.commit().await?;
    Ok(())
}

async fn indicator_choices(db: &DatabaseConnection, locale: Locale) -> Result<Vec<(String, String)>, AppError> {
    Ok(indicator::Entity::find().order_by_asc(indicator::Column::Slug).all(db).await?.into_iter().map(|i| (i.slug, i.name.0.get(locale).to_owned())).collect())
}

pub async fn plan_form(db: &DatabaseConnection, person: &SessionUser, slug: Option<&str>, locale: Locale) -> Result<PlanFormData, AppError> {
    require_admin(person)?;
    let topics = super::ideas_server::topic_choices(db, locale).await?;
    let indicators = indicator_choices(db, locale).await?;
    let Some(slug) = slug else {
        return Ok(PlanFormData { topics, indicators, ..Default::default() });
    };
    let row = plan::Entity::find().filter(plan::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let topic_slug = match row.topic_id {
        Some(id) => topic::Entity::find_by_id(id).one(db).await?.map(|t| t.slug).unwrap_or_default(),
        None => String::new(),
    };
    Ok(PlanFormData {
        original: Some(row.slug.clone()),
        slug: row.slug,
        topic: topic_slug,
        name: texts(&row.name),
        summary: texts(&row.summary),
        goals: goals_text(&row.goals.0),
        topics,
        indicators,
    })
}

/// Saves a new or changed plan; returns its address.
pub async fn save_plan(db: &DatabaseConnection, person: &SessionUser, form: &PlanFormData) -> Result<String, AppError> {
    require_admin(person)?;
    let mut errors = Vec::new();
    let slug = form.slug.trim().to_owned();
    slug_error(&slug, &mut errors);
    let name = three(&form.name, "name_et", NAME_MAX, &mut errors);
    let summary = three(&form.summary, "summary_et", TEXT_MAX, &mut errors);
    let known: Vec<String> = indicator::Entity::find().all(db).await?.into_iter().map(|i| i.slug).collect();
    let goals = parse_goals(&form.goals, &known).unwrap_or_else(|line| {
        errors.push(FieldError::new("goals", Msg::ValGoalsLine).with_param("line", line));
        Vec::new()
    });
    let topic_id = match form.topic.trim() {
        "" => None,
        topic_slug => match topic::Entity::find().filter(topic::Column::Slug.eq(topic_slug)).one(db).await? {
            Some(found) => Some(found.id),
            None => {
                errors.push(FieldError::new("topic", Msg::ValChooseFromList));
                None
            }
        },
    };
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = begin_write(db).await?;
    let existing = match &form.original {
        Some(original) => Some(plan::Entity::find().filter(plan::Column::Slug.eq(original.as_str())).one(&txn).await?.ok_or(AppError::NotFound)?),
        None => None,
    };
    let taken = plan::Entity::find().filter(plan::Column::Slug.eq(slug.as_str())).one(&txn).await?;
    if taken.is_some_and(|other| Some(other.id) != existing.as_ref().map(|e| e.id)) {
        return Err(AppError::Validation(vec![FieldError::new("slug", Msg::ValSlugTaken)]));
    }
    let mut active: plan::ActiveModel = match &existing {
        Some(row) => row.clone().into(),
        None => <plan::ActiveModel as Default>::default(),
    };
    active.slug = Set(slug.clone());
    active.topic_id = Set(topic_id);
    active.name = Set(TextJson(name));
    active.summary = Set(TextJson(summary));
    active.goals = Set(plan::GoalsJson(goals));
    if existing.is_some() {
        active.update(&txn).await?;
    } else {
        active.insert(&txn).await?;
    }
    txn.commit().await?;
    Ok(slug)
}
