//! Proposals' pages, staff only: `/proposals` (mine, waiting for the team, start one),
//! `/proposals/{id}` (read, history, assessment, next step), `/proposals/{id}/edit`
//! (write, saved as you go), `/proposals/{id}/assess` (the team's assessment),
//! `/proposals/board`, `/proposals/library` and `/admin/proposal-template`.

mod assess;
mod board;
mod edit;
mod list;
mod proposal;
mod template;

pub use assess::AssessProposalPage;
pub use board::{ProposalBoardPage, ProposalLibraryPage};
pub use edit::EditProposalPage;
pub use list::ProposalsPage;
pub use proposal::ProposalPage;
pub use template::ProposalTemplatePage;

use leptos::prelude::*;

use super::model::{Rating, Stage};
use crate::core::i18n::use_i18n;

/// Whether a proposals page holds an island: only the editor (its save-as-you-go).
pub fn holds_island(path: &str) -> bool {
    path.strip_prefix("/proposals/").and_then(|rest| rest.strip_suffix("/edit")).is_some_and(|id| id.parse::<i32>().is_ok())
}

/// A stage in words (never colour alone).
#[component]
fn StageTag(stage: Stage) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("tag tag--{}", stage.key())>{i18n.t(stage.label())}</span> }
}

/// A rating in words, with its colour as a second cue.
#[component]
fn RatingTag(rating: Option<Rating>) -> impl IntoView {
    let i18n = use_i18n();
    match rating {
        Some(rating) => view! { <span class=format!("tag tag--{}", rating.key())>{i18n.t(rating.label())}</span> }.into_any(),
        None => view! { <span class="tag">{i18n.t(crate::core::i18n::Msg::RatingNone)}</span> }.into_any(),
    }
}

/// The id out of `/proposals/{id}…`; 0 (never a row) when it is not a number.
fn proposal_id() -> i32 {
    leptos_router::hooks::use_params_map().with_untracked(|p| p.get("id")).and_then(|id| id.parse().ok()).unwrap_or(0)
}

fn trail() -> Vec<(String, String)> {
    let i18n = use_i18n();
    vec![("/proposals".to_owned(), i18n.t(crate::core::i18n::Msg::ProposalsTitle).to_owned())]
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_the_editor_holds_an_island() {
        assert!(super::holds_island("/proposals/12/edit"));
        for path in ["/proposals", "/proposals/12", "/proposals/12/assess", "/proposals/board/edit"] {
            assert!(!super::holds_island(path), "{path}");
        }
    }
}
