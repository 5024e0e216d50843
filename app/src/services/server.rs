//! Server only: reading the catalogue for search and service pages, and storing feedback.

use std::collections::BTreeMap;
use std::net::IpAddr;

use chrono::Duration;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use sha2::{Digest, Sha256};

use super::api::{ChannelKind, ChannelView, ServiceCard, ServiceFilter, ServicePage, ServiceSearch};
use super::entity::{department, service, service_feedback, service_owner};
use super::model::{Audience, Channel, LifeEvent, ServiceStatus, Topic};
use super::search::{score, words, Searchable};
use crate::core::i18n::{Locale, Msg};
use crate::error::{AppError, FieldError};

/// How many results one page shows.
pub const PAGE_SIZE: usize = 50;
/// Feedback answers one sender may give in a day, over all services.
pub const FEEDBACK_PER_DAY: u64 = 10;
pub const COMMENT_MAX_CHARS: usize = 2000;

fn department_name(d: &department::Model, locale: Locale) -> String {
    match locale {
        Locale::Et => d.name_et.clone(),
        Locale::En => d.name_en.clone(),
        Locale::Ru => d.name_ru.clone().unwrap_or_else(|| d.name_et.clone()),
    }
}

fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// Active services matching the words and filters, best first. Every language's name and
/// description is searched, so "kindergarten" finds what "lasteaed" finds.
pub async fn search(db: &DatabaseConnection, filter: &ServiceFilter, locale: Locale) -> Result<ServiceSearch, AppError> {
    let departments = department::Entity::find().order_by_asc(department::Column::NameEt).all(db).await?;
    let mut result = ServiceSearch {
        departments: departments.iter().map(|d| (d.slug.clone(), department_name(d, locale))).collect(),
        ..ServiceSearch::default()
    };
    let mut errors = Vec::new();
    let topic = present(&filter.topic).map(|k| Topic::from_key(k).ok_or(()));
    let life_event = present(&filter.life_event).map(|k| LifeEvent::from_key(k).ok_or(()));
    let audience = present(&filter.audience).map(|k| Audience::from_key(k).ok_or(()));
    let institution = present(&filter.institution).map(|slug| departments.iter().find(|d| d.slug == slug).map(|d| d.id).ok_or(()));
    for (field, bad) in [("topic", topic == Some(Err(()))), ("life_event", life_event == Some(Err(()))), ("audience", audience == Some(Err(()))), ("institution", institution == Some(Err(())))] {
        if bad {
            errors.push(FieldError::new(field, Msg::ValChooseFromList));
        }
    }
    if present(&filter.q).is_some_and(|q| !super::search::query_within_limits(q)) {
        errors.push(
            FieldError::new("q", Msg::ValSearchTooLong)
                .with_param("chars", super::search::QUERY_MAX_CHARS)
                .with_param("words", super::search::QUERY_MAX_WORDS),
        );
    }
    if !errors.is_empty() {
        result.errors = errors;
        return Ok(result);
    }
    let (topic, life_event, audience, institution) = (topic.and_then(Result::ok), life_event.and_then(Result::ok), audience.and_then(Result::ok), institution.and_then(Result::ok));
    let query = present(&filter.q).map(words).unwrap_or_default();
    result.searched = !query.is_empty() || topic.is_some() || life_event.is_some() || audience.is_some() || institution.is_some();
    if !result.searched {
        return Ok(result);
    }
    let names: BTreeMap<i32, String> = departments.iter().map(|d| (d.id, department_name(d, locale))).collect();
    let mut rows = service::Entity::find().filter(service::Column::Status.eq(ServiceStatus::Active.key()));
    if let Some(id) = institution {
        rows = rows.filter(service::Column::DepartmentId.eq(id));
    }
    let mut found: Vec<(u32, ServiceCard)> = Vec::new();
    for s in rows.all(db).await? {
        let details = &s.details.0;
        if topic.is_some_and(|t| !details.topics.contains(&t))
            || life_event.is_some_and(|e| !details.life_events.contains(&e))
            || audience.is_some_and(|a| !details.audiences.contains(&a))
        {
            continue;
        }
        let rank = if query.is_empty() {
            0
        } else {
            let (name, about) = (&s.name.0, &s.description.0);
            let text = Searchable::new(
                &[&name.et, name.en.as_deref().unwrap_or(""), name.ru.as_deref().unwrap_or("")],
                &details.keywords.all().collect::<Vec<_>>(),
                &[&about.et, about.en.as_deref().unwrap_or(""), s.subdivision.as_deref().unwrap_or("")],
            );
            match score(&query, &text) {
                Some(rank) => rank,
                None => continue,
            }
        };
        found.push((
            rank,
            ServiceCard {
                name: s.name.0.get(locale).to_owned(),
                description: s.description.0.get(locale).to_owned(),
                department: names.get(&s.department_id).cloned().unwrap_or_default(),
                subdivision: s.subdivision,
                digital: s.digital,
                slug: s.slug,
            },
        ));
    }
    // City-wide services first (they answer everyone; a school's or kindergarten's own
    // variant answers its families), each group best match first, then by name.
    found.sort_by(|(a, x), (b, y)| x.subdivision.is_some().cmp(&y.subdivision.is_some()).then(b.cmp(a)).then(x.name.cmp(&y.name)));
    result.total = found.len();
    result.services = found.into_iter().take(PAGE_SIZE).map(|(_, card)| card).collect();
    Ok(result)
}

pub async fn page(db: &DatabaseConnection, slug: &str, locale: Locale) -> Result<ServicePage, AppError> {
    let s = service::Entity::find().filter(service::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let dept = department::Entity::find_by_id(s.department_id).one(db).await?.ok_or(AppError::NotFound)?;
    let owner = match s.owner_id {
        Some(id) => service_owner::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let details = s.details.0;
    Ok(ServicePage {
        slug: s.slug,
        name: s.name.0.get(locale).to_owned(),
        description: s.description.0.get(locale).to_owned(),
        status: ServiceStatus::from_key(&s.status).unwrap_or(ServiceStatus::Active),
        topics: details.topics,
        life_events: details.life_events,
        audiences: details.audiences,
        channels: details
            .channels
            .into_iter()
            .map(|c| match c {
                Channel::EService { url } => ChannelView { kind: ChannelKind::EService, value: url, hours: None },
                Channel::InPerson { address, hours } => ChannelView { kind: ChannelKind::InPerson, value: address, hours: Some(hours) },
                Channel::Phone { number, hours } => ChannelView { kind: ChannelKind::Phone, value: number, hours: Some(hours) },
                Channel::Email { address } => ChannelView { kind: ChannelKind::Email, value: address, hours: None },
            })
            .collect(),
        cost: details.cost.get(locale).to_owned(),
        processing_time: details.processing_time.get(locale).to_owned(),
        documents: details.documents.iter().map(|d| d.get(locale).to_owned()).collect(),
        output: details.output.get(locale).to_owned(),
        legal_basis: details.legal_basis,
        department: department_name(&dept, locale),
        department_email: dept.contact_email,
        department_phone: dept.contact_phone,
        subdivision: s.subdivision,
        owner: owner.map(|o| (o.name, if locale == Locale::En { o.role_en } else { o.role_et })),
        last_reviewed: s.last_reviewed.format("%Y-%m-%d").to_string(),
        changelog: changelog(db, s.id, locale).await?,
    })
}

/// A one-way key for the sender and the day: the same sender is recognised for rate
/// limiting today, and nobody can tell who they were.
fn sender_key(ip: Option<IpAddr>) -> String {
    let day = crate::core::clock::now().date_naive();
    let digest = Sha256::digest(format!("raekoda-feedback|{}|{day}", ip.map(|ip| ip.to_string()).unwrap_or_default()).as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Stores a "Was this helpful?" answer, at most `FEEDBACK_PER_DAY` per sender a day.
pub async fn record_feedback(db: &DatabaseConnection, slug: &str, helpful: bool, comment: Option<&str>, ip: Option<IpAddr>) -> Result<(), AppError> {
    let s = service::Entity::find().filter(service::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let comment = comment.map(str::trim).filter(|c| !c.is_empty());
    if comment.is_some_and(|c| c.chars().count() > COMMENT_MAX_CHARS) {
        return Err(AppError::Validation(vec![FieldError::new("comment", Msg::ValCommentTooLong).with_param("max", COMMENT_MAX_CHARS)]));
    }
    let key = sender_key(ip);
    let today = service_feedback::Entity::find()
        .filter(service_feedback::Column::SenderKey.eq(&key))
        .filter(service_feedback::Column::CreatedAt.gt(crate::core::clock::now() - Duration::days(1)))
        .count(db)
        .await?;
    if today >= FEEDBACK_PER_DAY {
        return Err(AppError::Validation(vec![FieldError::new("helpful", Msg::FeedbackTooOften)]));
    }
    service_feedback::ActiveModel {
        service_id: Set(s.id),
        helpful: Set(helpful),
        comment: Set(comment.map(str::to_owned)),
        sender_key: Set(key),
        created_at: Set(crate::core::clock::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Every service that is not retired, as the service map counts it: (slug, name, entry).
pub async fn map_entries(db: &DatabaseConnection, locale: Locale) -> Result<Vec<(String, String, super::map::MapEntry)>, AppError> {
    let departments: BTreeMap<i32, String> =
        department::Entity::find().all(db).await?.into_iter().map(|d| (d.id, department_name(&d, locale))).collect();
    let owners: BTreeMap<i32, String> = service_owner::Entity::find().all(db).await?.into_iter().map(|o| (o.id, o.name)).collect();
    let services = service::Entity::find()
        .filter(in_catalogue())
        .order_by_asc(service::Column::Slug)
        .all(db)
        .await?;
    Ok(services
        .into_iter()
        .map(|s| {
            let entry = super::map::MapEntry {
                department: departments.get(&s.department_id).cloned().unwrap_or_default(),
                subdivision: s.subdivision.clone(),
                owner: s.owner_id.and_then(|id| owners.get(&id).cloned()),
                last_reviewed: s.last_reviewed,
                digital: s.digital,
            };
            (s.slug, s.name.0.get(locale).to_owned(), entry)
        })
        .collect())
}

/// The services behind one count of the map.
pub fn map_list(
    entries: Vec<(String, String, super::map::MapEntry)>,
    filter: &super::api::MapFilter,
    today: chrono::NaiveDate,
) -> Vec<(String, String, super::map::MapEntry)> {
    entries
        .into_iter()
        .filter(|(_, _, e)| present(&filter.department).is_none_or(|d| e.department == d))
        .filter(|(_, _, e)| present(&filter.subdivision).is_none_or(|s| e.subdivision.as_deref() == Some(s)))
        .filter(|(_, _, e)| present(&filter.owner).is_none_or(|o| e.owner.as_deref() == Some(o)))
        .filter(|(_, _, e)| match present(&filter.problem) {
            Some("no-owner") => e.owner.is_none(),
            Some("overdue") => super::map::is_overdue(e.last_reviewed, today),
            Some("digital") => e.digital,
            Some("not-digital") => !e.digital,
            _ => true,
        })
        .collect()
}

/// The catalogue is every service that is not retired: the front page's count, the service
/// map, the open-data dataset and the CPSV-AP export all mean this same set.
pub fn in_catalogue() -> sea_orm::sea_query::SimpleExpr {
    service::Column::Status.ne(ServiceStatus::Retired.key())
}

/// How many services the catalogue has.
pub async fn catalogue_count(db: &DatabaseConnection) -> Result<u64, AppError> {
    use sea_orm::PaginatorTrait;
    Ok(service::Entity::find().filter(in_catalogue()).count(db).await?)
}

/// The catalogue (all services that are not retired, or one) as CPSV-AP JSON-LD.
pub async fn export(db: &DatabaseConnection, base: &str, slug: Option<&str>) -> Result<serde_json::Value, AppError> {
    use super::cpsv::{document, ExportDepartment, ExportService};
    let departments = department::Entity::find().order_by_asc(department::Column::Id).all(db).await?;
    let owners: BTreeMap<i32, String> = service_owner::Entity::find().all(db).await?.into_iter().map(|o| (o.id, o.name)).collect();
    let mut query = service::Entity::find().filter(in_catalogue());
    if let Some(slug) = slug {
        query = query.filter(service::Column::Slug.eq(slug));
    }
    let services = query.order_by_asc(service::Column::Slug).all(db).await?;
    if slug.is_some() && services.is_empty() {
        return Err(AppError::NotFound);
    }
    let dept_slug: BTreeMap<i32, String> = departments.iter().map(|d| (d.id, d.slug.clone())).collect();
    let pairs = |t: &super::model::Text| {
        let mut list = vec![("et", t.et.clone())];
        list.extend(t.en.clone().map(|en| ("en", en)));
        list.extend(t.ru.clone().map(|ru| ("ru", ru)));
        list
    };
    let exported: Vec<ExportService> = services
        .into_iter()
        .map(|s| {
            let details = s.details.0;
            let days = details.processing_time.et.split(|c: char| !c.is_ascii_digit()).find(|n| !n.is_empty()).and_then(|n| n.parse().ok());
            ExportService {
                names: pairs(&s.name.0),
                descriptions: pairs(&s.description.0),
                department_slug: dept_slug.get(&s.department_id).cloned().unwrap_or_default(),
                keywords: details.keywords.tagged().map(|(lang, word)| (lang, word.to_owned())).collect(),
                channels: details
                    .channels
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let kind = match c {
                            Channel::EService { .. } => "e-service",
                            Channel::InPerson { .. } => "in-person",
                            Channel::Phone { .. } => "phone",
                            Channel::Email { .. } => "e-mail",
                        };
                        ((i + 1).to_string(), kind)
                    })
                    .collect(),
                processing_days: days.or_else(|| (details.processing_time.et == "Kohe").then_some(0)),
                owner: s.owner_id.and_then(|id| owners.get(&id).map(|name| (id, name.clone()))),
                status: ServiceStatus::from_key(&s.status).unwrap_or(ServiceStatus::Active).key(),
                slug: s.slug,
            }
        })
        .collect();
    let departments: Vec<ExportDepartment> = departments
        .into_iter()
        .map(|d| {
            let mut names = vec![("et", d.name_et), ("en", d.name_en)];
            names.extend(d.name_ru.map(|ru| ("ru", ru)));
            ExportDepartment { slug: d.slug, names }
        })
        .collect();
    Ok(document(base.trim_end_matches('/'), &departments, &exported))
}

/// `/departments/{slug}` as JSON-LD: the competent authority the export names.
pub async fn department_document(
    db: &DatabaseConnection,
    base: &str,
    slug: &str,
) -> Result<serde_json::Value, AppError> {
    let d = department::Entity::find()
        .filter(department::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut names = vec![("et", d.name_et), ("en", d.name_en)];
    names.extend(d.name_ru.map(|ru| ("ru", ru)));
    Ok(super::cpsv::department(
        base.trim_end_matches('/'),
        &super::cpsv::ExportDepartment {
            slug: d.slug,
            names,
        },
    ))
}

/// `/service-owners/{id}` as JSON-LD: only an owner who owns a service in the catalogue,
/// because only those are published.
pub async fn owner_document(
    db: &DatabaseConnection,
    base: &str,
    id: i32,
) -> Result<serde_json::Value, AppError> {
    use sea_orm::PaginatorTrait;
    let owner = service_owner::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let published = service::Entity::find()
        .filter(in_catalogue())
        .filter(service::Column::OwnerId.eq(id))
        .count(db)
        .await?
        > 0;
    if !published {
        return Err(AppError::NotFound);
    }
    Ok(super::cpsv::owner(
        base.trim_end_matches('/'),
        owner.id,
        &owner.name,
    ))
}

/// Whether `person` may edit the service owned by `owner` (its `service_owners` row):
/// administrators edit every service, a service owner their own.
pub fn may_edit(person: &crate::core::roles::SessionUser, owner: Option<&service_owner::Model>) -> bool {
    person.is_administrator()
        || (person.has_role(crate::core::roles::Role::ServiceOwner) && owner.is_some_and(|o| o.user_id == Some(person.id)))
}

/// A person's services with their feedback: the services they own, or for an
/// administrator without services of their own, every service that has feedback.
pub async fn owned_services(db: &DatabaseConnection, person: &crate::core::roles::SessionUser, locale: Locale) -> Result<Vec<super::api::OwnedService>, AppError> {
    let mine: Vec<i32> = service_owner::Entity::find()
        .filter(service_owner::Column::UserId.eq(person.id))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    let services = if !mine.is_empty() {
        service::Entity::find().filter(service::Column::OwnerId.is_in(mine)).order_by_asc(service::Column::Slug).all(db).await?
    } else if person.is_administrator() {
        // Only the services somebody answered about, not the whole catalogue.
        let answered: Vec<i32> = service_feedback::Entity::find()
            .select_only()
            .column(service_feedback::Column::ServiceId)
            .distinct()
            .into_tuple()
            .all(db)
            .await?;
        service::Entity::find().filter(service::Column::Id.is_in(answered)).order_by_asc(service::Column::Slug).all(db).await?
    } else {
        return Err(AppError::Forbidden);
    };
    let feedback = service_feedback::Entity::find()
        .filter(service_feedback::Column::ServiceId.is_in(services.iter().map(|s| s.id).collect::<Vec<_>>()))
        .order_by_desc(service_feedback::Column::CreatedAt)
        .all(db)
        .await?;
    let today = crate::core::clock::now().date_naive();
    Ok(services
        .into_iter()
        .map(|s| {
            let own: Vec<&service_feedback::Model> = feedback.iter().filter(|f| f.service_id == s.id).collect();
            super::api::OwnedService {
                name: s.name.0.get(locale).to_owned(),
                overdue: super::map::is_overdue(s.last_reviewed, today),
                last_reviewed: s.last_reviewed.format("%Y-%m-%d").to_string(),
                helpful: own.iter().filter(|f| f.helpful).count(),
                not_helpful: own.iter().filter(|f| !f.helpful).count(),
                comments: own
                    .iter()
                    .filter_map(|f| f.comment.clone().map(|c| (f.created_at.format("%Y-%m-%d").to_string(), f.helpful, c)))
                    .take(5)
                    .collect(),
                slug: s.slug,
            }
        })
        .collect())
}

async fn editable(db: &impl sea_orm::ConnectionTrait, person: &crate::core::roles::SessionUser, slug: &str) -> Result<service::Model, AppError> {
    let s = service::Entity::find().filter(service::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let owner = match s.owner_id {
        Some(id) => service_owner::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    if !may_edit(person, owner.as_ref()) {
        return Err(AppError::Forbidden);
    }
    Ok(s)
}

pub async fn edit_form(db: &DatabaseConnection, person: &crate::core::roles::SessionUser, slug: &str) -> Result<super::api::ServiceEdit, AppError> {
    let s = editable(db, person, slug).await?;
    let details = s.details.0;
    Ok(super::api::ServiceEdit {
        slug: s.slug,
        name: s.name.0.et.clone(),
        description_et: s.description.0.et.clone(),
        description_en: s.description.0.en.clone().unwrap_or_default(),
        cost_et: details.cost.et.clone(),
        cost_en: details.cost.en.clone().unwrap_or_default(),
        processing_et: details.processing_time.et.clone(),
        processing_en: details.processing_time.en.clone().unwrap_or_default(),
        last_reviewed: s.last_reviewed.format("%Y-%m-%d").to_string(),
    })
}

/// Saves an owner's edit and writes what changed into the service's changelog, in one
/// transaction. "Reviewed" alone (nothing else changed) is a changelog entry too.
pub async fn save_edit(db: &DatabaseConnection, person: &crate::core::roles::SessionUser, edit: &super::api::ServiceEdit, reviewed: bool) -> Result<(), AppError> {
    use sea_orm::IntoActiveModel;
    // Permission first: someone who may not edit learns nothing from validation.
    editable(db, person, &edit.slug).await?;
    let limit = |field: &str, text: &str, max: usize| {
        (text.trim().is_empty() || text.chars().count() > max).then(|| FieldError::new(field, Msg::ValServiceText).with_param("max", max))
    };
    let errors: Vec<FieldError> = [
        limit("description_et", &edit.description_et, 4000),
        limit("cost_et", &edit.cost_et, 300),
        limit("processing_et", &edit.processing_et, 300),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = crate::core::database::begin_write(db).await?;
    let s = editable(&txn, person, &edit.slug).await?;
    let mut changed = Vec::new();
    let mut description = s.description.0.clone();
    let mut details = s.details.0.clone();
    let optional = |t: &str| Some(t.trim().to_owned()).filter(|t| !t.is_empty());
    if description.et != edit.description_et.trim() || description.en != optional(&edit.description_en) {
        description.et = edit.description_et.trim().to_owned();
        description.en = optional(&edit.description_en);
        changed.push("description");
    }
    if details.cost.et != edit.cost_et.trim() || details.cost.en != optional(&edit.cost_en) {
        details.cost.et = edit.cost_et.trim().to_owned();
        details.cost.en = optional(&edit.cost_en);
        changed.push("cost");
    }
    if details.processing_time.et != edit.processing_et.trim() || details.processing_time.en != optional(&edit.processing_en) {
        details.processing_time.et = edit.processing_et.trim().to_owned();
        details.processing_time.en = optional(&edit.processing_en);
        changed.push("processing time");
    }
    if changed.is_empty() && !reviewed {
        return Ok(());
    }
    let now = crate::core::clock::now();
    let id = s.id;
    let mut active = s.into_active_model();
    active.description = Set(service::TextJson(description));
    active.details = Set(service::DetailsJson(details));
    active.updated_at = Set(now);
    if reviewed || !changed.is_empty() {
        // Changing a service is reviewing it.
        active.last_reviewed = Set(now.date_naive());
    }
    active.update(&txn).await?;
    let summary = if changed.is_empty() { "reviewed, no changes".to_owned() } else { format!("changed: {}", changed.join(", ")) };
    super::entity::service_change::ActiveModel { service_id: Set(id), actor_id: Set(Some(person.id)), summary: Set(summary), at: Set(now), ..Default::default() }
        .insert(&txn)
        .await?;
    tell_service_followers(&txn, id).await?;
    txn.commit().await?;
    Ok(())
}

/// Tells a service's followers that its changelog has a new entry.
pub async fn tell_service_followers(txn: &impl sea_orm::ConnectionTrait, id: i32) -> Result<(), AppError> {
    use crate::notifications::kinds::{FollowKind, NoticeKind};
    let Some(found) = service::Entity::find_by_id(id).one(txn).await? else { return Ok(()) };
    let link = format!("/services/{}#changes", found.slug);
    crate::notifications::server::tell_followers(txn, FollowKind::Service, id, NoticeKind::ServiceChanged, &found.name.0.et, &link, &crate::notifications::server::site_url()).await?;
    Ok(())
}

/// An owner's edit as the changelog stores it ("changed: description, cost" or "reviewed,
/// no changes", stable English keys) in the reader's language. A proposal's entry is
/// its title, worded by the page.
fn summary_in(summary: &str, from_proposal: bool, locale: Locale) -> String {
    if from_proposal {
        return summary.to_owned();
    }
    if summary == "reviewed, no changes" {
        return Msg::ChangelogReviewed.text(locale).to_owned();
    }
    match summary.strip_prefix("changed: ") {
        Some(fields) => {
            let named: Vec<&str> = fields
                .split(", ")
                .map(|field| match field {
                    "description" => Msg::ChangelogDescription.text(locale),
                    "cost" => Msg::ServiceCost.text(locale),
                    "processing time" => Msg::ServiceProcessingTime.text(locale),
                    other => other,
                })
                .collect();
            format!("{}: {}", Msg::ChangelogChanged.text(locale), named.join(", "))
        }
        None => summary.to_owned(),
    }
}

/// A service's changelog, newest first.
pub async fn changelog(db: &DatabaseConnection, service_id: i32, locale: Locale) -> Result<Vec<super::api::ChangeEntry>, AppError> {
    let changes = super::entity::service_change::Entity::find()
        .filter(super::entity::service_change::Column::ServiceId.eq(service_id))
        .order_by_desc(super::entity::service_change::Column::At)
        .all(db)
        .await?;
    let ids: Vec<i32> = changes.iter().filter_map(|c| c.actor_id).collect();
    let names = crate::accounts::server::names(db, ids).await?;
    Ok(changes
        .into_iter()
        .map(|c| super::api::ChangeEntry {
            date: c.at.format("%Y-%m-%d").to_string(),
            who: c.actor_id.and_then(|id| names.get(&id).cloned()).unwrap_or_default(),
            summary: summary_in(&c.summary, c.proposal_id.is_some(), locale),
            proposal: c.proposal_id,
        })
        .collect())
}
