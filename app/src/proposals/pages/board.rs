//! `/proposals/board` (every proposal by stage) and `/proposals/library` (implemented
//! proposals as examples for the whole organisation).

use leptos::prelude::*;

use super::trail;
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::{staff_gate, ErrorPage, PageTitle};
use crate::proposals::api::{proposal_board, proposal_library, BoardColumn, LibraryEntry};

#[component]
pub fn ProposalBoardPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/proposals/board") {
        return gate;
    }
    let i18n = use_i18n();
    let board = Resource::new(|| (), |_| proposal_board());
    view! {
        <PageTitle text=Msg::ProposalBoardTitle/>
        <div class="container page">
            <Breadcrumbs trail=trail() current=i18n.t(Msg::ProposalBoardTitle).to_owned()/>
            <h1>{i18n.t(Msg::ProposalBoardTitle)}</h1>
            <p class="lead">{i18n.t(Msg::ProposalBoardLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match board.await {
                        Ok(columns) => view! {
                            <div class="board">
                                {columns.into_iter().map(|column| view! { <Column column=column/> }).collect_view()}
                            </div>
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
fn Column(column: BoardColumn) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("stage-{}", column.stage.key());
    let count = column.proposals.len() + column.hidden_drafts;
    let labelled_by = heading_id.clone();
    view! {
        <section class="board__column" aria-labelledby=labelled_by>
            <h2 class="board__title" id=heading_id>{format!("{} ({count})", i18n.t(column.stage.label()))}</h2>
            <ul class="plain-list">
                {column.proposals.into_iter().map(|row| view! {
                    <li class="board__card">
                        <a href=format!("/proposals/{}", row.id)>{row.title}</a>
                        <p>{row.proposer}</p>
                    </li>
                }).collect_view()}
            </ul>
            {(column.hidden_drafts > 0).then(|| view! {
                <p>{i18n.fill(Msg::ProposalBoardDrafts, &[("count".to_owned(), column.hidden_drafts.to_string())])}</p>
            })}
        </section>
    }
}

#[component]
pub fn ProposalLibraryPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/proposals/library") {
        return gate;
    }
    let i18n = use_i18n();
    let library = Resource::new(|| (), |_| proposal_library());
    view! {
        <PageTitle text=Msg::ProposalLibraryTitle/>
        <div class="container page">
            <Breadcrumbs trail=trail() current=i18n.t(Msg::ProposalLibraryTitle).to_owned()/>
            <h1>{i18n.t(Msg::ProposalLibraryTitle)}</h1>
            <p class="lead">{i18n.t(Msg::ProposalLibraryLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match library.await {
                        Ok(entries) if entries.is_empty() => view! { <p>{i18n.t(Msg::ProposalLibraryEmpty)}</p> }.into_any(),
                        Ok(entries) => view! {
                            <ul class="room-list">
                                {entries.into_iter().map(|entry| view! { <LibraryCard entry=entry/> }).collect_view()}
                            </ul>
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
fn LibraryCard(entry: LibraryEntry) -> impl IntoView {
    let i18n = use_i18n();
    let part = move |label: Msg, text: String| view! { <dt>{i18n.t(label)}</dt><dd class="prose-text">{text}</dd> };
    view! {
        <li class="card">
            <h2 class="card__title"><a href=format!("/proposals/{}", entry.id)>{entry.title.clone()}</a></h2>
            <p>{format!("{}: {} · {}: {}", i18n.t(Msg::ProposalProposer), entry.proposer, i18n.t(Msg::ProposalImplementedOn), entry.implemented)}</p>
            {entry.service.clone().map(|(slug, name)| view! {
                <p>{format!("{}: ", i18n.t(Msg::ProposalServiceField))}<a href=format!("/services/{slug}")>{name}</a></p>
            })}
            <dl class="library-entry">
                {part(Msg::ProposalLibraryProblem, entry.problem.clone())}
                {part(Msg::ProposalLibraryChange, entry.change.clone())}
                {part(Msg::ProposalLibraryResults, entry.results.clone())}
            </dl>
        </li>
    }
}
