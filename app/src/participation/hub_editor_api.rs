//! The hub editors' server functions: topics (administrators), their indicators and yearly
//! values (administrators and data stewards), and plans with their goals (administrators).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicAdminRow {
    pub slug: String,
    pub name: String,
    /// (slug, name)
    pub indicators: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HubAdminList {
    pub topics: Vec<TopicAdminRow>,
    /// (slug, name)
    pub plans: Vec<(String, String)>,
    /// Administrators edit topics and plans; data stewards only indicators.
    pub edits_topics: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicFormData {
    pub original: Option<String>,
    pub slug: String,
    pub name: [String; 3],
    pub narrative: [String; 3],
    pub idea_threshold: String,
    /// "label | address" per line.
    pub links: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorFormData {
    pub topic: String,
    pub topic_name: String,
    pub original: Option<String>,
    pub slug: String,
    pub name: [String; 3],
    pub unit: [String; 3],
    pub decimals: String,
    pub source: String,
    /// "year value" per line.
    pub values: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanFormData {
    pub original: Option<String>,
    pub slug: String,
    pub topic: String,
    pub name: [String; 3],
    pub summary: [String; 3],
    /// One goal per line (see `editor::parse_goals`).
    pub goals: String,
    /// (slug, name)
    pub topics: Vec<(String, String)>,
    /// (slug, name): what goals can be measured by.
    pub indicators: Vec<(String, String)>,
}

#[server(prefix = "/api", endpoint = "admin/topics/list")]
pub async fn load_hub_admin_list() -> Result<HubAdminList, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            super::hub_editor_server::admin_list(&context.services.db, &person, context.boot.locale).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "admin/topics/form")]
pub async fn load_topic_form(slug: Option<String>) -> Result<TopicFormData, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            super::hub_editor_server::topic_form(&request::db()?, &person, slug.as_deref().filter(|s| !s.is_empty())).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "admin/topics/save")]
#[allow(clippy::too_many_arguments)]
pub async fn save_topic(
    original: Option<String>,
    slug: String,
    name_et: String,
    name_en: Option<String>,
    name_ru: Option<String>,
    narrative_et: String,
    narrative_en: Option<String>,
    narrative_ru: Option<String>,
    idea_threshold: String,
    links: Option<String>,
) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let form = TopicFormData {
        original: original.filter(|o| !o.is_empty()),
        slug,
        name: [name_et, name_en.unwrap_or_default(), name_ru.unwrap_or_default()],
        narrative: [narrative_et, narrative_en.unwrap_or_default(), narrative_ru.unwrap_or_default()],
        idea_threshold,
        links: links.unwrap_or_default(),
    };
    let result = async {
        let person = request::require_staff()?;
        let slug = super::hub_editor_server::save_topic(&request::db()?, &person, &form).await?;
        Ok((format!("/admin/topics/{slug}/edit"), Some(Msg::NoticeSaved)))
    }
    .await;
    let kept = [
        ("slug", form.slug.as_str()),
        ("name_et", &form.name[0]),
        ("name_en", &form.name[1]),
        ("name_ru", &form.name[2]),
        ("narrative_et", &form.narrative[0]),
        ("narrative_en", &form.narrative[1]),
        ("narrative_ru", &form.narrative[2]),
        ("idea_threshold", &form.idea_threshold),
        ("links", &form.links),
    ];
    request::finish_form("topic", &kept, result)
}

#[server(prefix = "/api", endpoint = "admin/indicators/form")]
pub async fn load_indicator_form(topic: String, slug: Option<String>) -> Result<IndicatorFormData, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            super::hub_editor_server::indicator_form(&context.services.db, &person, &topic, slug.as_deref().filter(|s| !s.is_empty()), context.boot.locale).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "admin/indicators/save")]
#[allow(clippy::too_many_arguments)]
pub async fn save_indicator(
    topic: String,
    original: Option<String>,
    slug: String,
    name_et: String,
    name_en: Option<String>,
    name_ru: Option<String>,
    unit_et: String,
    unit_en: Option<String>,
    unit_ru: Option<String>,
    decimals: String,
    source: Option<String>,
    values: Option<String>,
) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let form = IndicatorFormData {
        topic,
        topic_name: String::new(),
        original: original.filter(|o| !o.is_empty()),
        slug,
        name: [name_et, name_en.unwrap_or_default(), name_ru.unwrap_or_default()],
        unit: [unit_et, unit_en.unwrap_or_default(), unit_ru.unwrap_or_default()],
        decimals,
        source: source.unwrap_or_default(),
        values: values.unwrap_or_default(),
    };
    let result = async {
        let person = request::require_staff()?;
        super::hub_editor_server::save_indicator(&request::db()?, &person, &form).await?;
        Ok((format!("/topics/{}", form.topic), Some(Msg::NoticeSaved)))
    }
    .await;
    let kept = [
        ("slug", form.slug.as_str()),
        ("name_et", &form.name[0]),
        ("name_en", &form.name[1]),
        ("name_ru", &form.name[2]),
        ("unit_et", &form.unit[0]),
        ("unit_en", &form.unit[1]),
        ("unit_ru", &form.unit[2]),
        ("decimals", &form.decimals),
        ("source", &form.source),
        ("values", &form.values),
    ];
    request::finish_form("indicator", &kept, result)
}

#[server(prefix = "/api", endpoint = "admin/plans/form")]
pub async fn load_plan_form(slug: Option<String>) -> Result<PlanFormData, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            super::hub_editor_server::plan_form(&context.services.db, &person, slug.as_deref().filter(|s| !s.is_empty()), context.boot.locale).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "admin/plans/save")]
#[allow(clippy::too_many_arguments)]
pub async fn save_plan(
    original: Option<String>,
    slug: String,
    topic: Option<String>,
    name_et: String,
    name_en: Option<String>,
    name_ru: Option<String>,
    summary_et: String,
    summary_en: Option<String>,
    summary_ru: Option<String>,
    goals: Option<String>,
) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let form = PlanFormData {
        original: original.filter(|o| !o.is_empty()),
        slug,
        topic: topic.unwrap_or_default(),
        name: [name_et, name_en.unwrap_or_default(), name_ru.unwrap_or_default()],
        summary: [summary_et, summary_en.unwrap_or_default(), summary_ru.unwrap_or_default()],
        goals: goals.unwrap_or_default(),
        ..Default::default()
    };
    let result = async {
        let person = request::require_staff()?;
        let slug = super::hub_editor_server::save_plan(&request::db()?, &person, &form).await?;
        Ok((format!("/plans/{slug}"), Some(Msg::NoticeSaved)))
    }
    .await;
    let kept = [
        ("slug", form.slug.as_str()),
        ("topic", &form.topic),
        ("name_et", &form.name[0]),
        ("name_en", &form.name[1]),
        ("name_ru", &form.name[2]),
        ("summary_et", &form.summary[0]),
        ("summary_en", &form.summary[1]),
        ("summary_ru", &form.summary[2]),
        ("goals", &form.goals),
    ];
    request::finish_form("plan", &kept, result)
}
