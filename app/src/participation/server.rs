//! Server side of Participation: topic hubs, plans, consultations, and what signed-in
//! citizens do there (comment, reply, edit within 15 minutes, report, support once).

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set, SqlErr};

use super::api::{CommentView, ConsultationCard, ConsultationFilter, ConsultationList, ConsultationView, GoalView, IndicatorView, ModerationItem, ModerationSubject, PlanView, QuestionView, SurveyView, TopicCard, TopicHub};
use super::entity::{comment, comment_report, consultation, idea, idea_moderation_event, idea_report, indicator, moderation_event, plan, support, survey_response, topic};
use super::survey::{parse_answers, tally, Answer, Question};
use super::model::{format_number, progress_percent, Indicator, Phase, COMMENT_MAX, EDIT_WINDOW_MINUTES};
use crate::core::i18n::{Locale, Msg};
use crate::core::roles::SessionUser;
use crate::error::{AppError, FieldError};

/// Today in Tallinn: consultations open and close by the city's calendar.
pub fn today() -> NaiveDate {
    crate::rooms::rules::to_local(crate::core::clock::now()).date()
}

fn to_indicator(row: &indicator::Model) -> Indicator {
    Indicator {
        slug: row.slug.clone(),
        name: row.name.0.clone(),
        unit: row.unit.0.clone(),
        decimals: row.decimals.clamp(0, 2) as u8,
        values: row.year_values.0.clone(),
    }
}

fn indicator_view(row: &indicator::Model, locale: Locale) -> IndicatorView {
    let mut values = row.year_values.0.clone();
    values.sort_by_key(|v| v.year);
    IndicatorView {
        slug: row.slug.clone(),
        name: row.name.0.get(locale).to_owned(),
        unit: row.unit.0.get(locale).to_owned(),
        decimals: row.decimals.clamp(0, 2) as u8,
        values,
        source: row.source.clone(),
    }
}

pub(super) fn card(row: &consultation::Model, topics: &BTreeMap<i32, topic::Model>, today: NaiveDate, locale: Locale) -> ConsultationCard {
    ConsultationCard {
        slug: row.slug.clone(),
        title: row.title.0.get(locale).to_owned(),
        topic: topics.get(&row.topic_id).map(|t| t.name.0.get(locale).to_owned()).unwrap_or_default(),
        district: row.district.clone(),
        phase: Phase::of(row.opens_on, row.closes_on, today),
        opens_on: row.opens_on.format("%Y-%m-%d").to_string(),
        closes_on: row.closes_on.format("%Y-%m-%d").to_string(),
        place: row.latitude.zip(row.longitude),
    }
}

pub(super) async fn topics_by_id(db: &impl sea_orm::ConnectionTrait) -> Result<BTreeMap<i32, topic::Model>, AppError> {
    Ok(topic::Entity::find().all(db).await?.into_iter().map(|t| (t.id, t)).collect())
}

pub async fn topic_list(db: &DatabaseConnection, locale: Locale) -> Result<Vec<TopicCard>, AppError> {
    Ok(topic::Entity::find()
        .order_by_asc(topic::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|t| TopicCard { slug: t.slug, name: t.name.0.get(locale).to_owned(), narrative: t.narrative.0.get(locale).to_owned() })
        .collect())
}

/// `/topics/{slug}`: the narrative, every indicator with its values, the topic's plans,
/// consultations and links.
pub async fn topic_hub(db: &DatabaseConnection, slug: &str, locale: Locale) -> Result<TopicHub, AppError> {
    let found = topic::Entity::find().filter(topic::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let indicators = indicator::Entity::find().filter(indicator::Column::TopicId.eq(found.id)).order_by_asc(indicator::Column::Position).all(db).await?;
    let plans = plan::Entity::find().filter(plan::Column::TopicId.eq(found.id)).all(db).await?;
    let consultations = consultation::Entity::find().filter(consultation::Column::TopicId.eq(found.id)).order_by_desc(consultation::Column::ClosesOn).all(db).await?;
    let topics = topics_by_id(db).await?;
    let today = today();
    Ok(TopicHub {
        slug: found.slug.clone(),
        name: found.name.0.get(locale).to_owned(),
        narrative: found.narrative.0.get(locale).to_owned(),
        indicators: indicators.iter().map(|i| indicator_view(i, locale)).collect(),
        plans: plans.into_iter().map(|p| (p.slug, p.name.0.get(locale).to_owned())).collect(),
        consultations: consultations.iter().map(|c| card(c, &topics, today, locale)).collect(),
        links: found.links.0.iter().map(|l| (l.label.get(locale).to_owned(), l.url.clone())).collect(),
    })
}

/// `/plans/{slug}`: each goal with its indicator's baseline, latest value, target and the
/// progress between them.
pub async fn plan_view(db: &DatabaseConnection, slug: &str, locale: Locale) -> Result<PlanView, AppError> {
    let found = plan::Entity::find().filter(plan::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let slugs: Vec<String> = found.goals.0.iter().map(|g| g.indicator.clone()).collect();
    let indicators: BTreeMap<String, indicator::Model> = indicator::Entity::find().filter(indicator::Column::Slug.is_in(slugs)).all(db).await?.into_iter().map(|i| (i.slug.clone(), i)).collect();
    let topic = match found.topic_id {
        Some(id) => topic::Entity::find_by_id(id).one(db).await?.map(|t| (t.slug, t.name.0.get(locale).to_owned())),
        None => None,
    };
    let goals = found
        .goals
        .0
        .iter()
        .map(|goal| {
            let row = indicators.get(&goal.indicator);
            let measured = row.map(to_indicator);
            let shown = |hundredths: i64| {
                let (decimals, unit) = row.map(|r| (r.decimals.clamp(0, 2) as u8, r.unit.0.get(locale).to_owned())).unwrap_or((0, String::new()));
                format!("{} {unit}", format_number(hundredths, decimals, locale)).trim().to_owned()
            };
            GoalView {
                title: goal.title.get(locale).to_owned(),
                indicator: row.map(|r| r.name.0.get(locale).to_owned()).unwrap_or_default(),
                baseline: measured.as_ref().and_then(|m| m.value_in(goal.baseline_year)).map(|v| (goal.baseline_year, shown(v))),
                latest: measured.as_ref().and_then(|m| m.latest()).map(|v| (v.year, shown(v.hundredths))),
                target: (goal.target_year, shown(goal.target_hundredths)),
                progress: measured.as_ref().and_then(|m| progress_percent(goal, m)),
            }
        })
        .collect();
    Ok(PlanView { slug: found.slug, name: found.name.0.get(locale).to_owned(), summary: found.summary.0.get(locale).to_owned(), topic, goals })
}

/// `/have-your-say`: consultations open first, then upcoming, then closed; filtered by
/// phase, topic and district (GET parameters; an unknown value is named).
pub async fn consultation_list(db: &DatabaseConnection, filter: &ConsultationFilter, locale: Locale) -> Result<ConsultationList, AppError> {
    let topics = topics_by_id(db).await?;
    let all = consultation::Entity::find().order_by_asc(consultation::Column::ClosesOn).all(db).await?;
    let today = today();
    let mut errors = Vec::new();
    let given = |value: &Option<String>| value.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
    let phase = match given(&filter.phase) {
        Some(key) => match Phase::from_key(&key) {
            Some(phase) => Some(phase),
            None => {
                errors.push(FieldError::new("phase", Msg::ValChooseFromList));
                None
            }
        },
        None => None,
    };
    let topic_id = match given(&filter.topic) {
        Some(slug) => match topics.values().find(|t| t.slug == slug) {
            Some(t) => Some(t.id),
            None => {
                errors.push(FieldError::new("topic", Msg::ValChooseFromList));
                None
            }
        },
        None => None,
    };
    let mut districts: Vec<String> = all.iter().map(|c| c.district.clone()).collect();
    districts.sort();
    districts.dedup();
    let district = given(&filter.district);
    if district.as_ref().is_some_and(|d| !districts.contains(d)) {
        errors.push(FieldError::new("district", Msg::ValChooseFromList));
    }
    let mut items: Vec<ConsultationCard> = all
        .iter()
        .filter(|c| topic_id.is_none_or(|id| c.topic_id == id))
        .filter(|c| district.as_ref().is_none_or(|d| &c.district == d))
        .map(|c| card(c, &topics, today, locale))
        .filter(|c| phase.is_none_or(|p| c.phase == p))
        .collect();
    let order = |p: Phase| match p {
        Phase::Open => 0,
        Phase::Upcoming => 1,
        Phase::Closed => 2,
    };
    items.sort_by_key(|c| order(c.phase));
    let mut topic_options: Vec<(String, String)> = topics.values().map(|t| (t.slug.clone(), t.name.0.get(locale).to_owned())).collect();
    topic_options.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(ConsultationList { items, topics: topic_options, districts, errors })
}

async fn consultation_by_slug(db: &impl sea_orm::ConnectionTrait, slug: &str) -> Result<consultation::Model, AppError> {
    consultation::Entity::find().filter(consultation::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)
}

/// `/have-your-say/{slug}`: the consultation, its support count, its comments (hidden ones
/// say so, without their text) and what the reader may do.
pub async fn consultation_view(db: &DatabaseConnection, slug: &str, person: Option<&SessionUser>, locale: Locale) -> Result<ConsultationView, AppError> {
    let found = consultation_by_slug(db, slug).await?;
    let topics = topics_by_id(db).await?;
    let supports = support::Entity::find().filter(support::Column::ConsultationId.eq(found.id)).count(db).await?;
    let supported = match person {
        Some(p) => support::Entity::find().filter(support::Column::ConsultationId.eq(found.id)).filter(support::Column::UserId.eq(p.id)).count(db).await? > 0,
        None => false,
    };
    let following = match person {
        Some(p) => crate::notifications::server::following(db, p.id, crate::notifications::kinds::FollowKind::Consultation, found.id).await?.and_then(|f| crate::notifications::kinds::Delivery::from_key(&f.mode)),
        None => None,
    };
    let comments = comment::Entity::find().filter(comment::Column::ConsultationId.eq(found.id)).order_by_asc(comment::Column::CreatedAt).all(db).await?;
    let authors = crate::accounts::server::names(db, comments.iter().map(|c| c.author_id)).await?;
    let now = crate::core::clock::now();
    let as_view = |c: &comment::Model| CommentView {
        id: c.id,
        author: authors.get(&c.author_id).cloned().unwrap_or_default(),
        at: crate::rooms::rules::to_local(c.created_at).format("%Y-%m-%d %H:%M").to_string(),
        edited: c.edited_at.is_some(),
        body: if c.hidden { String::new() } else { c.body.clone() },
        hidden: c.hidden,
        mine: person.is_some_and(|p| p.id == c.author_id),
        editable: person.is_some_and(|p| p.id == c.author_id) && !c.hidden && now - c.created_at <= Duration::minutes(EDIT_WINDOW_MINUTES),
        replies: Vec::new(),
    };
    let mut threads: Vec<CommentView> = comments.iter().filter(|c| c.parent_id.is_none()).map(as_view).collect();
    for reply in comments.iter().filter(|c| c.parent_id.is_some()) {
        if let Some(parent) = threads.iter_mut().find(|t| Some(t.id) == reply.parent_id) {
            parent.replies.push(as_view(reply));
        }
    }
    let today = today();
    let survey = survey_view(db, &found, person, locale).await?;
    Ok(ConsultationView {
        survey,
        card: card(&found, &topics, today, locale),
        topic_slug: topics.get(&found.topic_id).map(|t| t.slug.clone()).unwrap_or_default(),
        description: found.description.0.get(locale).to_owned(),
        documents: found.documents.0.iter().map(|l| (l.label.get(locale).to_owned(), l.url.clone())).collect(),
        supports,
        supported,
        following,
        comments: threads,
        response: found.response.filter(|_| found.response_published_at.is_some()),
        response_published: found.response_published_at.map(|at| crate::rooms::rules::to_local(at).format("%Y-%m-%d").to_string()),
    })
}

fn require_open(found: &consultation::Model) -> Result<(), AppError> {
    if Phase::of(found.opens_on, found.closes_on, today()) == Phase::Open {
        Ok(())
    } else {
        Err(AppError::Conflict(Msg::ConsultationNotOpen))
    }
}

/// Supports a consultation once. The unique index decides between concurrent clicks.
pub async fn support_consultation(db: &DatabaseConnection, person: &SessionUser, slug: &str) -> Result<(), AppError> {
    let found = consultation_by_slug(db, slug).await?;
    require_open(&found)?;
    let inserted = support::ActiveModel { consultation_id: Set(found.id), user_id: Set(person.id), created_at: Set(crate::core::clock::now()), ..Default::default() }.insert(db).await;
    match inserted {
        Ok(_) => Ok(()),
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => Err(AppError::Conflict(Msg::AlreadySupported)),
        Err(err) => Err(err.into()),
    }
}

fn body_error(body: &str) -> Option<FieldError> {
    let length = body.trim().chars().count();
    (length == 0 || length > COMMENT_MAX).then(|| FieldError::new("body", Msg::ValCommentBody).with_param("max", COMMENT_MAX))
}

/// A comment or (with `parent`) a reply to a top-level comment of the same consultation.
pub async fn add_comment(db: &DatabaseConnection, person: &SessionUser, slug: &str, body: &str, parent: Option<i32>) -> Result<i32, AppError> {
    let found = consultation_by_slug(db, slug).await?;
    require_open(&found)?;
    if let Some(error) = body_error(body) {
        return Err(AppError::Validation(vec![error]));
    }
    let mut replied_to = None;
    if let Some(parent_id) = parent {
        let parent = comment::Entity::find_by_id(parent_id).one(db).await?;
        // One level of replies: a reply answers a comment of this consultation, not a reply.
        if !parent.as_ref().is_some_and(|p| p.consultation_id == found.id && p.parent_id.is_none() && !p.hidden) {
            return Err(AppError::BadRequest);
        }
        replied_to = parent.map(|p| p.author_id).filter(|author| *author != person.id);
    }
    let saved = comment::ActiveModel {
        consultation_id: Set(found.id),
        parent_id: Set(parent),
        author_id: Set(person.id),
        body: Set(body.trim().to_owned()),
        created_at: Set(crate::core::clock::now()),
        edited_at: Set(None),
        hidden: Set(false),
        hidden_reason: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    if let Some(author) = replied_to {
        let link = format!("/have-your-say/{}#comment-{}", found.slug, saved.id);
        crate::notifications::server::tell(db, author, crate::notifications::kinds::NoticeKind::CommentReply, &found.title.0.et, &link, None).await?;
    }
    Ok(saved.id)
}

/// The author edits their comment within 15 minutes of writing it. Returns the
/// consultation's slug.
pub async fn edit_comment(db: &DatabaseConnection, person: &SessionUser, id: i32, body: &str) -> Result<String, AppError> {
    use sea_orm::IntoActiveModel;
    let found = comment::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    if found.author_id != person.id {
        return Err(AppError::Forbidden);
    }
    if found.hidden || crate::core::clock::now() - found.created_at > Duration::minutes(EDIT_WINDOW_MINUTES) {
        return Err(AppError::Conflict(Msg::CommentEditWindowPassed));
    }
    if let Some(error) = body_error(body) {
        return Err(AppError::Validation(vec![error]));
    }
    let slug = consultation::Entity::find_by_id(found.consultation_id).one(db).await?.map(|c| c.slug).unwrap_or_default();
    let mut active = found.into_active_model();
    active.body = Set(body.trim().to_owned());
    active.edited_at = Set(Some(crate::core::clock::now()));
    active.update(db).await?;
    Ok(slug)
}

/// Reports a comment to the moderators, once per person; not one's own.
pub async fn report_comment(db: &DatabaseConnection, person: &SessionUser, id: i32, reason: &str) -> Result<String, AppError> {
    let found = comment::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    if found.author_id == person.id {
        return Err(AppError::Conflict(Msg::CannotReportOwn));
    }
    if reason.trim().is_empty() || reason.chars().count() > 500 {
        return Err(AppError::field("reason", Msg::ValReportReason));
    }
    let inserted = comment_report::ActiveModel { comment_id: Set(id), reporter_id: Set(person.id), reason: Set(reason.trim().to_owned()), created_at: Set(crate::core::clock::now()), ..Default::default() }
        .insert(db)
        .await;
    match inserted {
        Ok(_) => {}
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => return Err(AppError::Conflict(Msg::AlreadyReported)),
        Err(err) => return Err(err.into()),
    }
    Ok(consultation::Entity::find_by_id(found.consultation_id).one(db).await?.map(|c| c.slug).unwrap_or_default())
}

/// `/admin/moderation`: reported comments and ideas still shown, then hidden ones (to
/// restore), each with its reports and its moderation history.
pub async fn moderation_queue(db: &DatabaseConnection, person: &SessionUser, locale: Locale) -> Result<Vec<ModerationItem>, AppError> {
    if !super::model::moderates(person) {
        return Err(AppError::Forbidden);
    }
    let mut items = comments_to_moderate(db, locale).await?;
    items.extend(ideas_to_moderate(db).await?);
    // What still shows comes first, most reported first.
    items.sort_by_key(|i| (i.hidden, std::cmp::Reverse(i.reports.len())));
    Ok(items)
}

fn local_time(at: chrono::DateTime<Utc>) -> String {
    crate::rooms::rules::to_local(at).format("%Y-%m-%d %H:%M").to_string()
}

/// Reported or hidden ids, each once.
fn reported_or_hidden(mut reported: Vec<i32>, hidden: impl IntoIterator<Item = i32>) -> Vec<i32> {
    reported.extend(hidden);
    reported.sort_unstable();
    reported.dedup();
    reported
}

/// A report is dealt with once a moderator decided after it was made (hid, restored or
/// dismissed): only reports newer than the last decision keep a shown item in the queue.
fn open_reports<'a, R>(reports: &'a [R], last_decision: Option<chrono::DateTime<Utc>>, at: impl Fn(&R) -> chrono::DateTime<Utc> + 'a) -> impl Iterator<Item = &'a R> + 'a {
    reports.iter().filter(move |r| last_decision.is_none_or(|decided| at(r) > decided))
}

async fn comments_to_moderate(db: &DatabaseConnection, locale: Locale) -> Result<Vec<ModerationItem>, AppError> {
    let reports = comment_report::Entity::find().order_by_asc(comment_report::Column::CreatedAt).all(db).await?;
    let hidden = comment::Entity::find().filter(comment::Column::Hidden.eq(true)).all(db).await?;
    let ids = reported_or_hidden(reports.iter().map(|r| r.comment_id).collect(), hidden.iter().map(|c| c.id));
    let events = moderation_event::Entity::find().filter(moderation_event::Column::CommentId.is_in(ids.clone())).order_by_asc(moderation_event::Column::Id).all(db).await?;
    let last_decision = |id: i32| events.iter().filter(|e| e.comment_id == id).map(|e| e.at).max();
    let open = |id: i32| open_reports(&reports, last_decision(id), |r: &comment_report::Model| r.created_at).filter(move |r| r.comment_id == id).map(|r| r.reason.clone()).collect::<Vec<_>>();
    let comments: Vec<comment::Model> = comment::Entity::find().filter(comment::Column::Id.is_in(ids)).all(db).await?.into_iter().filter(|c| c.hidden || !open(c.id).is_empty()).collect();
    let consultations: BTreeMap<i32, consultation::Model> =
        consultation::Entity::find().filter(consultation::Column::Id.is_in(comments.iter().map(|c| c.consultation_id).collect::<Vec<_>>())).all(db).await?.into_iter().map(|c| (c.id, c)).collect();
    let people = crate::accounts::server::names(db, comments.iter().map(|c| c.author_id).chain(events.iter().filter_map(|e| e.actor_id))).await?;
    Ok(comments
        .iter()
        .map(|c| {
            let consultation = consultations.get(&c.consultation_id);
            ModerationItem {
                subject: ModerationSubject::Comment,
                id: c.id,
                context_title: consultation.map(|k| k.title.0.get(locale).to_owned()).unwrap_or_default(),
                context_link: format!("/have-your-say/{}#comment-{}", consultation.map(|k| k.slug.as_str()).unwrap_or_default(), c.id),
                author: people.get(&c.author_id).cloned().unwrap_or_default(),
                written: local_time(c.created_at),
                body: c.body.clone(),
                hidden: c.hidden,
                reports: open(c.id),
                history: events
                    .iter()
                    .filter(|e| e.comment_id == c.id)
                    .map(|e| (local_time(e.at), e.actor_id.and_then(|id| people.get(&id).cloned()).unwrap_or_default(), e.action.clone(), e.reason.clone()))
                    .collect(),
            }
        })
        .collect())
}

async fn ideas_to_moderate(db: &DatabaseConnection) -> Result<Vec<ModerationItem>, AppError> {
    let reports = idea_report::Entity::find().order_by_asc(idea_report::Column::CreatedAt).all(db).await?;
    let hidden = idea::Entity::find().filter(idea::Column::Hidden.eq(true)).all(db).await?;
    let ids = reported_or_hidden(reports.iter().map(|r| r.idea_id).collect(), hidden.iter().map(|i| i.id));
    let events = idea_moderation_event::Entity::find().filter(idea_moderation_event::Column::IdeaId.is_in(ids.clone())).order_by_asc(idea_moderation_event::Column::Id).all(db).await?;
    let last_decision = |id: i32| events.iter().filter(|e| e.idea_id == id).map(|e| e.at).max();
    let open = |id: i32| open_reports(&reports, last_decision(id), |r: &idea_report::Model| r.created_at).filter(move |r| r.idea_id == id).map(|r| r.reason.clone()).collect::<Vec<_>>();
    let ideas: Vec<idea::Model> = idea::Entity::find().filter(idea::Column::Id.is_in(ids)).all(db).await?.into_iter().filter(|i| i.hidden || !open(i.id).is_empty()).collect();
    let people = crate::accounts::server::names(db, ideas.iter().filter_map(|i| i.author_id).chain(events.iter().filter_map(|e| e.actor_id))).await?;
    Ok(ideas
        .iter()
        .map(|i| ModerationItem {
            subject: ModerationSubject::Idea,
            id: i.id,
            context_title: i.title.clone(),
            context_link: format!("/ideas/{}", i.id),
            author: i.author_id.and_then(|id| people.get(&id).cloned()).unwrap_or_default(),
            written: local_time(i.created_at),
            body: i.description.clone(),
            hidden: i.hidden,
            reports: open(i.id),
            history: events
                .iter()
                .filter(|e| e.idea_id == i.id)
                .map(|e| (local_time(e.at), e.actor_id.and_then(|id| people.get(&id).cloned()).unwrap_or_default(), e.action.clone(), e.reason.clone()))
                .collect(),
        })
        .collect())
}

/// What a moderator decides about a comment or an idea.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModerationDecision {
    Hide,
    Restore,
    /// Keep it shown: the reports were unfounded. Closes them without hiding anything.
    Dismiss,
}

impl ModerationDecision {
    pub fn from_key(key: &str) -> Option<ModerationDecision> {
        match key {
            "hide" => Some(ModerationDecision::Hide),
            "restore" => Some(ModerationDecision::Restore),
            "dismiss" => Some(ModerationDecision::Dismiss),
            _ => None,
        }
    }

    fn key(self) -> &'static str {
        match self {
            ModerationDecision::Hide => "hide",
            ModerationDecision::Restore => "restore",
            ModerationDecision::Dismiss => "dismiss",
        }
    }
}

/// Hides, restores or keeps (dismissing its reports) a comment or an idea, with a reason
/// kept in its history; every decision closes the reports made before it. The update is
/// conditional, so two moderators acting at once get one change and one 409.
pub async fn moderate(db: &DatabaseConnection, person: &SessionUser, subject: ModerationSubject, id: i32, decision: ModerationDecision, reason: &str) -> Result<(), AppError> {
    use sea_orm::sea_query::Expr;
    if !super::model::moderates(person) {
        return Err(AppError::Forbidden);
    }
    if reason.trim().is_empty() || reason.chars().count() > 500 {
        return Err(AppError::field("reason", Msg::ValModerationReason));
    }
    let reason = reason.trim().to_owned();
    let action = decision.key().to_owned();
    // Dismissing leaves it shown: the "change" sets `hidden` to false where it is false.
    let hide = decision == ModerationDecision::Hide;
    let hidden_reason = if hide { Some(reason.clone()) } else { None };
    let must_be_hidden_now = decision == ModerationDecision::Restore;
    let txn = crate::core::database::begin_write(db).await?;
    let changed = match subject {
        ModerationSubject::Comment => {
            comment::Entity::update_many()
                .col_expr(comment::Column::Hidden, Expr::value(hide))
                .col_expr(comment::Column::HiddenReason, Expr::value(hidden_reason))
                .filter(comment::Column::Id.eq(id))
                .filter(comment::Column::Hidden.eq(must_be_hidden_now))
                .exec(&txn)
                .await?
        }
        ModerationSubject::Idea => {
            idea::Entity::update_many()
                .col_expr(idea::Column::Hidden, Expr::value(hide))
                .col_expr(idea::Column::HiddenReason, Expr::value(hidden_reason))
                .filter(idea::Column::Id.eq(id))
                .filter(idea::Column::Hidden.eq(must_be_hidden_now))
                .exec(&txn)
                .await?
        }
    };
    if changed.rows_affected != 1 {
        // Either it is gone, or someone else made this change a moment ago.
        return Err(AppError::Conflict(Msg::ModerationChanged));
    }
    match subject {
        ModerationSubject::Comment => {
            moderation_event::ActiveModel { comment_id: Set(id), actor_id: Set(Some(person.id)), action: Set(action), reason: Set(reason), at: Set(crate::core::clock::now()), ..Default::default() }
                .insert(&txn)
                .await?;
        }
        ModerationSubject::Idea => {
            idea_moderation_event::ActiveModel { idea_id: Set(id), actor_id: Set(Some(person.id)), action: Set(action), reason: Set(reason), at: Set(crate::core::clock::now()), ..Default::default() }
                .insert(&txn)
                .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// A consultation's questions in the reader's language.
fn question_views(questions: &[Question], locale: Locale) -> Vec<QuestionView> {
    questions
        .iter()
        .map(|q| QuestionView { kind: q.kind, prompt: q.prompt.get(locale).to_owned(), options: q.options.iter().map(|o| o.get(locale).to_owned()).collect(), required: q.required })
        .collect()
}

/// The survey part of a consultation page: the questions while it is open, whether this
/// person already answered, and the results once it has closed.
pub async fn survey_view(db: &DatabaseConnection, found: &consultation::Model, person: Option<&SessionUser>, locale: Locale) -> Result<SurveyView, AppError> {
    let questions = found.survey.0.clone();
    let answered = match person {
        Some(p) => survey_response::Entity::find().filter(survey_response::Column::ConsultationId.eq(found.id)).filter(survey_response::Column::UserId.eq(p.id)).count(db).await? > 0,
        None => false,
    };
    let closed = Phase::of(found.opens_on, found.closes_on, today()) == Phase::Closed;
    let (responses, results) = if closed && !questions.is_empty() {
        let sheets: Vec<Vec<Option<Answer>>> = survey_response::Entity::find().filter(survey_response::Column::ConsultationId.eq(found.id)).all(db).await?.into_iter().map(|r| r.answers.0).collect();
        (sheets.len(), Some(tally(&questions, &sheets)))
    } else {
        (0, None)
    };
    Ok(SurveyView { questions: question_views(&questions, locale), answered, responses, results })
}

/// Records one person's answers, once, while the consultation is open.
pub async fn answer_survey(db: &DatabaseConnection, person: &SessionUser, slug: &str, posted: &BTreeMap<String, String>) -> Result<(), AppError> {
    let found = consultation_by_slug(db, slug).await?;
    require_open(&found)?;
    if found.survey.0.is_empty() {
        return Err(AppError::NotFound);
    }
    let answers = parse_answers(&found.survey.0, posted).map_err(AppError::Validation)?;
    let inserted = survey_response::ActiveModel {
        consultation_id: Set(found.id),
        user_id: Set(person.id),
        answers: Set(survey_response::AnswersJson(answers)),
        created_at: Set(crate::core::clock::now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    match inserted {
        Ok(_) => Ok(()),
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => Err(AppError::Conflict(Msg::AlreadyAnswered)),
        Err(err) => Err(err.into()),
    }
}

/// Staff: a consultation's survey answers as CSV (no names: answers are anonymous to staff).
pub async fn answers_export(db: &DatabaseConnection, person: &SessionUser, slug: &str, locale: Locale) -> Result<String, AppError> {
    if !person.is_staff() {
        return Err(AppError::Forbidden);
    }
    let found = consultation_by_slug(db, slug).await?;
    let responses: Vec<(String, Vec<Option<Answer>>)> = survey_response::Entity::find()
        .filter(survey_response::Column::ConsultationId.eq(found.id))
        .order_by_asc(survey_response::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|r| (crate::rooms::rules::to_local(r.created_at).format("%Y-%m-%d %H:%M").to_string(), r.answers.0))
        .collect();
    Ok(super::survey::answers_csv(&found.survey.0, &responses, locale))
}

/// Staff: a consultation's comments as CSV: when, author, reply to, text, hidden.
pub async fn comments_export(db: &DatabaseConnection, person: &SessionUser, slug: &str, locale: Locale) -> Result<String, AppError> {
    use crate::core::csv::field;
    if !person.is_staff() {
        return Err(AppError::Forbidden);
    }
    let found = consultation_by_slug(db, slug).await?;
    let comments = comment::Entity::find().filter(comment::Column::ConsultationId.eq(found.id)).order_by_asc(comment::Column::Id).all(db).await?;
    let authors = crate::accounts::server::names(db, comments.iter().map(|c| c.author_id)).await?;
    let header = [Msg::CsvId, Msg::CsvWritten, Msg::CsvAuthor, Msg::CsvReplyTo, Msg::CsvText, Msg::ModerationHidden];
    let mut out = header.iter().map(|m| field(m.text(locale))).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for c in comments {
        let row = [
            c.id.to_string(),
            crate::rooms::rules::to_local(c.created_at).format("%Y-%m-%d %H:%M").to_string(),
            authors.get(&c.author_id).cloned().unwrap_or_default(),
            c.parent_id.map(|p| p.to_string()).unwrap_or_default(),
            c.body,
            if c.hidden { Msg::FeedbackYes.text(locale).to_owned() } else { String::new() },
        ];
        out.push_str(&row.iter().map(|v| field(v)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    Ok(out)
}

/// Publishes (or corrects) the city's response to a closed consultation.
pub async fn publish_response(db: &DatabaseConnection, person: &SessionUser, slug: &str, response: &str, base_url: &str) -> Result<(), AppError> {
    use sea_orm::IntoActiveModel;
    if !super::model::runs_consultations(person) {
        return Err(AppError::Forbidden);
    }
    let length = response.trim().chars().count();
    if length == 0 || length > 5000 {
        return Err(AppError::field("response", Msg::ValResponse));
    }
    let txn = crate::core::database::begin_write(db).await?;
    let found = consultation_by_slug(&txn, slug).await?;
    if Phase::of(found.opens_on, found.closes_on, today()) != Phase::Closed {
        return Err(AppError::Conflict(Msg::ConsultationStillOpen));
    }
    let (id, topic_id, title) = (found.id, found.topic_id, found.title.0.et.clone());
    let mut active = found.into_active_model();
    active.response = Set(Some(response.trim().to_owned()));
    active.response_published_at = Set(Some(crate::core::clock::now()));
    active.update(&txn).await?;
    // Followers hear of it in the same transaction: both happen or neither.
    use crate::notifications::kinds::{FollowKind, NoticeKind};
    let subjects = [(FollowKind::Consultation, id), (FollowKind::Topic, topic_id)];
    crate::notifications::server::tell_followers_of(&txn, &subjects, NoticeKind::ConsultationResponse, &title, &format!("/have-your-say/{slug}#city-response"), None, base_url).await?;
    txn.commit().await?;
    Ok(())
}

