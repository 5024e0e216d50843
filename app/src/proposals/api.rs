//! Proposals' server functions and what they return. Staff only: every function checks the
//! person first; the rules of who may do what are in `model.rs`.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::model::{AssessmentAction, Rating, Stage, Transition};
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalRow {
    pub id: i32,
    pub title: String,
    pub stage: Stage,
    pub proposer: String,
    pub updated: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalLists {
    pub mine: Vec<ProposalRow>,
    /// For the development team: submitted and in-review proposals of others, oldest first.
    pub waiting: Vec<ProposalRow>,
    /// (slug, name) of the services a new proposal may concern.
    pub services: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardColumn {
    pub stage: Stage,
    pub proposals: Vec<ProposalRow>,
    /// Others' drafts: counted, not shown.
    pub hidden_drafts: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibraryEntry {
    pub id: i32,
    pub title: String,
    pub proposer: String,
    pub implemented: String,
    pub service: Option<(String, String)>,
    pub problem: String,
    pub change: String,
    pub results: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub at: String,
    pub who: String,
    pub from: Option<Stage>,
    pub to: Stage,
    pub comment: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentView {
    pub round: i32,
    pub assessor: String,
    pub updated: String,
    /// (criterion, rating, comment)
    pub ratings: Vec<(String, Option<Rating>, String)>,
    pub actions: Vec<AssessmentAction>,
    pub summary: String,
    pub decision: Option<Transition>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalView {
    pub id: i32,
    pub title: String,
    pub stage: Stage,
    pub proposer: String,
    pub intended_owner: String,
    /// (slug, name)
    pub service: Option<(String, String)>,
    pub template_version: i32,
    /// (section title, answer)
    pub sections: Vec<(String, String)>,
    pub history: Vec<HistoryEntry>,
    pub assessment: Option<AssessmentView>,
    pub is_proposer: bool,
    pub editable: bool,
    /// The moves this person may make from the proposal page now.
    pub moves: Vec<Transition>,
    pub may_assess: bool,
    /// For "implemented": the services it may have created or changed.
    pub services: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalForm {
    pub id: i32,
    pub title: String,
    pub service: String,
    pub intended_owner: String,
    pub template_version: i32,
    /// (section title, answer so far)
    pub sections: Vec<(String, String)>,
    pub stage: Stage,
    pub services: Vec<(String, String)>,
    /// The team's summary when it asked for changes.
    pub feedback: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentFormData {
    pub id: i32,
    pub title: String,
    /// (criterion, rating key or "", comment)
    pub criteria: Vec<(String, String, String)>,
    pub actions: Vec<AssessmentAction>,
    pub summary: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateForm {
    pub version: i32,
    pub sections_et: String,
    pub sections_en: String,
    pub sections_ru: String,
    pub criteria_et: String,
    pub criteria_en: String,
    pub criteria_ru: String,
    /// (version, when, who), newest first.
    pub versions: Vec<(i32, String, String)>,
}

#[server(prefix = "/api", endpoint = "proposals/lists")]
pub async fn load_proposal_lists() -> Result<ProposalLists, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            let db = &context.services.db;
            let (mine, waiting) = super::server::list(db, &person).await?;
            Ok(ProposalLists { mine, waiting, services: super::server::service_choices(db, context.boot.locale).await? })
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "proposals/board")]
pub async fn proposal_board() -> Result<Vec<BoardColumn>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            super::server::board(&request::db()?, &person).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "proposals/library")]
pub async fn proposal_library() -> Result<Vec<LibraryEntry>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            super::server::library(&context.services.db, &person, context.boot.locale).await
        }
        .await,
    )
}

/// Starts a draft and opens it for writing.
#[server(prefix = "/api", endpoint = "proposals/create")]
pub async fn create_proposal(title: String, service: Option<String>, intended_owner: Option<String>) -> Result<String, AppError> {
    use crate::core::request;
    let service = service.unwrap_or_default();
    let intended_owner = intended_owner.unwrap_or_default();
    let result = async {
        let person = request::require_staff()?;
        let id = super::server::create(&request::db()?, &person, &title, &service, &intended_owner).await?;
        Ok((format!("/proposals/{id}/edit"), None))
    }
    .await;
    request::finish_form("proposal-new", &[("title", &title), ("service", &service), ("intended_owner", &intended_owner)], result)
}

#[server(prefix = "/api", endpoint = "proposals/get")]
pub async fn get_proposal(id: i32) -> Result<ProposalView, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            super::server::view(&context.services.db, &person, id, context.boot.locale).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "proposals/form")]
pub async fn load_proposal_form(id: i32) -> Result<ProposalForm, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            super::server::edit_form(&context.services.db, &person, id, context.boot.locale).await
        }
        .await,
    )
}

/// A draft as the editor's form posts it (the plain save and the island's autosave alike).
#[cfg(feature = "ssr")]
fn draft_of(title: String, service: Option<String>, intended_owner: Option<String>, sections: Option<Vec<String>>, comment: Option<String>) -> super::server::Draft {
    super::server::Draft {
        title,
        service: service.unwrap_or_default(),
        intended_owner: intended_owner.unwrap_or_default(),
        sections: sections.unwrap_or_default(),
        comment: comment.unwrap_or_default(),
    }
}

/// Saves the proposer's draft. `intent`: "submit" also sends it for review.
#[server(prefix = "/api", endpoint = "proposals/save")]
#[allow(clippy::too_many_arguments)]
pub async fn save_proposal(
    id: i32,
    title: String,
    service: Option<String>,
    intended_owner: Option<String>,
    sections: Option<Vec<String>>,
    comment: Option<String>,
    intent: Option<String>,
) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let draft = draft_of(title, service, intended_owner, sections, comment);
    let intent = intent.unwrap_or_default();
    let result = async {
        let person = request::require_staff()?;
        super::server::save(&request::db()?, &person, id, &draft, intent == "submit").await
    }
    .await;
    let result = result.map(|_| {
        if intent == "submit" {
            (format!("/proposals/{id}?submitted=1"), Some(Msg::NoticeProposalSubmitted))
        } else {
            (format!("/proposals/{id}/edit?saved=1"), Some(Msg::NoticeProposalSaved))
        }
    });
    // The answers themselves are saved even when refused: only the short fields ride along.
    request::finish_form("proposal", &[("title", &draft.title), ("intended_owner", &draft.intended_owner), ("service", &draft.service)], result)
}

/// The editor's island saving the draft as the person writes (no page change, no notice;
/// `navigator.sendBeacon` posts here too when the page is left). A refusal says only that
/// it failed (`CallFailed`): the island says "not saved", and the plain "Save the draft"
/// post shows the reasons next to the fields.
#[server(prefix = "/api", endpoint = "proposals/autosave")]
pub async fn autosave_proposal(
    id: i32,
    title: String,
    service: Option<String>,
    intended_owner: Option<String>,
    sections: Option<Vec<String>>,
    comment: Option<String>,
) -> Result<(), crate::error::CallFailed> {
    use crate::core::request;
    let draft = draft_of(title, service, intended_owner, sections, comment);
    let result = async {
        let person = request::require_staff()?;
        super::server::save(&request::db()?, &person, id, &draft, false).await
    }
    .await;
    Ok(request::answer(result.map(|_| ()))?)
}

/// Submit, start the review, start the pilot, implement (with the service it changed).
#[server(prefix = "/api", endpoint = "proposals/move")]
pub async fn move_proposal(id: i32, transition: String, comment: Option<String>, service: Option<String>) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let comment = comment.unwrap_or_default();
    let result = async {
        let person = request::require_staff()?;
        let transition = Transition::from_key(&transition).ok_or(AppError::BadRequest)?;
        super::server::move_proposal(&request::db()?, &person, id, transition, &comment, service.as_deref().unwrap_or("")).await?;
        Ok((format!("/proposals/{id}?moved={}", transition.key()), Some(Msg::NoticeProposalMoved)))
    }
    .await;
    request::finish_form("proposal-move", &[("comment", &comment)], result)
}

#[server(prefix = "/api", endpoint = "proposals/assessment")]
pub async fn load_assessment_form(id: i32) -> Result<AssessmentFormData, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            super::server::assessment_form(&context.services.db, &person, id, context.boot.locale).await
        }
        .await,
    )
}

/// The development team's assessment; with a decision it also decides.
#[server(prefix = "/api", endpoint = "proposals/assess")]
#[allow(clippy::too_many_arguments)]
pub async fn save_assessment(
    id: i32,
    ratings: Option<Vec<String>>,
    comments: Option<Vec<String>>,
    action_descriptions: Option<Vec<String>>,
    action_owners: Option<Vec<String>>,
    action_dues: Option<Vec<String>>,
    summary: Option<String>,
    decision: Option<String>,
) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let decision = decision.filter(|d| !d.is_empty());
    let form = super::model::AssessmentForm {
        ratings: ratings.unwrap_or_default(),
        comments: comments.unwrap_or_default(),
        action_descriptions: action_descriptions.unwrap_or_default(),
        action_owners: action_owners.unwrap_or_default(),
        action_dues: action_dues.unwrap_or_default(),
        summary: summary.unwrap_or_default(),
        decision: decision.as_deref().and_then(Transition::from_key).filter(|d| Transition::DECISIONS.contains(d)),
    };
    let result = async {
        let person = request::require_staff()?;
        if decision.is_some() && form.decision.is_none() {
            return Err(AppError::field("decision", Msg::ValChooseFromList));
        }
        super::server::save_assessment(&request::db()?, &person, id, &form).await?;
        let target = if form.decision.is_some() { format!("/proposals/{id}?assessed=1") } else { format!("/proposals/{id}/assess?saved=1") };
        Ok((target, Some(Msg::NoticeAssessmentSaved)))
    }
    .await;
    // Ratings, comments and the summary are saved even when refused; the action rows are
    // saved only when whole, so they ride along.
    let mut kept: Vec<(String, String)> = Vec::new();
    for (name, list) in [("action_descriptions", &form.action_descriptions), ("action_owners", &form.action_owners), ("action_dues", &form.action_dues)] {
        for (index, value) in list.iter().enumerate() {
            kept.push((format!("{name}[{index}]"), value.chars().take(300).collect()));
        }
    }
    kept.push(("decision".to_owned(), decision.unwrap_or_default()));
    let kept: Vec<(&str, &str)> = kept.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    request::finish_form("assessment", &kept, result)
}

#[server(prefix = "/api", endpoint = "admin/proposal-template/get")]
pub async fn load_template_form() -> Result<TemplateForm, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            super::server::template_form(&request::db()?, &person).await
        }
        .await,
    )
}

/// Saves the template as a new version.
#[server(prefix = "/api", endpoint = "admin/proposal-template/save")]
pub async fn save_template(
    sections_et: String,
    sections_en: Option<String>,
    sections_ru: Option<String>,
    criteria_et: String,
    criteria_en: Option<String>,
    criteria_ru: Option<String>,
) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let form = TemplateForm {
        sections_et,
        sections_en: sections_en.unwrap_or_default(),
        sections_ru: sections_ru.unwrap_or_default(),
        criteria_et,
        criteria_en: criteria_en.unwrap_or_default(),
        criteria_ru: criteria_ru.unwrap_or_default(),
        ..TemplateForm::default()
    };
    let result = async {
        let person = request::require_staff()?;
        let version = super::server::save_template(&request::db()?, &person, &form).await?;
        Ok((format!("/admin/proposal-template?version={version}"), Some(Msg::NoticeTemplateSaved)))
    }
    .await;
    // Only the group with the error rides along: a cookie cannot carry all six lists.
    let group = |prefix: &str| match &result {
        Err(AppError::Validation(errors)) => errors.iter().any(|e| e.field.starts_with(prefix)),
        _ => false,
    };
    let mut kept: Vec<(&str, &str)> = Vec::new();
    if group("sections") {
        kept.extend([("sections_et", form.sections_et.as_str()), ("sections_en", &form.sections_en), ("sections_ru", &form.sections_ru)]);
    }
    if group("criteria") {
        kept.extend([("criteria_et", form.criteria_et.as_str()), ("criteria_en", &form.criteria_en), ("criteria_ru", &form.criteria_ru)]);
    }
    request::finish_form("template", &kept, result)
}
