//! `/my/inbox`: every message to this person, newest first, read or unread in words;
//! `/my/subscriptions`: what they follow; `/unsubscribe/{token}`: the e-mails' link;
//! `/admin/outbox`: every e-mail, for administrators.

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::Redirect;

use super::api::{load_inbox, load_outbox, load_subscriptions, load_unsubscribe, FollowView, InboxMessage, MarkInboxRead, StopFollowing, Unsubscribe};
use crate::core::forms::{go_to_on_success, use_boot, FlashNotice};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::{ErrorPage, PageTitle};
use crate::error::AppError;

#[component]
pub fn InboxPage() -> impl IntoView {
    let i18n = use_i18n();
    if use_boot().user.is_none() {
        return view! { <Redirect path="/login?next=/my/inbox"/> }.into_any();
    }
    let messages = Resource::new(|| (), |_| load_inbox());
    view! {
        <PageTitle text=Msg::InboxTitle/>
        <div class="container page">
            <FlashNotice/>
            <h1>{i18n.t(Msg::InboxTitle)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match messages.await {
                        Ok(list) if list.is_empty() => view! { <p>{i18n.t(Msg::InboxEmpty)}</p> }.into_any(),
                        Ok(list) => view! { <Messages list=list/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn Messages(list: Vec<InboxMessage>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<MarkInboxRead>::new();
    go_to_on_success(move || action.value().get());
    let any_unread = list.iter().any(|m| m.unread);
    view! {
        <ul class="room-list">
            {list.into_iter().map(|message| view! {
                <li class="room-card">
                    <p>
                        <span class=if message.unread { "tag tag--open" } else { "tag" }>
                            {i18n.t(if message.unread { Msg::InboxUnread } else { Msg::InboxRead })}
                        </span>
                        " " {message.when}
                    </p>
                    <p><a href=message.link>{message.text}</a></p>
                </li>
            }).collect_view()}
        </ul>
        {any_unread.then(|| view! {
            <ActionForm action=action attr:class="form">
                <button class="button button--secondary" type="submit">{i18n.t(Msg::InboxMarkRead)}</button>
            </ActionForm>
        })}
    }
}

/// `/my/subscriptions`: what this person follows, how, and a way to stop each.
#[component]
pub fn SubscriptionsPage() -> impl IntoView {
    let i18n = use_i18n();
    if use_boot().user.is_none() {
        return view! { <Redirect path="/login?next=/my/subscriptions"/> }.into_any();
    }
    let list = Resource::new(|| (), |_| load_subscriptions());
    view! {
        <PageTitle text=Msg::SubscriptionsTitle/>
        <div class="container page">
            <FlashNotice/>
            <h1>{i18n.t(Msg::SubscriptionsTitle)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) if list.is_empty() => view! { <p>{i18n.t(Msg::SubscriptionsEmpty)}</p> }.into_any(),
                        Ok(list) => view! {
                            <ul class="room-list">
                                {list.into_iter().map(|follow| view! { <Subscription follow=follow/> }).collect_view()}
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
fn Subscription(follow: FollowView) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<StopFollowing>::new();
    go_to_on_success(move || action.value().get());
    view! {
        <li class="card">
            <p><span class="tag">{i18n.t(follow.kind.label())}</span></p>
            <h2 class="card__title"><a href=follow.link.clone()>{follow.title.clone()}</a></h2>
            <p>{i18n.t(follow.mode.label())}</p>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="id" value=follow.id/>
                <button class="button button--secondary" type="submit">{i18n.t(Msg::SubscriptionStop)}</button>
            </ActionForm>
        </li>
    }
}

/// `/unsubscribe/{token}`: the link in every e-mail. No login: one button ends the follow.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let i18n = use_i18n();
    let token = leptos_router::hooks::use_params_map().with_untracked(|p| p.get("token")).unwrap_or_default();
    if token == "done" {
        return view! {
            <PageTitle text=Msg::UnsubscribeTitle/>
            <div class="container page">
                <h1>{i18n.t(Msg::UnsubscribeTitle)}</h1>
                <FlashNotice/>
                <p class="lead">{i18n.t(Msg::UnsubscribeDone)}</p>
            </div>
        }
        .into_any();
    }
    let about = Resource::new({
        let token = token.clone();
        move || token.clone()
    }, load_unsubscribe);
    view! {
        <PageTitle text=Msg::UnsubscribeTitle/>
        <div class="container page">
            <h1>{i18n.t(Msg::UnsubscribeTitle)}</h1>
            <Suspense>
                {move || {
                    let token = token.clone();
                    Suspend::new(async move {
                        match about.await {
                            Ok(Some(title)) => view! { <UnsubscribeForm token=token title=title/> }.into_any(),
                            Ok(None) => view! { <p class="lead">{i18n.t(Msg::UnsubscribeUnknown)}</p> }.into_any(),
                            Err(_) => view! { <ErrorPage/> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn UnsubscribeForm(token: String, title: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Unsubscribe>::new();
    go_to_on_success(move || action.value().get());
    view! {
        <p class="lead">{i18n.fill(Msg::UnsubscribeText, &[("subject".to_owned(), title)])}</p>
        <ActionForm action=action attr:class="form">
            <input type="hidden" name="token" value=token/>
            <button class="button" type="submit">{i18n.t(Msg::UnsubscribeButton)}</button>
        </ActionForm>
    }
}

/// `/admin/outbox` (administrators): every e-mail, sent or waiting. With no mail server
/// configured this is where messages can be read.
#[component]
pub fn OutboxPage() -> impl IntoView {
    if let Some(gate) = crate::core::pages::role_gate("/admin/outbox", &[crate::core::roles::Role::Administrator]) {
        return gate;
    }
    let i18n = use_i18n();
    let rows = Resource::new(|| (), |_| load_outbox());
    view! {
        <PageTitle text=Msg::OutboxTitle/>
        <div class="container page">
            <h1>{i18n.t(Msg::OutboxTitle)}</h1>
            <p class="lead">{i18n.t(Msg::OutboxLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match rows.await {
                        Ok(rows) if rows.is_empty() => view! { <p>{i18n.t(Msg::OutboxEmpty)}</p> }.into_any(),
                        Ok(rows) => view! {
                            <ul class="room-list">
                                {rows.into_iter().map(|row| {
                                    let status = match (&row.sent, row.attempts) {
                                        (Some(sent), _) => i18n.fill(Msg::OutboxSent, &[("at".to_owned(), sent.clone())]),
                                        (None, 0) => i18n.t(Msg::OutboxWaiting).to_owned(),
                                        (None, tries) => i18n.fill(Msg::OutboxRetrying, &[("tries".to_owned(), tries.to_string())]),
                                    };
                                    view! {
                                        <li class="card">
                                            <h2 class="card__title">{row.subject.clone()}</h2>
                                            <p>{format!("{} · {}", row.to, row.created)}</p>
                                            <p><span class=if row.sent.is_some() { "tag tag--green" } else { "tag tag--amber" }>{status}</span></p>
                                            {row.last_error.clone().map(|error| view! { <p>{error}</p> })}
                                            <details><summary>{i18n.t(Msg::OutboxText)}</summary><pre class="prose-text">{row.body.clone()}</pre></details>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(AppError::Forbidden) => view! { <crate::core::pages::ForbiddenPage/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

/// "Follow": how a signed-in person wants to hear news of a subject (at once or in a
/// weekly digest), or how they already do. `key` is the page's slug or number.
#[component]
pub fn FollowPanel(kind: super::kinds::FollowKind, key: String, following: Option<super::kinds::Delivery>, back: String) -> impl IntoView {
    use super::api::FollowSubject;
    use super::kinds::Delivery;
    use crate::core::forms::{form_errors, ErrorSummary, SelectField};
    let i18n = use_i18n();
    let modes: Vec<(String, String)> = Delivery::ALL.iter().map(|d| (d.key().to_owned(), i18n.t(d.label()).to_owned())).collect();
    let selected = following.unwrap_or(Delivery::Immediate).key().to_owned();
    let status = following.map(|mode| view! {
        <p><strong>{i18n.fill(Msg::FollowingNow, &[("mode".to_owned(), i18n.t(mode.label()).to_owned())])}</strong></p>
        <p><a href="/my/subscriptions">{i18n.t(Msg::FollowManage)}</a></p>
    });
    let form = if use_boot().user.is_none() {
        view! { <p><a href=crate::core::pages::login_path(&back)>{i18n.t(Msg::FollowLogIn)}</a></p> }.into_any()
    } else {
        let action = ServerAction::<FollowSubject>::new();
        let errors = form_errors("follow", move || action.value().get());
        go_to_on_success(move || action.value().get());
        view! {
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="kind" value=kind.key()/>
                <input type="hidden" name="key" value=key/>
                <input type="hidden" name="back" value=back.clone()/>
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
    .into_any()
}

/// The follow panel for pages whose record does not say how this person follows it:
/// asks the server.
#[component]
pub fn FollowPanelFor(kind: super::kinds::FollowKind, key: String, back: String) -> impl IntoView {
    let state = Resource::new({
        let key = key.clone();
        move || (kind, key.clone())
    }, |(kind, key)| super::api::load_following(kind.key().to_owned(), key));
    view! {
        <Suspense>
            {move || {
                let (key, back) = (key.clone(), back.clone());
                Suspend::new(async move {
                    let following = state.await.ok().flatten();
                    view! { <FollowPanel kind=kind key=key following=following back=back/> }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// "Tell me when waste handed over drops below 20 000 t": a follow of one of a topic's
/// indicators with a threshold. `indicators` are (slug, name with unit).
#[component]
pub fn IndicatorAlert(indicators: Vec<(String, String)>, back: String) -> impl IntoView {
    use super::api::FollowIndicator;
    use super::kinds::{Delivery, Direction};
    use crate::core::forms::{form_errors, kept_value, ErrorSummary, SelectField, TextField};
    let i18n = use_i18n();
    if use_boot().user.is_none() || indicators.is_empty() {
        return ().into_any();
    }
    let action = ServerAction::<FollowIndicator>::new();
    let errors = form_errors("follow-indicator", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let kept = |field: &str| kept_value("follow-indicator", field);
    let sides: Vec<(String, String)> = Direction::ALL.iter().map(|d| (d.key().to_owned(), i18n.t(d.label()).to_owned())).collect();
    let modes: Vec<(String, String)> = Delivery::ALL.iter().map(|d| (d.key().to_owned(), i18n.t(d.label()).to_owned())).collect();
    view! {
        <section class="panel" id="follow-indicator" aria-labelledby="follow-indicator-title">
            <h2 id="follow-indicator-title">{i18n.t(Msg::FollowIndicatorTitle)}</h2>
            <p>{i18n.t(Msg::FollowIndicatorLead)}</p>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="back" value=back/>
                <SelectField name="indicator" label=Msg::FollowIndicatorWhich errors=errors options=indicators selected=kept("indicator")/>
                <SelectField name="direction" label=Msg::FollowIndicatorDirection errors=errors options=sides selected=kept("direction")/>
                <TextField name="threshold" label=Msg::FollowIndicatorThreshold errors=errors value=kept("threshold")/>
                <SelectField name="alert_mode" label=Msg::FollowHow errors=errors options=modes selected=kept("alert_mode")/>
                <button class="button button--secondary" type="submit">{i18n.t(Msg::FollowIndicatorButton)}</button>
            </ActionForm>
        </section>
    }
    .into_any()
}
