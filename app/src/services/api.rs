//! Services server functions for citizens: search, one service, feedback. No account
//! needed; feedback is rate-limited per sender.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::model::{Audience, LifeEvent, Topic};
use crate::error::{AppError, FieldError};

/// `/services` filters, as plain GET parameters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceFilter {
    pub q: Option<String>,
    pub topic: Option<String>,
    pub life_event: Option<String>,
    pub audience: Option<String>,
    pub institution: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceCard {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub department: String,
    pub subdivision: Option<String>,
    pub digital: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceSearch {
    /// The first page of matches, best first.
    pub services: Vec<ServiceCard>,
    pub total: usize,
    /// (slug, name) of every department, for the institution filter.
    pub departments: Vec<(String, String)>,
    pub errors: Vec<FieldError>,
    /// Whether any filter or query was given (else the page invites browsing).
    pub searched: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelView {
    pub kind: ChannelKind,
    pub value: String,
    pub hours: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChannelKind {
    EService,
    InPerson,
    Phone,
    Email,
}

/// One line of a service's changelog. A change a development proposal brought links to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeEntry {
    pub date: String,
    pub who: String,
    pub summary: String,
    pub proposal: Option<i32>,
}

/// A service page, in the reader's language where it was translated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServicePage {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub status: super::model::ServiceStatus,
    pub topics: Vec<Topic>,
    pub life_events: Vec<LifeEvent>,
    pub audiences: Vec<Audience>,
    pub channels: Vec<ChannelView>,
    pub cost: String,
    pub processing_time: String,
    pub documents: Vec<String>,
    pub output: String,
    pub legal_basis: String,
    pub department: String,
    pub department_email: String,
    pub department_phone: String,
    pub subdivision: Option<String>,
    /// The owner's name and role; contact goes through the department.
    pub owner: Option<(String, String)>,
    /// `2026-03-14`.
    pub last_reviewed: String,
    /// (date, who, what changed), newest first.
    pub changelog: Vec<ChangeEntry>,
}

#[server(prefix = "/api", endpoint = "services/search")]
pub async fn search_services(filter: ServiceFilter) -> Result<ServiceSearch, AppError> {
    use crate::core::request;
    let context = request::request_context()?;
    request::answer(super::server::search(&context.services.db, &filter, context.boot.locale).await)
}

#[server(prefix = "/api", endpoint = "services/get")]
pub async fn get_service(slug: String) -> Result<ServicePage, AppError> {
    use crate::core::request;
    let context = request::request_context()?;
    request::answer(super::server::page(&context.services.db, &slug, context.boot.locale).await)
}

/// "Was this helpful?": yes or no, with an optional comment for the service's owner.
#[server(prefix = "/api", endpoint = "services/feedback")]
pub async fn send_feedback(service: String, helpful: Option<String>, comment: Option<String>) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let context = request::request_context()?;
        let helpful = match helpful.as_deref() {
            Some("yes") => true,
            Some("no") => false,
            _ => return Err(AppError::field("helpful", Msg::FeedbackChoose)),
        };
        super::server::record_feedback(&context.services.db, &service, helpful, comment.as_deref(), context.client_ip).await?;
        // A new address, so the script path loads the page anew (a bare #fragment would not).
        Ok((format!("/services/{service}?feedback=sent#feedback"), Some(Msg::NoticeFeedbackThanks)))
    }
    .await;
    request::finish_form("feedback", &[("comment", comment.as_deref().unwrap_or(""))], result)
}

/// Which services a count of the service map stands for (all GET parameters).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapFilter {
    pub department: Option<String>,
    pub subdivision: Option<String>,
    pub owner: Option<String>,
    /// `no-owner`, `overdue`, `digital`, `not-digital`, or empty for all.
    pub problem: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapListRow {
    pub slug: String,
    pub name: String,
    pub department: String,
    pub subdivision: Option<String>,
    pub owner: Option<String>,
    pub last_reviewed: String,
    pub overdue: bool,
    pub digital: bool,
}

/// Staff: the service map's counts.
#[server(prefix = "/api", endpoint = "admin/service-map")]
pub async fn service_map() -> Result<super::map::ServiceMap, AppError> {
    use crate::core::request;
    request::answer(
        async {
            request::require_staff()?;
            let context = request::request_context()?;
            let entries = super::server::map_entries(&context.services.db, context.boot.locale).await?;
            let plain: Vec<super::map::MapEntry> = entries.into_iter().map(|(_, _, e)| e).collect();
            Ok(super::map::build(&plain, crate::core::clock::now().date_naive()))
        }
        .await,
    )
}

/// Staff: the services behind one count of the map.
#[server(prefix = "/api", endpoint = "admin/service-map/list")]
pub async fn service_map_list(filter: MapFilter) -> Result<Vec<MapListRow>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            request::require_staff()?;
            let context = request::request_context()?;
            let today = crate::core::clock::now().date_naive();
            let entries = super::server::map_entries(&context.services.db, context.boot.locale).await?;
            Ok(super::server::map_list(entries, &filter, today)
                .into_iter()
                .map(|(slug, name, e)| MapListRow {
                    slug,
                    name,
                    overdue: super::map::is_overdue(e.last_reviewed, today),
                    last_reviewed: e.last_reviewed.format("%Y-%m-%d").to_string(),
                    department: e.department,
                    subdivision: e.subdivision,
                    owner: e.owner,
                    digital: e.digital,
                })
                .collect())
        }
        .await,
    )
}

/// One of a person's services with what citizens said about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnedService {
    pub slug: String,
    pub name: String,
    pub last_reviewed: String,
    pub overdue: bool,
    pub helpful: usize,
    pub not_helpful: usize,
    /// (date, helpful, comment), newest first, at most five.
    pub comments: Vec<(String, bool, String)>,
}

/// The owner's editor: the texts a service owner keeps up to date.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceEdit {
    pub slug: String,
    pub name: String,
    pub description_et: String,
    pub description_en: String,
    pub cost_et: String,
    pub cost_en: String,
    pub processing_et: String,
    pub processing_en: String,
    pub last_reviewed: String,
}

/// Staff: the caller's services, their feedback and whether a review is due.
#[server(prefix = "/api", endpoint = "admin/my-services")]
pub async fn my_services() -> Result<Vec<OwnedService>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            super::server::owned_services(&context.services.db, &person, context.boot.locale).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "admin/services/get")]
pub async fn service_edit_form(slug: String) -> Result<ServiceEdit, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            super::server::edit_form(&request::db()?, &person, &slug).await
        }
        .await,
    )
}

/// A service owner (or an administrator) saves a service; the change goes to its changelog.
#[server(prefix = "/api", endpoint = "admin/services/save")]
#[allow(clippy::too_many_arguments)]
pub async fn save_service(
    slug: String,
    description_et: String,
    description_en: Option<String>,
    cost_et: String,
    cost_en: Option<String>,
    processing_et: String,
    processing_en: Option<String>,
    reviewed: Option<String>,
) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let edit = ServiceEdit {
        slug: slug.clone(),
        description_et,
        description_en: description_en.unwrap_or_default(),
        cost_et,
        cost_en: cost_en.unwrap_or_default(),
        processing_et,
        processing_en: processing_en.unwrap_or_default(),
        ..ServiceEdit::default()
    };
    let result = async {
        let person = request::require_staff()?;
        super::server::save_edit(&request::db()?, &person, &edit, reviewed.is_some()).await?;
        Ok((format!("/services/{slug}"), Some(Msg::NoticeServiceSaved)))
    }
    .await;
    let kept = [
        ("description_et", edit.description_et.as_str()),
        ("description_en", edit.description_en.as_str()),
        ("cost_et", edit.cost_et.as_str()),
        ("cost_en", edit.cost_en.as_str()),
        ("processing_et", edit.processing_et.as_str()),
        ("processing_en", edit.processing_en.as_str()),
    ];
    request::finish_form("service", &kept, result)
}

/// How many services the catalogue has, for the front page (the same set as everywhere).
#[server(prefix = "/api", endpoint = "services/count")]
pub async fn count_services() -> Result<u64, AppError> {
    use crate::core::request;
    request::answer(async { super::server::catalogue_count(&request::db()?).await }.await)
}
