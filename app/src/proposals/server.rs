//! Server side of proposals: reading and writing them, moving them through the workflow
//! (one transaction per move: a conditional stage update, a history row, and for an
//! implemented proposal the service's changelog entry), and the versioned template.

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};

use super::api::{AssessmentView, BoardColumn, HistoryEntry, LibraryEntry, ProposalForm, ProposalRow, ProposalView, TemplateForm};
use super::entity::{assessment, event, proposal, template};
use super::model::{self, is_development_team, may_move, AssessmentForm, Stage, Template, Transition};
use crate::accounts::server::names;
use crate::core::database::begin_write;
use crate::core::i18n::{Locale, Msg};
use crate::core::roles::SessionUser;
use crate::error::{AppError, FieldError};
use crate::services::entity::{service, service_change};

/// Puts version 1 of the template in place on an empty database (production too).
pub async fn ensure_first_template(db: &DatabaseConnection) -> Result<(), DbErr> {
    if template::Entity::find().one(db).await?.is_some() {
        return Ok(());
    }
    let first = model::first_template();
    let inserted = template::ActiveModel {
        version: Set(first.version),
        sections: Set(template::TextsJson(first.sections)),
        criteria: Set(template::TextsJson(first.criteria)),
        author_id: Set(None),
        created_at: Set(crate::core::clock::now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    match inserted {
        Ok(_) => Ok(()),
        // Another app server started at the same moment and inserted it first.
        Err(_) if template::Entity::find().one(db).await?.is_some() => Ok(()),
        Err(err) => Err(err),
    }
}

fn to_template(row: template::Model) -> Template {
    Template { version: row.version, sections: row.sections.0, criteria: row.criteria.0 }
}

pub async fn latest_template(db: &impl ConnectionTrait) -> Result<Template, AppError> {
    let row = template::Entity::find().order_by_desc(template::Column::Version).one(db).await?.ok_or(AppError::NotFound)?;
    Ok(to_template(row))
}

async fn template_version(db: &impl ConnectionTrait, version: i32) -> Result<Template, AppError> {
    let row = template::Entity::find().filter(template::Column::Version.eq(version)).one(db).await?.ok_or(AppError::NotFound)?;
    Ok(to_template(row))
}

fn stage_of(row: &proposal::Model) -> Stage {
    Stage::from_key(&row.stage).unwrap_or(Stage::Draft)
}

/// A proposal the person may see: every staff member sees submitted ones (the board is
/// open to the organisation); a draft is its proposer's alone until submitted.
async fn visible(db: &impl ConnectionTrait, person: &SessionUser, id: i32) -> Result<proposal::Model, AppError> {
    if !person.is_staff() {
        return Err(AppError::Forbidden);
    }
    let row = proposal::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    if stage_of(&row) == Stage::Draft && row.proposer_id != person.id {
        return Err(AppError::NotFound);
    }
    Ok(row)
}

/// The proposal its proposer may still change.
async fn editable(db: &impl ConnectionTrait, person: &SessionUser, id: i32) -> Result<proposal::Model, AppError> {
    let row = visible(db, person, id).await?;
    if row.proposer_id != person.id {
        return Err(AppError::Forbidden);
    }
    if !stage_of(&row).editable() {
        return Err(AppError::Conflict(Msg::ProposalNotEditable));
    }
    Ok(row)
}

async fn service_by_slug(db: &impl ConnectionTrait, slug: &str, field: &str) -> Result<Option<service::Model>, AppError> {
    if slug.trim().is_empty() {
        return Ok(None);
    }
    match service::Entity::find().filter(service::Column::Slug.eq(slug.trim())).one(db).await? {
        Some(found) => Ok(Some(found)),
        None => Err(AppError::field(field, Msg::ValChooseFromList)),
    }
}

/// The services a proposal can concern: the city-wide kinds (a school's own services are
/// instances of those), by name.
pub async fn service_choices(db: &DatabaseConnection, locale: Locale) -> Result<Vec<(String, String)>, AppError> {
    // Every service of the catalogue, a school's or a museum's too, named with its
    // subdivision so same-named services can be told apart.
    let mut choices: Vec<(String, String)> = service::Entity::find()
        .filter(crate::services::server::in_catalogue())
        .all(db)
        .await?
        .into_iter()
        .map(|s| {
            let name = s.name.0.get(locale).to_owned();
            let label = match s.subdivision.as_deref().filter(|sub| !name.contains(*sub)) {
                Some(subdivision) => format!("{name} ({subdivision})"),
                None => name,
            };
            (s.slug, label)
        })
        .collect();
    choices.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(choices)
}

/// Starts a draft on the newest template version; returns its id.
pub async fn create(db: &DatabaseConnection, person: &SessionUser, title: &str, service_slug: &str, intended_owner: &str) -> Result<i32, AppError> {
    if !person.is_staff() {
        return Err(AppError::Forbidden);
    }
    let mut errors: Vec<FieldError> = model::title_error(title).into_iter().collect();
    if intended_owner.chars().count() > model::TITLE_MAX {
        errors.push(FieldError::new("intended_owner", Msg::ValProposalOwner));
    }
    let service = match service_by_slug(db, service_slug, "service").await {
        Ok(found) => found,
        Err(AppError::Validation(mut more)) => {
            errors.append(&mut more);
            None
        }
        Err(other) => return Err(other),
    };
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = begin_write(db).await?;
    let template = latest_template(&txn).await?;
    let now = crate::core::clock::now();
    let row = proposal::ActiveModel {
        title: Set(title.trim().to_owned()),
        service_id: Set(service.map(|s| s.id)),
        intended_owner: Set(intended_owner.trim().to_owned()),
        template_version: Set(template.version),
        answers: Set(proposal::AnswersJson(vec![String::new(); template.sections.len()])),
        proposer_id: Set(person.id),
        stage: Set(Stage::Draft.key().to_owned()),
        round: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    record(&txn, row.id, person.id, None, Stage::Draft, None).await?;
    txn.commit().await?;
    Ok(row.id)
}

async fn record(txn: &impl ConnectionTrait, proposal_id: i32, actor: i32, from: Option<Stage>, to: Stage, comment: Option<String>) -> Result<(), AppError> {
    event::ActiveModel {
        proposal_id: Set(proposal_id),
        actor_id: Set(Some(actor)),
        from_stage: Set(from.map(|s| s.key().to_owned())),
        to_stage: Set(to.key().to_owned()),
        comment: Set(comment.filter(|c| !c.trim().is_empty()).map(|c| c.trim().to_owned())),
        at: Set(crate::core::clock::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// What the proposer's form posts.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    pub title: String,
    pub service: String,
    pub intended_owner: String,
    pub sections: Vec<String>,
    pub comment: String,
}

/// Saves a draft, and with `submit` sends it to the development team. Saving keeps every
/// answer as written, however unfinished (nothing is lost); only a missing or overlong
/// title keeps the old one, and is reported. Submitting then checks the whole proposal.
pub async fn save(db: &DatabaseConnection, person: &SessionUser, id: i32, draft: &Draft, submit: bool) -> Result<(), AppError> {
    use sea_orm::IntoActiveModel;
    let txn = begin_write(db).await?;
    let row = editable(&txn, person, id).await?;
    let template = template_version(&txn, row.template_version).await?;
    let mut errors: Vec<FieldError> = model::title_error(&draft.title).into_iter().collect();
    let service = match service_by_slug(&txn, &draft.service, "service").await {
        Ok(found) => found.map(|s| s.id),
        Err(AppError::Validation(mut more)) => {
            errors.append(&mut more);
            row.service_id
        }
        Err(other) => return Err(other),
    };
    let mut answers: Vec<String> = draft.sections.iter().take(template.sections.len()).cloned().collect();
    answers.resize(template.sections.len(), String::new());
    let title = if errors.iter().any(|e| e.field == "title") { row.title.clone() } else { draft.title.trim().to_owned() };
    let mut active = row.clone().into_active_model();
    active.title = Set(title.clone());
    active.service_id = Set(service);
    active.intended_owner = Set(draft.intended_owner.trim().chars().take(model::TITLE_MAX).collect());
    active.answers = Set(proposal::AnswersJson(answers.clone()));
    active.updated_at = Set(crate::core::clock::now());
    active.update(&txn).await?;
    if submit && errors.is_empty() {
        errors = model::submit_errors(&title, &draft.intended_owner, &answers, &template);
    }
    if !errors.is_empty() {
        // The answers are saved; the errors only say what still stops submitting.
        txn.commit().await?;
        return Err(AppError::Validation(errors));
    }
    if submit {
        move_within(&txn, person, &row, Transition::Submit, Some(draft.comment.clone())).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Makes one transition inside the caller's transaction. The stage update is conditional
/// on the stage read, so two people moving the same proposal at once get one move and one
/// "changed meanwhile".
async fn move_within(txn: &impl ConnectionTrait, person: &SessionUser, row: &proposal::Model, transition: Transition, comment: Option<String>) -> Result<Stage, AppError> {
    let from = stage_of(row);
    if !may_move(person, row.proposer_id, transition) {
        return Err(AppError::Forbidden);
    }
    let to = from.after(transition).ok_or(AppError::Conflict(Msg::ProposalStageChanged))?;
    if transition.needs_comment() && comment.as_deref().is_none_or(|c| c.trim().is_empty()) {
        return Err(AppError::field("comment", Msg::ValDecisionReason));
    }
    let mut update = proposal::Entity::update_many()
        .col_expr(proposal::Column::Stage, Expr::value(to.key()))
        .col_expr(proposal::Column::UpdatedAt, Expr::value(crate::core::clock::now()))
        .filter(proposal::Column::Id.eq(row.id))
        .filter(proposal::Column::Stage.eq(from.key()));
    if transition == Transition::Submit {
        update = update.col_expr(proposal::Column::Round, sea_orm::sea_query::ExprTrait::add(Expr::col(proposal::Column::Round), 1));
    }
    if update.exec(txn).await?.rows_affected != 1 {
        return Err(AppError::Conflict(Msg::ProposalStageChanged));
    }
    record(txn, row.id, person.id, Some(from), to, comment).await?;
    if row.proposer_id != person.id {
        let stage = crate::notifications::mail::Detail::Stage(to.key().to_owned());
        crate::notifications::server::tell(txn, row.proposer_id, crate::notifications::kinds::NoticeKind::ProposalMoved, &row.title, &format!("/proposals/{}", row.id), Some(stage)).await?;
    }
    {
        use crate::notifications::kinds::{FollowKind, NoticeKind};
        let stage = crate::notifications::mail::Detail::Stage(to.key().to_owned());
        let link = format!("/proposals/{}", row.id);
        crate::notifications::server::tell_followers_of(txn, &[(FollowKind::Proposal, row.id)], NoticeKind::FollowedProposalMoved, &row.title, &link, Some(&stage), &crate::notifications::server::site_url()).await?;
    }
    Ok(to)
}

/// The moves made from the proposal page: submit, start the review, start the pilot,
/// implement. Decisions are made in the assessment, which they rest on.
pub async fn move_proposal(db: &DatabaseConnection, person: &SessionUser, id: i32, transition: Transition, comment: &str, service_slug: &str) -> Result<(), AppError> {
    let txn = begin_write(db).await?;
    let row = visible(&txn, person, id).await?;
    if !may_move(person, row.proposer_id, transition) {
        return Err(AppError::Forbidden);
    }
    if Transition::DECISIONS.contains(&transition) {
        return Err(AppError::Conflict(Msg::ProposalDecideInAssessment));
    }
    if transition == Transition::Submit {
        let template = template_version(&txn, row.template_version).await?;
        let errors = model::submit_errors(&row.title, &row.intended_owner, &row.answers.0, &template);
        if !errors.is_empty() {
            return Err(AppError::Conflict(Msg::ProposalIncomplete));
        }
    }
    if stage_of(&row).after(transition).is_none() {
        return Err(AppError::Conflict(Msg::ProposalStageChanged));
    }
    let service = if transition == Transition::Implement {
        let chosen = match service_by_slug(&txn, service_slug, "service").await? {
            Some(found) => Some(found),
            None => match row.service_id {
                Some(id) => service::Entity::find_by_id(id).one(&txn).await?,
                None => None,
            },
        };
        Some(chosen.ok_or(AppError::field("service", Msg::ValProposalService))?)
    } else {
        None
    };
    move_within(&txn, person, &row, transition, Some(comment.to_owned())).await?;
    if let Some(service) = service {
        let now = crate::core::clock::now();
        proposal::Entity::update_many()
            .col_expr(proposal::Column::ServiceId, Expr::value(service.id))
            .filter(proposal::Column::Id.eq(row.id))
            .exec(&txn)
            .await?;
        service_change::ActiveModel {
            service_id: Set(service.id),
            actor_id: Set(Some(person.id)),
            // The page words it in the reader's language; the title is the proposal's own.
            summary: Set(row.title.clone()),
            proposal_id: Set(Some(row.id)),
            at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        crate::services::server::tell_service_followers(&txn, service.id).await?;
        // A service without an owner gets the one the proposal named, when that name is a
        // known service owner: the service page and the implemented proposal then agree.
        // A service that has an owner keeps it; changing owners is the department's call.
        if service.owner_id.is_none() {
            use crate::services::entity::service_owner;
            let named: Vec<service_owner::Model> =
                service_owner::Entity::find().filter(service_owner::Column::Name.eq(row.intended_owner.trim())).all(&txn).await?;
            if let [owner] = named.as_slice() {
                service::Entity::update_many()
                    .col_expr(service::Column::OwnerId, Expr::value(owner.id))
                    .filter(service::Column::Id.eq(service.id))
                    .filter(service::Column::OwnerId.is_null())
                    .exec(&txn)
                    .await?;
            }
        }
    }
    txn.commit().await?;
    Ok(())
}

fn local_time(at: chrono::DateTime<Utc>) -> String {
    crate::rooms::rules::to_local(at).format("%Y-%m-%d %H:%M").to_string()
}

async fn latest_assessment(db: &impl ConnectionTrait, proposal_id: i32) -> Result<Option<assessment::Model>, AppError> {
    Ok(assessment::Entity::find()
        .filter(assessment::Column::ProposalId.eq(proposal_id))
        .order_by_desc(assessment::Column::Round)
        .one(db)
        .await?)
}

/// The proposal page: answers under the template's section titles, the history, the
/// latest assessment, and what this person may do now.
pub async fn view(db: &DatabaseConnection, person: &SessionUser, id: i32, locale: Locale) -> Result<ProposalView, AppError> {
    let row = visible(db, person, id).await?;
    let stage = stage_of(&row);
    let template = template_version(db, row.template_version).await?;
    let events = event::Entity::find().filter(event::Column::ProposalId.eq(id)).order_by_asc(event::Column::Id).all(db).await?;
    let latest = latest_assessment(db, id).await?;
    let people = names(db, events.iter().filter_map(|e| e.actor_id).chain([row.proposer_id]).chain(latest.iter().filter_map(|a| a.assessor_id))).await?;
    let service = match row.service_id {
        Some(service_id) => service::Entity::find_by_id(service_id).one(db).await?.map(|s| (s.slug, s.name.0.get(locale).to_owned())),
        None => None,
    };
    let moves: Vec<Transition> = [Transition::Submit, Transition::StartReview, Transition::StartPilot, Transition::Implement]
        .into_iter()
        .filter(|t| stage.after(*t).is_some() && may_move(person, row.proposer_id, *t))
        .collect();
    let may_assess = matches!(stage, Stage::Submitted | Stage::InReview) && may_move(person, row.proposer_id, Transition::Approve);
    Ok(ProposalView {
        id: row.id,
        title: row.title.clone(),
        stage,
        proposer: people.get(&row.proposer_id).cloned().unwrap_or_default(),
        intended_owner: row.intended_owner.clone(),
        service,
        template_version: row.template_version,
        sections: template.sections.iter().enumerate().map(|(i, s)| (s.get(locale).to_owned(), row.answers.0.get(i).cloned().unwrap_or_default())).collect(),
        history: events
            .into_iter()
            .map(|e| HistoryEntry {
                at: local_time(e.at),
                who: e.actor_id.and_then(|id| people.get(&id).cloned()).unwrap_or_default(),
                from: e.from_stage.as_deref().and_then(Stage::from_key),
                to: Stage::from_key(&e.to_stage).unwrap_or(Stage::Draft),
                comment: e.comment.unwrap_or_default(),
            })
            .collect(),
        assessment: latest.map(|a| AssessmentView {
            round: a.round,
            assessor: a.assessor_id.and_then(|id| people.get(&id).cloned()).unwrap_or_default(),
            updated: local_time(a.updated_at),
            ratings: a.ratings.0.into_iter().map(|r| (r.criterion.get(locale).to_owned(), r.rating, r.comment)).collect(),
            actions: a.actions.0,
            summary: a.summary,
            decision: a.decision.as_deref().and_then(Transition::from_key),
        }),
        is_proposer: row.proposer_id == person.id,
        editable: row.proposer_id == person.id && stage.editable(),
        moves,
        may_assess,
        services: if stage == Stage::Piloting { service_choices(db, locale).await? } else { Vec::new() },
    })
}

pub async fn edit_form(db: &DatabaseConnection, person: &SessionUser, id: i32, locale: Locale) -> Result<ProposalForm, AppError> {
    let row = editable(db, person, id).await?;
    let template = template_version(db, row.template_version).await?;
    let service = match row.service_id {
        Some(service_id) => service::Entity::find_by_id(service_id).one(db).await?.map(|s| s.slug),
        None => None,
    };
    let stage = stage_of(&row);
    Ok(ProposalForm {
        id: row.id,
        title: row.title,
        service: service.unwrap_or_default(),
        intended_owner: row.intended_owner,
        template_version: row.template_version,
        sections: template.sections.iter().enumerate().map(|(i, s)| (s.get(locale).to_owned(), row.answers.0.get(i).cloned().unwrap_or_default())).collect(),
        stage,
        services: service_choices(db, locale).await?,
        feedback: latest_assessment(db, id).await?.map(|a| a.summary).filter(|s| !s.is_empty()),
    })
}

/// The assessment form: the criteria of the proposal's template version, filled from this
/// round's assessment, else from the last round's (the team updates rather than restarts).
pub async fn assessment_form(db: &DatabaseConnection, person: &SessionUser, id: i32, locale: Locale) -> Result<super::api::AssessmentFormData, AppError> {
    let row = visible(db, person, id).await?;
    if !may_move(person, row.proposer_id, Transition::Approve) {
        return Err(AppError::Forbidden);
    }
    if !matches!(stage_of(&row), Stage::Submitted | Stage::InReview) {
        return Err(AppError::Conflict(Msg::ProposalStageChanged));
    }
    let template = template_version(db, row.template_version).await?;
    let previous = latest_assessment(db, id).await?;
    let earlier: Vec<model::Rated> = previous.as_ref().map(|a| a.ratings.0.clone()).unwrap_or_default();
    let same_round = previous.as_ref().is_some_and(|a| a.round == row.round);
    Ok(super::api::AssessmentFormData {
        id: row.id,
        title: row.title,
        criteria: template
            .criteria
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let before = earlier.get(i);
                (c.get(locale).to_owned(), before.and_then(|r| r.rating).map(|r| r.key().to_owned()).unwrap_or_default(), before.map(|r| r.comment.clone()).unwrap_or_default())
            })
            .collect(),
        actions: previous.as_ref().map(|a| a.actions.0.clone()).unwrap_or_default(),
        summary: if same_round { previous.map(|a| a.summary).unwrap_or_default() } else { String::new() },
    })
}

/// Saves the team's assessment of the current submission and, with a decision, makes it.
/// A submitted proposal goes into review when the team first saves its assessment.
pub async fn save_assessment(db: &DatabaseConnection, person: &SessionUser, id: i32, form: &AssessmentForm) -> Result<Stage, AppError> {
    use sea_orm::IntoActiveModel;
    let row = visible(db, person, id).await?;
    if !may_move(person, row.proposer_id, Transition::Approve) {
        return Err(AppError::Forbidden);
    }
    let template = template_version(db, row.template_version).await?;
    let parsed = model::parse_assessment(form, &template.criteria);
    let (ratings, actions) = match &parsed {
        Ok(valid) => valid.clone(),
        Err(_) => model::draft_assessment(form, &template.criteria),
    };
    let decision = if parsed.is_ok() { form.decision } else { None };
    let txn = begin_write(db).await?;
    let mut row = visible(&txn, person, id).await?;
    let mut stage = stage_of(&row);
    if stage == Stage::Submitted {
        stage = move_within(&txn, person, &row, Transition::StartReview, None).await?;
        row.stage = stage.key().to_owned();
    }
    if stage != Stage::InReview {
        return Err(AppError::Conflict(Msg::ProposalStageChanged));
    }
    let existing = assessment::Entity::find()
        .filter(assessment::Column::ProposalId.eq(id))
        .filter(assessment::Column::Round.eq(row.round))
        .one(&txn)
        .await?;
    let decision_key = decision.map(|d| d.key().to_owned());
    match existing {
        Some(found) => {
            let mut active = found.into_active_model();
            active.assessor_id = Set(Some(person.id));
            active.ratings = Set(assessment::RatingsJson(ratings));
            active.actions = Set(assessment::ActionsJson(actions));
            active.summary = Set(form.summary.trim().to_owned());
            active.decision = Set(decision_key);
            active.updated_at = Set(crate::core::clock::now());
            active.update(&txn).await?;
        }
        None => {
            assessment::ActiveModel {
                proposal_id: Set(id),
                round: Set(row.round),
                assessor_id: Set(Some(person.id)),
                ratings: Set(assessment::RatingsJson(ratings)),
                actions: Set(assessment::ActionsJson(actions)),
                summary: Set(form.summary.trim().to_owned()),
                decision: Set(decision_key),
                updated_at: Set(crate::core::clock::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    if let Err(errors) = parsed {
        // Saved as far as it goes; the errors say what stops the decision.
        txn.commit().await?;
        return Err(AppError::Validation(errors));
    }
    if let Some(decision) = decision {
        stage = move_within(&txn, person, &row, decision, Some(form.summary.clone())).await.map_err(|err| match err {
            // The reason is written in the summary field of this form.
            AppError::Validation(_) => AppError::field("summary", Msg::ValDecisionReason),
            other => other,
        })?;
    }
    txn.commit().await?;
    Ok(stage)
}

fn to_row(p: &proposal::Model, people: &BTreeMap<i32, String>) -> ProposalRow {
    ProposalRow {
        id: p.id,
        title: p.title.clone(),
        stage: stage_of(p),
        proposer: people.get(&p.proposer_id).cloned().unwrap_or_default(),
        updated: p.updated_at.format("%Y-%m-%d").to_string(),
    }
}

/// `/proposals`: the person's own proposals and, for the development team, what waits for it.
pub async fn list(db: &DatabaseConnection, person: &SessionUser) -> Result<(Vec<ProposalRow>, Vec<ProposalRow>), AppError> {
    if !person.is_staff() {
        return Err(AppError::Forbidden);
    }
    let mine = proposal::Entity::find().filter(proposal::Column::ProposerId.eq(person.id)).order_by_desc(proposal::Column::UpdatedAt).all(db).await?;
    let waiting = if is_development_team(person) {
        proposal::Entity::find()
            .filter(proposal::Column::Stage.is_in([Stage::Submitted.key(), Stage::InReview.key()]))
            .filter(proposal::Column::ProposerId.ne(person.id))
            .order_by_asc(proposal::Column::UpdatedAt)
            .all(db)
            .await?
    } else {
        Vec::new()
    };
    let people = names(db, mine.iter().chain(&waiting).map(|p| p.proposer_id)).await?;
    Ok((mine.iter().map(|p| to_row(p, &people)).collect(), waiting.iter().map(|p| to_row(p, &people)).collect()))
}

/// `/proposals/board`: every proposal by stage. Others' drafts are counted, not shown.
pub async fn board(db: &DatabaseConnection, person: &SessionUser) -> Result<Vec<BoardColumn>, AppError> {
    if !person.is_staff() {
        return Err(AppError::Forbidden);
    }
    let all = proposal::Entity::find().order_by_desc(proposal::Column::UpdatedAt).all(db).await?;
    let people = names(db, all.iter().map(|p| p.proposer_id)).await?;
    Ok(Stage::BOARD
        .into_iter()
        .map(|stage| {
            let in_stage: Vec<&proposal::Model> = all.iter().filter(|p| stage_of(p) == stage).collect();
            let shown: Vec<ProposalRow> = in_stage.iter().filter(|p| stage != Stage::Draft || p.proposer_id == person.id).map(|p| to_row(p, &people)).collect();
            BoardColumn { stage, hidden_drafts: in_stage.len() - shown.len(), proposals: shown }
        })
        .collect())
}

/// `/proposals/library`: implemented proposals with the sections that tell their story.
pub async fn library(db: &DatabaseConnection, person: &SessionUser, locale: Locale) -> Result<Vec<LibraryEntry>, AppError> {
    if !person.is_staff() {
        return Err(AppError::Forbidden);
    }
    let done = proposal::Entity::find()
        .filter(proposal::Column::Stage.eq(Stage::Implemented.key()))
        .order_by_desc(proposal::Column::UpdatedAt)
        .all(db)
        .await?;
    let people = names(db, done.iter().map(|p| p.proposer_id)).await?;
    let mut entries = Vec::new();
    for p in done {
        let service = match p.service_id {
            Some(id) => service::Entity::find_by_id(id).one(db).await?.map(|s| (s.slug, s.name.0.get(locale).to_owned())),
            None => None,
        };
        // Problem (0), proposed change (4) and what testing showed (5) tell the story in
        // version 1; later versions may differ, so fall back to the first sections.
        let answer = |i: usize| p.answers.0.get(i).cloned().unwrap_or_default();
        entries.push(LibraryEntry {
            id: p.id,
            title: p.title.clone(),
            proposer: people.get(&p.proposer_id).cloned().unwrap_or_default(),
            implemented: p.updated_at.format("%Y-%m-%d").to_string(),
            service,
            problem: answer(0),
            change: answer(4),
            results: answer(5),
        });
    }
    Ok(entries)
}

pub async fn template_form(db: &DatabaseConnection, person: &SessionUser) -> Result<TemplateForm, AppError> {
    if !person.is_administrator() {
        return Err(AppError::Forbidden);
    }
    let rows = template::Entity::find().order_by_desc(template::Column::Version).all(db).await?;
    let people = names(db, rows.iter().filter_map(|r| r.author_id)).await?;
    let latest = rows.first().cloned().map(to_template).ok_or(AppError::NotFound)?;
    Ok(TemplateForm {
        version: latest.version,
        sections_et: model::join_lines(&latest.sections, |t| Some(t.et.as_str())),
        sections_en: model::join_lines(&latest.sections, |t| t.en.as_deref()),
        sections_ru: model::join_lines(&latest.sections, |t| t.ru.as_deref()),
        criteria_et: model::join_lines(&latest.criteria, |t| Some(t.et.as_str())),
        criteria_en: model::join_lines(&latest.criteria, |t| t.en.as_deref()),
        criteria_ru: model::join_lines(&latest.criteria, |t| t.ru.as_deref()),
        versions: rows
            .iter()
            .map(|r| (r.version, local_time(r.created_at), r.author_id.and_then(|id| people.get(&id).cloned()).unwrap_or_default()))
            .collect(),
    })
}

/// Saves the template as a new version (the old one stays for the proposals written on
/// it). Returns the new version, or the current one when nothing changed.
pub async fn save_template(db: &DatabaseConnection, person: &SessionUser, form: &TemplateForm) -> Result<i32, AppError> {
    if !person.is_administrator() {
        return Err(AppError::Forbidden);
    }
    let sections = model::parse_lines("sections", &form.sections_et, &form.sections_en, &form.sections_ru, 3);
    let criteria = model::parse_lines("criteria", &form.criteria_et, &form.criteria_en, &form.criteria_ru, 3);
    let (sections, criteria) = match (sections, criteria) {
        (Ok(s), Ok(c)) => (s, c),
        (s, c) => return Err(AppError::Validation(s.err().into_iter().chain(c.err()).collect())),
    };
    let txn = begin_write(db).await?;
    let latest = latest_template(&txn).await?;
    if latest.sections == sections && latest.criteria == criteria {
        return Ok(latest.version);
    }
    let version = latest.version + 1;
    template::ActiveModel {
        version: Set(version),
        sections: Set(template::TextsJson(sections)),
        criteria: Set(template::TextsJson(criteria)),
        author_id: Set(Some(person.id)),
        created_at: Set(crate::core::clock::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await
    // Two administrators saving at once: the unique version lets one through.
    .map_err(|_| AppError::Conflict(Msg::ProposalStageChanged))?;
    txn.commit().await?;
    Ok(version)
}
