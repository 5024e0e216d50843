//! `/admin/moderation` (moderators and administrators): reported comments and ideas with
//! the reporters' reasons; hide or restore each with a reason that stays in its history.

use leptos::form::ActionForm;
use leptos::prelude::*;

use crate::core::forms::{field_error, form_errors, go_to_on_success, ErrorSummary, FieldErrorMessage, FlashNotice};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::{ErrorPage, ForbiddenPage, PageTitle};
use crate::error::AppError;
use crate::participation::api::{moderation_queue, ModerateComment, ModerationItem, ModerationSubject};

#[component]
pub fn ModerationPage() -> impl IntoView {
    if let Some(gate) = crate::core::pages::role_gate("/admin/moderation", &[crate::core::roles::Role::Moderator, crate::core::roles::Role::Administrator]) {
        return gate;
    }
    let i18n = use_i18n();
    let queue = Resource::new(|| (), |_| moderation_queue());
    view! {
        <PageTitle text=Msg::ModerationTitle/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned())] current=i18n.t(Msg::ModerationTitle).to_owned()/>
            <FlashNotice/>
            <h1>{i18n.t(Msg::ModerationTitle)}</h1>
            <p class="lead">{i18n.t(Msg::ModerationLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match queue.await {
                        Ok(items) if items.is_empty() => view! { <p>{i18n.t(Msg::ModerationEmpty)}</p> }.into_any(),
                        Ok(items) => view! {
                            <ul class="room-list">
                                {items.into_iter().map(|item| view! { <Item item=item/> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(AppError::Forbidden) => view! { <ForbiddenPage/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn Item(item: ModerationItem) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ModerateComment>::new();
    let errors = form_errors("moderation", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let id = item.id;
    let subject = item.subject.key();
    let reason_id = format!("reason-{subject}-{id}");
    let error = field_error(errors, "reason");
    let error_id = format!("{reason_id}-error");
    let described = error_id.clone();
    let status = if item.hidden { i18n.t(Msg::ModerationHidden) } else { i18n.t(Msg::ModerationShown) };
    let (verb, button) = match (item.hidden, item.subject) {
        (true, ModerationSubject::Comment) => ("restore", Msg::ModerationRestore),
        (false, ModerationSubject::Comment) => ("hide", Msg::ModerationHide),
        (true, ModerationSubject::Idea) => ("restore", Msg::ModerationRestoreIdea),
        (false, ModerationSubject::Idea) => ("hide", Msg::ModerationHideIdea),
    };
    // A shown item with open reports may also stay as it is: the reports were unfounded.
    let may_dismiss = !item.hidden && !item.reports.is_empty();
    let kind = match item.subject {
        ModerationSubject::Comment => i18n.t(Msg::ModerationKindComment),
        ModerationSubject::Idea => i18n.t(Msg::ModerationKindIdea),
    };
    view! {
        <li class="card" id=format!("moderation-{subject}-{id}")>
            <h2 class="card__title"><a href=item.context_link.clone()>{item.context_title.clone()}</a></h2>
            <p class="comment__meta">{format!("{kind} · {} · {}", item.author, item.written)}</p>
            <blockquote class="comment__body prose-text">{item.body.clone()}</blockquote>
            <p><span class="tag">{status}</span></p>
            {(!item.reports.is_empty()).then(|| view! {
                <h3>{i18n.fill(Msg::ModerationReports, &[("count".to_owned(), item.reports.len().to_string())])}</h3>
                <ul>{item.reports.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
            })}
            {(!item.history.is_empty()).then(|| view! {
                <h3>{i18n.t(Msg::ProposalHistory)}</h3>
                <ol class="history">
                    {item.history.iter().map(|(at, who, hid, why)| {
                        let what = match hid.as_str() {
                            "hide" => i18n.t(Msg::ModerationHid),
                            "dismiss" => i18n.t(Msg::ModerationDismissed),
                            _ => i18n.t(Msg::ModerationRestored),
                        };
                        view! { <li>{format!("{at} · {who} · {what}: {why}")}</li> }
                    }).collect_view()}
                </ol>
            })}
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="subject" value=subject/>

                <div class="field" class:field--error=move || error.get().is_some()>
                    <label class="field__label" for=reason_id.clone()>{i18n.t(Msg::ModerationReason)}</label>
                    <FieldErrorMessage id=error_id error=error/>
                    <textarea class="field__input field__input--area" id=reason_id name="reason" rows=2 aria-invalid=move || error.get().map(|_| "true") aria-describedby=move || error.get().map(|_| described.clone())></textarea>
                </div>
                // The clicked button says what is decided (plain forms send its name and value).
                <div class="button-group">
                    <button class="button" type="submit" name="action" value=verb aria-disabled=move || action.pending().get().then_some("true")>{i18n.t(button)}</button>
                    {may_dismiss.then(|| view! {
                        <button class="button button--secondary" type="submit" name="action" value="dismiss" aria-disabled=move || action.pending().get().then_some("true")>{i18n.t(Msg::ModerationDismiss)}</button>
                    })}
                </div>
            </ActionForm>
        </li>
    }
}
