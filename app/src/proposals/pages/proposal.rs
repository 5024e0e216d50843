//! `/proposals/{id}`: the proposal under its template's section titles, its stage and
//! history, the team's latest assessment, and the next step this person may take.

use leptos::form::ActionForm;
use leptos::prelude::*;

use super::{proposal_id, trail, RatingTag, StageTag};
use crate::core::forms::{form_errors, go_to_on_success, kept_value, ErrorSummary, FlashNotice, SelectField, SubmitButton, TextAreaField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::{loaded_page, staff_gate};
use crate::proposals::api::{get_proposal, AssessmentView, MoveProposal, ProposalView};
use crate::proposals::model::Transition;

#[component]
pub fn ProposalPage() -> impl IntoView {
    let id = proposal_id();
    if let Some(gate) = staff_gate(&format!("/proposals/{id}")) {
        return gate;
    }
    let proposal = Resource::new(move || id, get_proposal);
    loaded_page(proposal, |proposal| view! { <ProposalDetails proposal=proposal/> }).into_any()
}

#[component]
fn ProposalDetails(proposal: ProposalView) -> impl IntoView {
    let i18n = use_i18n();
    let row = move |label: Msg, value: AnyView| view! { <div class="summary-list__row"><dt>{i18n.t(label)}</dt><dd>{value}</dd></div> };
    let service = match proposal.service.clone() {
        Some((slug, name)) => view! { <a href=format!("/services/{slug}")>{name}</a> }.into_any(),
        None => i18n.t(Msg::ProposalNewService).into_any(),
    };
    let id = proposal.id;
    view! {
        <crate::core::pages::SafeTitle text=format!("{} – {}", proposal.title, i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=trail() current=proposal.title.clone()/>
            <FlashNotice/>
            <h1>{proposal.title.clone()}</h1>
            <dl class="summary-list">
                {row(Msg::ProposalStage, view! { <StageTag stage=proposal.stage/> }.into_any())}
                {row(Msg::ProposalProposer, proposal.proposer.clone().into_any())}
                {row(Msg::ProposalOwnerField, proposal.intended_owner.clone().into_any())}
                {row(Msg::ProposalServiceField, service)}
                {row(Msg::ProposalTemplateVersion, proposal.template_version.to_string().into_any())}
            </dl>
            {proposal.editable.then(|| view! {
                <p><a class="button" href=format!("/proposals/{id}/edit")>{i18n.t(Msg::ProposalEdit)}</a></p>
            })}
            {proposal.may_assess.then(|| view! {
                <p><a class="button" href=format!("/proposals/{id}/assess")>{i18n.t(Msg::ProposalAssess)}</a></p>
            })}
            {proposal.moves.first().copied().map(|transition| view! { <MoveForm id=id transition=transition services=proposal.services.clone() service=proposal.service.clone().map(|s| s.0).unwrap_or_default()/> }.into_any())}
            {proposal.assessment.clone().map(|assessment| view! { <Assessment assessment=assessment/> }.into_any())}
            <h2>{i18n.t(Msg::ProposalContent)}</h2>
            <Sections sections=proposal.sections.clone()/>
            <History history=proposal.history.clone()/>
            <crate::notifications::pages::FollowPanelFor kind=crate::notifications::kinds::FollowKind::Proposal key=id.to_string() back=format!("/proposals/{id}")/>
        </div>
    }
    .into_any()
}

#[component]
fn Sections(sections: Vec<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
            {sections.iter().map(|(title, answer)| view! {
                <h3>{title.clone()}</h3>
                <p class="prose-text">{if answer.is_empty() { i18n.t(Msg::ProposalUnanswered).to_owned() } else { answer.clone() }}</p>
            }).collect_view()}
    }
}

#[component]
fn History(history: Vec<crate::proposals::api::HistoryEntry>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
            <h2>{i18n.t(Msg::ProposalHistory)}</h2>
            <ol class="history">
                {history.iter().map(|entry| {
                    let step = match entry.from {
                        Some(from) => format!("{} → {}", i18n.t(from.label()), i18n.t(entry.to.label())),
                        None => i18n.t(entry.to.label()).to_owned(),
                    };
                    let comment = if entry.comment.is_empty() { String::new() } else { format!(": {}", entry.comment) };
                    view! { <li>{format!("{} · {} · {step}{comment}", entry.at, entry.who)}</li> }
                }).collect_view()}
            </ol>
    }
}

#[component]
fn Assessment(assessment: AssessmentView) -> impl IntoView {
    let i18n = use_i18n();
    let heading = i18n.fill(Msg::AssessmentHeading, &[("round".to_owned(), assessment.round.to_string())]);
    let by = format!("{} · {}", assessment.assessor, assessment.updated);
    view! {
        <section class="panel" aria-labelledby="assessment">
            <h2 id="assessment">{heading}</h2>
            <p>{by}</p>
            {assessment.decision.map(|d| view! { <p><strong>{format!("{}: {}", i18n.t(Msg::AssessmentDecision), i18n.t(d.label()))}</strong></p> })}
            {(!assessment.summary.is_empty()).then(|| view! { <p class="prose-text">{assessment.summary.clone()}</p> })}
            <div class="table-scroll" role="region" aria-label=i18n.t(Msg::AssessmentCriteria) tabindex="0">
                <table class="data-table">
                    <caption class="visually-hidden">{i18n.t(Msg::AssessmentCriteria)}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t(Msg::AssessmentCriterion)}</th>
                        <th scope="col">{i18n.t(Msg::AssessmentRating)}</th>
                        <th scope="col">{i18n.t(Msg::AssessmentComment)}</th>
                    </tr></thead>
                    <tbody>
                        {assessment.ratings.into_iter().map(|(criterion, rating, comment)| view! {
                            <tr><th scope="row">{criterion}</th><td><RatingTag rating=rating/></td><td>{comment}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {(!assessment.actions.is_empty()).then(|| view! {
                <h3>{i18n.t(Msg::AssessmentActions)}</h3>
                <ul>
                    {assessment.actions.iter().map(|a| view! {
                        <li>{format!("{} — {}: {}, {}: {}", a.description, i18n.t(Msg::AssessmentActionOwner), a.owner, i18n.t(Msg::AssessmentActionDue), a.due)}</li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

/// The one move this person may make here: a button, an optional comment, and for
/// "implemented" the service it created or changed.
#[component]
fn MoveForm(id: i32, transition: Transition, services: Vec<(String, String)>, service: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<MoveProposal>::new();
    let errors = form_errors("proposal-move", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let implementing = transition == Transition::Implement;
    view! {
        <section class="panel" aria-labelledby="next-step">
            <h2 id="next-step">{i18n.t(Msg::ProposalNextStep)}</h2>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="transition" value=transition.key()/>
                {implementing.then(|| view! {
                    <SelectField name="service" label=Msg::ProposalImplementedService errors=errors options=services.clone() selected=service.clone()/>
                })}
                <TextAreaField name="comment" label=Msg::ProposalMoveComment errors=errors value=kept_value("proposal-move", "comment") rows=3/>
                <SubmitButton label=transition.label() pending=action.pending().into()/>
            </ActionForm>
        </section>
    }
}
