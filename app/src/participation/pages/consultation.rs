//! `/have-your-say/{slug}`: one consultation — what, where, until when, its documents —
//! and the conversation: support once, comment, reply one level, edit within 15 minutes,
//! report abuse. Every form is a plain form; text is always shown as text.

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::PhaseTag;
use crate::core::forms::{field_error, form_errors, go_to_on_success, kept_value, use_boot, ErrorSummary, FieldErrorMessage, FlashNotice, SubmitButton, TextAreaField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::loaded_page;
use crate::error::FieldError;
use crate::participation::api::{get_consultation, CommentView, ConsultationView, FlagComment, PostComment, PublishResponse, SupportConsultation, UpdateComment};
use crate::participation::model::Phase;

#[component]
pub fn ConsultationPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug")).unwrap_or_default();
    let consultation = Resource::new(move || slug.clone(), get_consultation);
    loaded_page(consultation, |c| view! { <Consultation consultation=c/> })
}

#[component]
fn Consultation(consultation: ConsultationView) -> impl IntoView {
    let i18n = use_i18n();
    let card = consultation.card.clone();
    let dates = i18n.fill(Msg::ConsultationDates, &[("from".to_owned(), card.opens_on.clone()), ("to".to_owned(), card.closes_on.clone())]);
    let place = card.place.map(|(lat, lon)| {
        let link = crate::core::map::openstreetmap_link(lat, lon);
        view! {
            <h2>{i18n.t(Msg::ConsultationPlace)}</h2>
            <crate::core::map::PlacesMap places=vec![crate::core::map::MapPlace { title: card.title.clone(), link, lat, lon }]/>
        }
    });
    let mut trail = vec![("/have-your-say".to_owned(), i18n.t(Msg::NavHaveYourSay).to_owned())];
    if !consultation.topic_slug.is_empty() {
        trail.insert(0, (format!("/topics/{}", consultation.topic_slug), card.topic.clone()));
    }
    view! {
        <crate::core::pages::SafeTitle text=format!("{} – {}", card.title, i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=trail current=card.title.clone()/>
            <FlashNotice/>
            <h1>{card.title.clone()}</h1>
            <p><PhaseTag phase=card.phase/></p>
            <p>{format!("{} · {}", card.topic, card.district)}</p>
            <p>{dates}</p>
            <p class="lead prose-text">{consultation.description.clone()}</p>
            {place}
            {(!consultation.documents.is_empty()).then(|| view! {
                <h2>{i18n.t(Msg::ConsultationDocuments)}</h2>
                <ul>{consultation.documents.iter().map(|(label, url)| view! { <li><a href=url.clone()>{label.clone()}</a></li> }).collect_view()}</ul>
            })}
            {consultation.response.clone().map(|response| view! {
                <section class="panel" aria-labelledby="city-response">
                    <h2 id="city-response">{i18n.t(Msg::ConsultationResponse)}</h2>
                    <p>{consultation.response_published.clone().unwrap_or_default()}</p>
                    <p class="prose-text">{response}</p>
                </section>
            }.into_any())}
            {(card.phase == Phase::Closed && use_boot().user.is_some_and(|u| crate::participation::model::runs_consultations(&u))).then(|| view! {
                <ResponseForm slug=card.slug.clone() response=consultation.response.clone().unwrap_or_default()/>
            }.into_any())}
            <Support consultation=consultation.clone()/>
            <crate::notifications::pages::FollowPanel kind=crate::notifications::kinds::FollowKind::Consultation key=card.slug.clone() following=consultation.following back=format!("/have-your-say/{}", card.slug)/>
            <super::survey::Survey slug=card.slug.clone() phase=card.phase survey=consultation.survey.clone()/>
            <Comments consultation=consultation.clone()/>
            {use_boot().user.is_some_and(|u| u.is_staff()).then(|| view! {
                <p class="inline-links">
                    <a href=format!("/admin/consultations/{}/answers.csv", card.slug) rel="external" download>{i18n.t(Msg::ConsultationAnswersCsv)}</a>
                    " "
                    <a href=format!("/admin/consultations/{}/comments.csv", card.slug) rel="external" download>{i18n.t(Msg::ConsultationCommentsCsv)}</a>
                </p>
            })}
        </div>
    }
    .into_any()
}

fn signed_in() -> bool {
    use_boot().user.is_some()
}

#[component]
fn Support(consultation: ConsultationView) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SupportConsultation>::new();
    let errors = form_errors("support", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let count = i18n.fill(Msg::ConsultationSupports, &[("count".to_owned(), consultation.supports.to_string())]);
    let slug = consultation.card.slug.clone();
    let open = consultation.card.phase == Phase::Open;
    let body = if consultation.supported {
        view! { <p><strong>{i18n.t(Msg::ConsultationSupported)}</strong></p> }.into_any()
    } else if !open {
        ().into_any()
    } else if signed_in() {
        view! {
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="slug" value=slug.clone()/>
                <button class="button" type="submit">{i18n.t(Msg::ConsultationSupport)}</button>
            </ActionForm>
        }
        .into_any()
    } else {
        view! { <p><a href=crate::core::pages::login_path(&format!("/have-your-say/{slug}"))>{i18n.t(Msg::ConsultationLogInToTakePart)}</a></p> }.into_any()
    };
    view! {
        <section class="panel" id="support" aria-labelledby="support-title">
            <h2 id="support-title">{i18n.t(Msg::ConsultationSupportTitle)}</h2>
            <p>{count}</p>
            {body}
        </section>
    }
}

/// A text area whose id is only known at run time (one per comment).
#[component]
fn Area(id: String, name: &'static str, label: Msg, errors: Signal<Vec<FieldError>>, #[prop(optional)] value: String) -> impl IntoView {
    let i18n = use_i18n();
    let error = field_error(errors, name);
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=id.clone()>{i18n.t(label)}</label>
            <FieldErrorMessage id=error_id error=error/>
            <textarea class="field__input field__input--area" id=id name=name rows=3 aria-invalid=move || error.get().map(|_| "true") aria-describedby=move || error.get().map(|_| described.clone())>
                {value}
            </textarea>
        </div>
    }
}

#[component]
fn Comments(consultation: ConsultationView) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PostComment>::new();
    let errors = form_errors("comment", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let open = consultation.card.phase == Phase::Open;
    let slug = consultation.card.slug.clone();
    // A refused reply, edit or report without JavaScript: its errors are listed here.
    let flashed: Vec<FieldError> = ["reply", "comment-edit", "report"].iter().filter_map(|form| use_boot().flash_for(form).map(|f| f.errors.clone())).flatten().collect();
    let other_errors = Signal::stored(flashed);
    let count = i18n.fill(Msg::ConsultationCommentCount, &[("count".to_owned(), consultation.comments.iter().map(|c| 1 + c.replies.len()).sum::<usize>().to_string())]);
    let threads_slug = slug.clone();
    let new_comment = if open && signed_in() {
        view! {
            <h3>{i18n.t(Msg::CommentWrite)}</h3>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="slug" value=slug.clone()/>
                <TextAreaField name="body" label=Msg::CommentBody errors=errors value=kept_value("comment", "body") rows=4/>
                <SubmitButton label=Msg::CommentSend pending=action.pending().into()/>
            </ActionForm>
        }
        .into_any()
    } else if open {
        view! { <p><a href=crate::core::pages::login_path(&format!("/have-your-say/{slug}"))>{i18n.t(Msg::ConsultationLogInToTakePart)}</a></p> }.into_any()
    } else {
        view! { <p>{i18n.t(Msg::ConsultationClosedForComments)}</p> }.into_any()
    };
    view! {
        <section id="comments" aria-labelledby="comments-title">
            <h2 id="comments-title">{i18n.t(Msg::ConsultationComments)}</h2>
            <p>{count}</p>
            <ErrorSummary errors=other_errors/>
            <ol class="comments">
                {consultation.comments.iter().cloned().map(|c| view! { <Comment comment=c slug=threads_slug.clone() open=open reply=true/> }).collect_view()}
            </ol>
            {new_comment}
        </section>
    }
}

#[component]
fn Comment(comment: CommentView, slug: String, open: bool, reply: bool) -> AnyView {
    let i18n = use_i18n();
    let id = comment.id;
    let meta = format!("{} · {}{}", comment.author, comment.at, if comment.edited { format!(" · {}", i18n.t(Msg::CommentEdited)) } else { String::new() });
    let body = if comment.hidden {
        view! { <p class="comment__hidden"><em>{i18n.t(Msg::CommentHidden)}</em></p> }.into_any()
    } else {
        // Text, never markup: Leptos escapes it.
        view! { <p class="comment__body prose-text">{comment.body.clone()}</p> }.into_any()
    };
    let signed = signed_in();
    let actions = (!comment.hidden && signed).then(|| {
        view! {
            <div class="comment__actions">
                {(reply && open).then(|| view! { <ReplyForm slug=slug.clone() parent=id/> })}
                {comment.editable.then(|| view! { <EditForm id=id body=comment.body.clone()/> })}
                {(!comment.mine).then(|| view! { <ReportForm id=id/> })}
            </div>
        }
    });
    let replies = comment.replies.clone();
    view! {
        <li class="comment" id=format!("comment-{id}")>
            <p class="comment__meta">{meta}</p>
            {body}
            {actions}
            {(!replies.is_empty()).then(|| view! {
                <ol class="comments comments--replies">
                    {replies.into_iter().map(|r| view! { <Comment comment=r slug=slug.clone() open=open reply=false/> }).collect_view()}
                </ol>
            })}
        </li>
    }
    .into_any()
}

#[component]
fn ReplyForm(slug: String, parent: i32) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PostComment>::new();
    let errors = form_errors("reply-js", move || action.value().get());
    go_to_on_success(move || action.value().get());
    view! {
        <details class="comment__form">
            <summary>{i18n.t(Msg::CommentReply)}</summary>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="slug" value=slug/>
                <input type="hidden" name="parent" value=parent/>
                <Area id=format!("reply-{parent}") name="body" label=Msg::CommentReplyBody errors=errors/>
                <SubmitButton label=Msg::CommentReplySend pending=action.pending().into()/>
            </ActionForm>
        </details>
    }
}

#[component]
fn EditForm(id: i32, body: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<UpdateComment>::new();
    let errors = form_errors("comment-edit-js", move || action.value().get());
    go_to_on_success(move || action.value().get());
    view! {
        <details class="comment__form">
            <summary>{i18n.t(Msg::CommentEdit)}</summary>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=id/>
                <Area id=format!("edit-{id}") name="body" label=Msg::CommentBody errors=errors value=body/>
                <SubmitButton label=Msg::CommentSave pending=action.pending().into()/>
            </ActionForm>
        </details>
    }
}

#[component]
fn ReportForm(id: i32) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<FlagComment>::new();
    let errors = form_errors("report-js", move || action.value().get());
    go_to_on_success(move || action.value().get());
    view! {
        <details class="comment__form">
            <summary>{i18n.t(Msg::CommentReport)}</summary>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=id/>
                <Area id=format!("report-{id}") name="reason" label=Msg::CommentReportReason errors=errors/>
                <SubmitButton label=Msg::CommentReportSend pending=action.pending().into()/>
            </ActionForm>
        </details>
    }
}

/// Administrators: the city's response to a closed consultation, published on the page.
#[component]
fn ResponseForm(slug: String, response: String) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PublishResponse>::new();
    let errors = form_errors("response", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let kept = kept_value("response", "response");
    let value = if kept.is_empty() { response } else { kept };
    view! {
        <section class="panel" aria-labelledby="respond-title">
            <h2 id="respond-title">{i18n.t(Msg::ResponsePublishTitle)}</h2>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="slug" value=slug/>
                <TextAreaField name="response" label=Msg::ResponseText errors=errors value=value rows=5/>
                <SubmitButton label=Msg::ResponsePublish pending=action.pending().into()/>
            </ActionForm>
        </section>
    }
}
