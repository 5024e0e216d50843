//! Server side of citizens' ideas: the list and one idea, submitting, supporting once
//! (which may take an idea into the city's review list and tell its author), reporting,
//! the review list and the city's answer. Moderation lives with the comments' in `server`.

use std::collections::BTreeMap;


use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set, SqlErr};

use super::entity::{idea, idea_report, idea_support, topic};
use super::ideas::{check_idea, enters_review, IdeaInput, IdeaStatus};
use super::ideas_api::{IdeaCard, IdeaFilter, IdeaList, IdeaView};
use super::server::topics_by_id;
use crate::core::database::begin_write;
use crate::core::i18n::{Locale, Msg};
use crate::core::roles::SessionUser;
use crate::error::AppError;
use crate::notifications::kinds::{FollowKind, NoticeKind};

pub const ANSWER_MAX: usize = 5000;

fn status_of(row: &idea::Model) -> IdeaStatus {
    IdeaStatus::from_key(&row.status).unwrap_or(IdeaStatus::Collecting)
}

fn card(row: &idea::Model, topics: &BTreeMap<i32, topic::Model>, locale: Locale) -> IdeaCard {
    let topic = topics.get(&row.topic_id);
    IdeaCard {
        id: row.id,
        title: row.title.clone(),
        topic: topic.map(|t| t.name.0.get(locale).to_owned()).unwrap_or_default(),
        status: status_of(row),
        supports: row.supports,
        threshold: topic.map(|t| t.idea_threshold).unwrap_or_default(),
        created: crate::rooms::rules::to_local(row.created_at).format("%Y-%m-%d").to_string(),
        place: row.latitude.zip(row.longitude),
    }
}


/// `/ideas`: shown ideas, most supported first, filtered by topic and status.
pub async fn idea_list(db: &DatabaseConnection, filter: &IdeaFilter, locale: Locale) -> Result<IdeaList, AppError> {
    let topics = topics_by_id(db).await?;
    let mut query = idea::Entity::find().filter(idea::Column::Hidden.eq(false));
    if let Some(slug) = filter.topic.as_deref().filter(|s| !s.is_empty()) {
        let id = topics.values().find(|t| t.slug == slug).map(|t| t.id).unwrap_or(-1);
        query = query.filter(idea::Column::TopicId.eq(id));
    }
    if let Some(status) = filter.status.as_deref().and_then(IdeaStatus::from_key) {
        query = query.filter(idea::Column::Status.eq(status.key()));
    }
    let rows = query.order_by_desc(idea::Column::Supports).order_by_desc(idea::Column::Id).all(db).await?;
    Ok(IdeaList {
        items: rows.iter().map(|row| card(row, &topics, locale)).collect(),
        topics: {
            let mut ordered: Vec<&topic::Model> = topics.values().collect();
            ordered.sort_by_key(|t| t.position);
            ordered.into_iter().map(|t| (t.slug.clone(), t.name.0.get(locale).to_owned())).collect()
        },
    })
}

/// The topics an idea can be about, in the hubs' order: (slug, name).
pub async fn topic_choices(db: &DatabaseConnection, locale: Locale) -> Result<Vec<(String, String)>, AppError> {
    let topics = topic::Entity::find().order_by_asc(topic::Column::Position).all(db).await?;
    Ok(topics.into_iter().map(|t| (t.slug, t.name.0.get(locale).to_owned())).collect())
}

/// One idea. A hidden idea keeps its page, saying it was hidden and why, but not what it said.
pub async fn idea_view(db: &DatabaseConnection, id: i32, person: Option<&SessionUser>, locale: Locale) -> Result<IdeaView, AppError> {
    let row = idea::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let topics = topics_by_id(db).await?;
    let supported = match person {
        Some(p) => idea_support::Entity::find().filter(idea_support::Column::IdeaId.eq(id)).filter(idea_support::Column::UserId.eq(p.id)).one(db).await?.is_some(),
        None => false,
    };
    let following = match person {
        Some(p) => crate::notifications::server::following(db, p.id, crate::notifications::kinds::FollowKind::Idea, id).await?.and_then(|f| crate::notifications::kinds::Delivery::from_key(&f.mode)),
        None => None,
    };
    let author = crate::accounts::server::names(db, row.author_id).await?.into_values().next().unwrap_or_default();
    let mut card = card(&row, &topics, locale);
    if row.hidden {
        card.title = Msg::IdeaHiddenTitle.text(locale).to_owned();
        card.place = None;
    }
    Ok(IdeaView {
        topic_slug: topics.get(&row.topic_id).map(|t| t.slug.clone()).unwrap_or_default(),
        description: if row.hidden { String::new() } else { row.description.clone() },
        author: if row.hidden { String::new() } else { author },
        answer: row.answer.clone(),
        hidden: row.hidden,
        hidden_reason: row.hidden_reason.clone(),
        mine: person.is_some_and(|p| row.author_id == Some(p.id)),
        supported,
        following,
        card,
    })
}

/// Saves a new idea; returns its id.
pub async fn submit(db: &DatabaseConnection, person: &SessionUser, input: &IdeaInput) -> Result<i32, AppError> {
    let valid = check_idea(input).map_err(AppError::Validation)?;
    let topic = topic::Entity::find().filter(topic::Column::Slug.eq(valid.topic.as_str())).one(db).await?.ok_or_else(|| AppError::field("topic", Msg::ValChooseFromList))?;
    let saved = idea::ActiveModel {
        topic_id: Set(topic.id),
        author_id: Set(Some(person.id)),
        title: Set(valid.title),
        description: Set(valid.description),
        latitude: Set(valid.place.map(|p| p.0)),
        longitude: Set(valid.place.map(|p| p.1)),
        status: Set(IdeaStatus::Collecting.key().to_owned()),
        supports: Set(0),
        created_at: Set(crate::core::clock::now()),
        review_since: Set(None),
        answer: Set(None),
        hidden: Set(false),
        hidden_reason: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(saved.id)
}

/// Supports an idea once (the unique index decides between concurrent clicks). The count
/// is kept in the same transaction; the support that reaches the topic's threshold takes
/// the idea into the review list and tells its author, exactly once.
pub async fn support(db: &DatabaseConnection, person: &SessionUser, id: i32) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let row = idea::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?;
    if row.hidden {
        return Err(AppError::NotFound);
    }
    if row.author_id == Some(person.id) {
        return Err(AppError::Conflict(Msg::CannotSupportOwnIdea));
    }
    if status_of(&row) == IdeaStatus::Answered {
        return Err(AppError::Conflict(Msg::IdeaAlreadyAnswered));
    }
    let inserted = idea_support::ActiveModel { idea_id: Set(id), user_id: Set(person.id), created_at: Set(crate::core::clock::now()), ..Default::default() }.insert(&txn).await;
    match inserted {
        Ok(_) => {}
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => return Err(AppError::Conflict(Msg::AlreadySupported)),
        Err(err) => return Err(err.into()),
    }
    idea::Entity::update_many().col_expr(idea::Column::Supports, Expr::col(idea::Column::Supports).add(1)).filter(idea::Column::Id.eq(id)).exec(&txn).await?;
    let now = idea::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?;
    let threshold = topic::Entity::find_by_id(now.topic_id).one(&txn).await?.map(|t| t.idea_threshold).unwrap_or(i32::MAX);
    if enters_review(status_of(&now), now.supports, threshold) {
        let moved = idea::Entity::update_many()
            .col_expr(idea::Column::Status, Expr::value(IdeaStatus::InReview.key()))
            .col_expr(idea::Column::ReviewSince, Expr::value(Some(crate::core::clock::now())))
            .filter(idea::Column::Id.eq(id))
            .filter(idea::Column::Status.eq(IdeaStatus::Collecting.key()))
            .exec(&txn)
            .await?;
        if let (1, Some(author)) = (moved.rows_affected, now.author_id) {
            crate::notifications::server::tell(&txn, author, NoticeKind::IdeaInReview, &now.title, &format!("/ideas/{id}"), None).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Reports an idea to the moderators, once per person; not one's own.
pub async fn report(db: &DatabaseConnection, person: &SessionUser, id: i32, reason: &str) -> Result<(), AppError> {
    let row = idea::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    if row.author_id == Some(person.id) {
        return Err(AppError::Conflict(Msg::CannotReportOwnIdea));
    }
    if reason.trim().is_empty() || reason.chars().count() > 500 {
        return Err(AppError::field("reason", Msg::ValReportReason));
    }
    let inserted = idea_report::ActiveModel { idea_id: Set(id), reporter_id: Set(person.id), reason: Set(reason.trim().to_owned()), created_at: Set(crate::core::clock::now()), ..Default::default() }.insert(db).await;
    match inserted {
        Ok(_) => Ok(()),
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => Err(AppError::Conflict(Msg::AlreadyReportedIdea)),
        Err(err) => Err(err.into()),
    }
}

/// `/admin/ideas`: ideas in review, the longest waiting first.
pub async fn review_list(db: &DatabaseConnection, person: &SessionUser, locale: Locale) -> Result<Vec<IdeaCard>, AppError> {
    if !person.is_staff() {
        return Err(AppError::Forbidden);
    }
    let topics = topics_by_id(db).await?;
    let rows = idea::Entity::find()
        .filter(idea::Column::Status.eq(IdeaStatus::InReview.key()))
        .filter(idea::Column::Hidden.eq(false))
        .order_by_asc(idea::Column::ReviewSince)
        .all(db)
        .await?;
    Ok(rows.iter().map(|row| card(row, &topics, locale)).collect())
}

/// The city's answer to an idea in review (administrators). Conditional on the status, so
/// two people answering at once get one answer and one "changed meanwhile".
pub async fn answer(db: &DatabaseConnection, person: &SessionUser, id: i32, text: &str, base_url: &str) -> Result<(), AppError> {
    if !super::model::runs_consultations(person) {
        return Err(AppError::Forbidden);
    }
    let text = text.trim();
    if text.is_empty() || text.chars().count() > ANSWER_MAX {
        return Err(AppError::field("answer", Msg::ValResponse));
    }
    let txn = begin_write(db).await?;
    let row = idea::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?;
    let changed = idea::Entity::update_many()
        .col_expr(idea::Column::Status, Expr::value(IdeaStatus::Answered.key()))
        .col_expr(idea::Column::Answer, Expr::value(Some(text.to_owned())))
        .filter(idea::Column::Id.eq(id))
        .filter(idea::Column::Status.eq(IdeaStatus::InReview.key()))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(AppError::Conflict(Msg::IdeaNotInReview));
    }
    if let Some(author) = row.author_id {
        crate::notifications::server::tell(&txn, author, NoticeKind::IdeaAnswered, &row.title, &format!("/ideas/{id}#answer"), None).await?;
    }
    let subjects = [(FollowKind::Idea, id), (FollowKind::Topic, row.topic_id)];
    crate::notifications::server::tell_followers_of(&txn, &subjects, NoticeKind::FollowedIdeaAnswered, &row.title, &format!("/ideas/{id}#answer"), None, base_url).await?;
    txn.commit().await?;
    Ok(())
}

