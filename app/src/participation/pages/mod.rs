//! Participation's citizen pages: `/topics`, `/topics/{slug}` (a hub with its indicators as
//! SVG charts with tables), `/plans/{slug}`, `/have-your-say` and `/have-your-say/{slug}`,
//! `/ideas` and its pages, and the moderators' `/admin/moderation`.

mod chart;
mod consultation;
mod consultations;
mod editor;
mod hub_editor;
mod ideas;
mod moderation;
mod plan;
mod survey;
mod topics;

pub use consultation::ConsultationPage;
pub use consultations::HaveYourSayPage;
pub use editor::{AdminConsultationsPage, ConsultationEditorPage};
pub use hub_editor::{HubAdminPage, IndicatorEditorPage, PlanEditorPage, TopicEditorPage};
pub use ideas::{IdeaPage, IdeaReviewPage, IdeasPage, NewIdeaPage};
pub use moderation::ModerationPage;
pub use plan::PlanPage;
pub use topics::{TopicHubPage, TopicsPage};

use leptos::prelude::*;

use super::model::Phase;
use crate::core::i18n::use_i18n;

/// A consultation's phase in words.
#[component]
fn PhaseTag(phase: Phase) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("tag tag--{}", phase.key())>{i18n.t(phase.label())}</span> }
}
