//! `/proposals`: the person's proposals, what waits for the development team, and a form
//! to start a new one.

use leptos::form::ActionForm;
use leptos::prelude::*;

use super::StageTag;
use crate::core::forms::{form_errors, go_to_on_success, kept_value, ErrorSummary, SelectField, SubmitButton, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::{staff_gate, ErrorPage, PageTitle};
use crate::proposals::api::{load_proposal_lists, CreateProposal, ProposalRow};

#[component]
pub fn ProposalsPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/proposals") {
        return gate;
    }
    let i18n = use_i18n();
    let lists = Resource::new(|| (), |_| load_proposal_lists());
    view! {
        <PageTitle text=Msg::ProposalsTitle/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned())] current=i18n.t(Msg::ProposalsTitle).to_owned()/>
            <h1>{i18n.t(Msg::ProposalsTitle)}</h1>
            <p class="lead">{i18n.t(Msg::ProposalsLead)}</p>
            <ul class="inline-links">
                <li><a href="/proposals/board">{i18n.t(Msg::ProposalBoardTitle)}</a></li>
                <li><a href="/proposals/library">{i18n.t(Msg::ProposalLibraryTitle)}</a></li>
            </ul>
            <Suspense>
                {move || Suspend::new(async move {
                    match lists.await {
                        Ok(lists) => view! {
                            {(!lists.waiting.is_empty()).then(|| view! {
                                <h2>{i18n.t(Msg::ProposalsWaiting)}</h2>
                                <ProposalList rows=lists.waiting.clone()/>
                            })}
                            <h2>{i18n.t(Msg::ProposalsMine)}</h2>
                            {if lists.mine.is_empty() {
                                view! { <p>{i18n.t(Msg::ProposalsNone)}</p> }.into_any()
                            } else {
                                view! { <ProposalList rows=lists.mine.clone()/> }.into_any()
                            }}
                            <NewProposal services=lists.services/>
                        }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
pub(super) fn ProposalList(rows: Vec<ProposalRow>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="room-list">
            {rows.into_iter().map(|row| view! {
                <li class="card">
                    <h3 class="card__title"><a class="card__link" href=format!("/proposals/{}", row.id)>{row.title}</a></h3>
                    <p><StageTag stage=row.stage/></p>
                    <p>{format!("{}: {} · {}: {}", i18n.t(Msg::ProposalProposer), row.proposer, i18n.t(Msg::ProposalUpdated), row.updated)}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn NewProposal(services: Vec<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateProposal>::new();
    let errors = form_errors("proposal-new", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let mut options = vec![(String::new(), i18n.t(Msg::ProposalNewService).to_owned())];
    options.extend(services);
    view! {
        <section class="panel" aria-labelledby="new-proposal">
            <h2 id="new-proposal">{i18n.t(Msg::ProposalStart)}</h2>
            <p>{i18n.t(Msg::ProposalStartHint)}</p>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="title" label=Msg::ProposalTitleField errors=errors value=kept_value("proposal-new", "title")/>
                <SelectField name="service" label=Msg::ProposalServiceField errors=errors options=options selected=kept_value("proposal-new", "service")/>
                <TextField name="intended_owner" label=Msg::ProposalOwnerField errors=errors value=kept_value("proposal-new", "intended_owner")/>
                <SubmitButton label=Msg::ProposalCreate pending=action.pending().into()/>
            </ActionForm>
        </section>
    }
}
