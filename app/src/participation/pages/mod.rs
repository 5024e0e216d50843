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

/// "Follow": how a signed-in person wants to hear news of a consultation or an idea, or
/// how they already do. `key` is the consultation's slug or the idea's number.
#[component]
fn Follow(consultation: bool, key: String, following: Option<crate::notifications::kinds::Delivery>, back: String) -> impl IntoView {
    use crate::core::forms::{form_errors, go_to_on_success, use_boot, ErrorSummary, SelectField};
    use crate::core::i18n::Msg;
    use crate::notifications::kinds::Delivery;
    use leptos::form::ActionForm;
    let i18n = use_i18n();
    let modes: Vec<(String, String)> = Delivery::ALL.iter().map(|d| (d.key().to_owned(), i18n.t(d.label()).to_owned())).collect();
    let selected = following.unwrap_or(Delivery::Immediate).key().to_owned();
    let status = following.map(|mode| view! {
        <p><strong>{i18n.fill(Msg::FollowingNow, &[("mode".to_owned(), i18n.t(mode.label()).to_owned())])}</strong></p>
        <p><a href="/my/subscriptions">{i18n.t(Msg::FollowManage)}</a></p>
    });
    let form = if use_boot().user.is_none() {
        view! { <p><a href=format!("/login?next={back}")>{i18n.t(Msg::FollowLogIn)}</a></p> }.into_any()
    } else if consultation {
        let action = ServerAction::<crate::participation::api::FollowConsultation>::new();
        let errors = form_errors("follow", move || action.value().get());
        go_to_on_success(move || action.value().get());
        view! {
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="slug" value=key/>
                <SelectField name="mode" label=Msg::FollowHow errors=errors options=modes selected=selected/>
                <button class="button button--secondary" type="submit">{i18n.t(Msg::FollowButton)}</button>
            </ActionForm>
        }
        .into_any()
    } else {
        let action = ServerAction::<crate::participation::ideas_api::FollowIdea>::new();
        let errors = form_errors("follow", move || action.value().get());
        go_to_on_success(move || action.value().get());
        view! {
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="id" value=key/>
                <SelectField name="mode" label=Msg::FollowHow errors=errors options=modes selected=selected/>
                <button class="button button--secondary" type="submit">{i18n.t(Msg::FollowButton)}</button>
            </ActionForm>
        }
        .into_any()
    };
    view! {
        <section class="panel" id="follow" aria-labelledby="follow-title">
            <h2 id="follow-title">{i18n.t(Msg::FollowTitle)}</h2>
            <p>{i18n.t(Msg::FollowLead)}</p>
            {status}
            {form}
        </section>
    }
}
