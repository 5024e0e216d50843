//! `/services/{slug}`: one service as a citizen needs it — how to get it, what it costs,
//! how long it takes, what to bring, what comes of it, on what law, who is responsible —
//! and "Was this helpful?".

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::core::forms::{field_error, form_errors, go_to_on_success, kept_value, ErrorSummary, FieldErrorMessage, FlashNotice, TextAreaField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::loaded_page;
use crate::services::api::{get_service, ChannelKind, SendFeedback, ServicePage};

#[component]
pub fn ServicePageView() -> impl IntoView {
    let params = use_params_map();
    let slug = params.with_untracked(|p| p.get("slug")).unwrap_or_default();
    let service = Resource::new(move || slug.clone(), get_service);
    loaded_page(service, |service| view! { <ServiceView service=service/> })
}

#[component]
fn ServiceView(service: ServicePage) -> impl IntoView {
    let i18n = use_i18n();
    let title = format!("{} – {}", service.name, i18n.t(Msg::SiteName));
    let row = move |label: Msg, value: String| {
        view! {
            <div class="summary-list__row">
                <dt>{i18n.t(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let channels = service
        .channels
        .iter()
        .map(|c| {
            // Typed in Estonian; the days and times read in the page's language.
            let hours = c.hours.as_deref().map(|h| format!(" ({})", crate::services::hours::hours_in(h, i18n.locale))).unwrap_or_default();
            match c.kind {
                ChannelKind::EService => view! { <li><a href=c.value.clone()>{i18n.t(Msg::ChannelEService)}</a></li> }.into_any(),
                ChannelKind::InPerson => view! { <li>{format!("{}: {}{hours}", i18n.t(Msg::ChannelInPerson), c.value)}</li> }.into_any(),
                ChannelKind::Phone => {
                    let tel = format!("tel:{}", c.value.replace(' ', ""));
                    view! { <li>{format!("{}: ", i18n.t(Msg::ChannelPhone))}<a href=tel>{c.value.clone()}</a>{hours}</li> }.into_any()
                }
                ChannelKind::Email => {
                    let mailto = format!("mailto:{}", c.value);
                    view! { <li>{format!("{}: ", i18n.t(Msg::ChannelEmail))}<a href=mailto>{c.value.clone()}</a></li> }.into_any()
                }
            }
        })
        .collect_view();
    let responsible = match &service.subdivision {
        Some(sub) => format!("{} · {sub}", service.department),
        None => service.department.clone(),
    };
    let owner = service
        .owner
        .clone()
        .map(|(name, role)| format!("{name}, {role}"))
        .unwrap_or_else(|| i18n.t(Msg::ServiceOwnerMissing).to_owned());
    let contact = format!("{} · {}", service.department_email, service.department_phone);
    let audiences = service.audiences.iter().map(|a| i18n.t(a.label())).collect::<Vec<_>>().join(", ");
    let topics = service.topics.iter().map(|t| i18n.t(t.label())).chain(service.life_events.iter().map(|e| i18n.t(e.label()))).collect::<Vec<_>>().join(", ");
    let documents = service.documents.join(", ");
    let is_staff = crate::core::forms::use_boot().user.is_some_and(|u| u.is_staff());
    let not_active = (service.status != crate::services::model::ServiceStatus::Active).then(|| i18n.t(service.status.label()));
    view! {
        <crate::core::pages::SafeTitle text=title/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/services".to_owned(), i18n.t(Msg::NavServices).to_owned())] current=service.name.clone()/>
            <h1>{service.name.clone()}</h1>
            {not_active.map(|status| view! { <p class="panel"><strong>{status}</strong></p> })}
            <p class="lead">{service.description.clone()}</p>
            <h2>{i18n.t(Msg::ServiceHowToGet)}</h2>
            <ul>{channels}</ul>
            <dl class="summary-list">
                {row(Msg::ServiceCost, service.cost.clone())}
                {row(Msg::ServiceProcessingTime, service.processing_time.clone())}
                {row(Msg::ServiceDocuments, documents)}
                {row(Msg::ServiceOutput, service.output.clone())}
                {row(Msg::ServiceAudience, audiences)}
                {row(Msg::ServiceTopics, topics)}
                {row(Msg::ServiceLegalBasis, service.legal_basis.clone())}
                {row(Msg::ServiceResponsible, responsible)}
                {row(Msg::ServiceOwner, owner)}
                {row(Msg::ServiceContact, contact)}
                {row(Msg::ServiceLastReviewed, service.last_reviewed.clone())}
            </dl>
            {(!service.changelog.is_empty()).then(|| view! {
                <h2 id="changes">{i18n.t(Msg::ServiceChangelog)}</h2>
                <ol class="history">
                    {service.changelog.iter().map(|change| {
                        let start = format!("{} · {} · ", change.date, change.who);
                        match change.proposal {
                            // Staff follow the link to the proposal; for others it is a fact.
                            Some(id) if is_staff => view! {
                                <li>{start}{format!("{}: ", i18n.t(Msg::ChangelogProposal))}<a href=format!("/proposals/{id}")>{change.summary.clone()}</a></li>
                            }.into_any(),
                            Some(_) => view! { <li>{format!("{start}{}: {}", i18n.t(Msg::ChangelogProposal), change.summary)}</li> }.into_any(),
                            None => view! { <li>{format!("{start}{}", change.summary)}</li> }.into_any(),
                        }
                    }).collect_view()}
                </ol>
            })}
            <FeedbackForm slug=service.slug.clone()/>
            <crate::notifications::pages::FollowPanelFor kind=crate::notifications::kinds::FollowKind::Service key=service.slug.clone() back=format!("/services/{}", service.slug)/>
        </div>
    }
    .into_any()
}

/// "Was this helpful?" — yes or no and an optional comment; no account needed.
#[component]
fn FeedbackForm(slug: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SendFeedback>::new();
    let errors = form_errors("feedback", move || action.value().get());
    go_to_on_success(move || action.value().get());
    view! {
        <section class="panel" id="feedback" aria-labelledby="feedback-title">
            <h2 id="feedback-title">{i18n.t(Msg::FeedbackTitle)}</h2>
            // The thanks appears here, where the page scrolls to after sending.
            <FlashNotice/>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="service" value=slug/>
                <fieldset class="field fieldset" id="helpful">
                    <legend class="field__label">{i18n.t(Msg::FeedbackQuestion)}</legend>
                    <FieldErrorMessage id="helpful-error".to_owned() error=field_error(errors, "helpful")/>
                    <div class="checkbox">
                        <input class="checkbox__input" type="radio" id="helpful-yes" name="helpful" value="yes"/>
                        <label class="checkbox__label" for="helpful-yes">{i18n.t(Msg::FeedbackYes)}</label>
                    </div>
                    <div class="checkbox">
                        <input class="checkbox__input" type="radio" id="helpful-no" name="helpful" value="no"/>
                        <label class="checkbox__label" for="helpful-no">{i18n.t(Msg::FeedbackNo)}</label>
                    </div>
                </fieldset>
                <TextAreaField name="comment" label=Msg::FeedbackComment errors=errors hint=i18n.t(Msg::FeedbackCommentHint).to_owned() value=kept_value("feedback", "comment") rows=3/>
                <button class="button" type="submit">{i18n.t(Msg::FeedbackSend)}</button>
            </ActionForm>
        </section>
    }
}
