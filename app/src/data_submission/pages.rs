//! `/data-submission` (the forms, one's own submissions), `/data-submission/{slug}` (an
//! entry), `/data-submission/{slug}/upload` (a CSV file and its report),
//! `/data-submission/submissions/{id}` (one submission; a checked file is sent or deleted
//! here) and the stewards' `/admin/submissions`.

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::{load_review_list, load_submission, load_submission_form, load_submission_forms, upload_report, DecideSubmission, DiscardUpload, FieldView, FormView, SendUpload, SubmissionCard, SubmissionView, ROWS_SHOWN};
use super::rules::{CheckReport, FieldKind, SubmissionStatus};
use crate::core::forms::{described_by, field_error, form_errors, go_to_on_success, kept_value, use_boot, ErrorSummary, FieldErrorMessage, FlashNotice, SubmitButton, TextAreaField, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::map::{openstreetmap_link, Pick, PlacePicker};
use crate::core::pages::{loaded_page, staff_gate, ErrorPage, PageTitle, SafeTitle};
use crate::error::{AppError, FieldError};

#[component]
fn StatusTag(status: SubmissionStatus) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("tag tag--{}", status.key())>{i18n.t(status.label())}</span> }
}

fn param(name: &str) -> String {
    use_params_map().with_untracked(|p| p.get(name)).unwrap_or_default()
}

#[component]
pub fn DataSubmissionPage() -> impl IntoView {
    let i18n = use_i18n();
    let signed_in = use_boot().user.is_some();
    let data = Resource::new(|| (), |_| load_submission_forms());
    view! {
        <PageTitle text=Msg::DataSubmissionTitle/>
        <div class="container page">
            <FlashNotice/>
            <h1>{i18n.t(Msg::DataSubmissionTitle)}</h1>
            <p class="lead">{i18n.t(Msg::DataSubmissionLead)}</p>
            {(!signed_in).then(|| view! { <p><a href="/login?next=/data-submission">{i18n.t(Msg::DataSubmissionLogin)}</a></p> })}
            <Suspense>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok((forms, mine)) => view! {
                            <ul class="room-list">
                                {forms.into_iter().map(|form| view! { <FormCard form=form/> }).collect_view()}
                            </ul>
                            {(!mine.is_empty()).then(|| view! {
                                <h2>{i18n.t(Msg::DataSubmissionMine)}</h2>
                                <SubmissionList list=mine admin=false/>
                            })}
                        }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn FormCard(form: FormView) -> impl IntoView {
    let i18n = use_i18n();
    let files = form.takes_files();
    let slug = form.slug.clone();
    view! {
        <li class="card">
            <h2 class="card__title">{form.title}</h2>
            <p>{form.description}</p>
            <p class="actions">
                <a class="button" href=format!("/data-submission/{slug}")>{i18n.t(Msg::DataSubmissionFill)}</a>
                {files.then(|| view! { " " <a class="button button--secondary" href=format!("/data-submission/{slug}/upload")>{i18n.t(Msg::DataSubmissionUploadCsv)}</a> })}
            </p>
        </li>
    }
}

#[component]
fn SubmissionList(list: Vec<SubmissionCard>, admin: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="room-list">
            {list.into_iter().map(|card| {
                let link = if admin { format!("/admin/submissions/{}", card.id) } else { format!("/data-submission/submissions/{}", card.id) };
                let source = match &card.file_name {
                    Some(name) => i18n.fill(Msg::SubmissionSourceCsv, &[("name".to_owned(), name.clone())]),
                    None => i18n.t(Msg::SubmissionSourceForm).to_owned(),
                };
                view! {
                    <li class="card">
                        <p><StatusTag status=card.status/> " " {card.when.clone()}</p>
                        <h3 class="card__title"><a href=link>{i18n.fill(Msg::SubmissionHeading, &[("id".to_owned(), card.id.to_string())])} ": " {card.form_title.clone()}</a></h3>
                        <p>{source} " · " {i18n.fill(Msg::SubmissionRowCount, &[("count".to_owned(), card.rows.to_string())])}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// The hint under a field: its unit and allowed range, in words.
fn hint(i18n: crate::core::i18n::I18n, field: &FieldView) -> Option<String> {
    let mut parts = Vec::new();
    if !field.unit.is_empty() {
        parts.push(i18n.fill(Msg::SubmissionUnitHint, &[("unit".to_owned(), field.unit.clone())]));
    }
    if let Some(min) = &field.min {
        parts.push(i18n.fill(Msg::SubmissionMinHint, &[("min".to_owned(), min.clone())]));
    }
    if let Some(max) = &field.max {
        parts.push(i18n.fill(Msg::SubmissionMaxHint, &[("max".to_owned(), max.clone())]));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// `/data-submission/{slug}`: one entry. A plain multipart form (it may carry a photo).
#[component]
pub fn SubmissionFormPage() -> impl IntoView {
    let slug = param("slug");
    if use_boot().user.is_none() {
        return view! { <Redirect path=crate::core::pages::login_path(&format!("/data-submission/{slug}"))/> }.into_any();
    }
    let form = Resource::new(move || slug.clone(), load_submission_form);
    loaded_page(form, |form| view! { <EntryForm form=form/> }).into_any()
}

#[component]
fn EntryForm(form: FormView) -> impl IntoView {
    let i18n = use_i18n();
    let errors = form_errors::<()>("submission", || None);
    let trail = vec![("/data-submission".to_owned(), i18n.t(Msg::DataSubmissionTitle).to_owned())];
    let action = format!("/data-submission/{}", form.slug);
    view! {
        <SafeTitle text=form.title.clone()/>
        <div class="container page">
            <Breadcrumbs trail=trail current=form.title.clone()/>
            <h1>{form.title.clone()}</h1>
            <p class="lead">{form.description.clone()}</p>
            {form.takes_files().then(|| view! {
                <p><a href=format!("/data-submission/{}/upload", form.slug)>{i18n.t(Msg::DataSubmissionUploadCsv)}</a></p>
            })}
            <ErrorSummary errors=errors/>
            <form class="form" method="post" action=action enctype="multipart/form-data" novalidate>
                {form.fields.iter().map(|field| view! { <EntryField field=field.clone() errors=errors/> }).collect_view()}
                {form.with_location.then(|| view! {
                    <fieldset class="fieldset">
                        <legend class="fieldset__legend">{i18n.t(Msg::SubmissionPlace)}</legend>
                        <p class="field__hint">{i18n.t(Msg::SubmissionPlaceHint)}</p>
                        <PlacePicker pick=Pick { lat: "latitude".to_owned(), lon: "longitude".to_owned() }/>
                        <div class="field-row">
                            <TextField name="latitude" label=Msg::SurveyLatitude errors=errors value=kept_value("submission", "latitude")/>
                            <TextField name="longitude" label=Msg::SurveyLongitude errors=errors value=kept_value("submission", "longitude")/>
                        </div>
                    </fieldset>
                })}
                {form.with_photo.then(|| view! { <PhotoField errors=errors/> })}
                <button class="button" type="submit">{i18n.t(Msg::SubmissionSend)}</button>
            </form>
        </div>
    }
}

#[component]
fn EntryField(field: FieldView, errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let i18n = use_i18n();
    let name = super::rules::input_name(&field.key);
    let error = field_error(errors, name.clone());
    let hint_text = hint(i18n, &field);
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = described_by(hint_text.is_some().then(|| hint_id.clone()), error_id.clone(), error);
    let label = if field.required { field.label.clone() } else { format!("{} {}", field.label, i18n.t(Msg::SubmissionOptional)) };
    let (input_type, input_mode) = match field.kind {
        FieldKind::Integer => ("text", Some("numeric")),
        FieldKind::Decimal => ("text", Some("decimal")),
        FieldKind::Date => ("date", None),
        FieldKind::Text => ("text", None),
    };
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=name.clone()>{label}</label>
            {hint_text.map(|text| view! { <p class="field__hint" id=hint_id.clone()>{text}</p> })}
            <FieldErrorMessage id=error_id error=error/>
            <input
                class="field__input"
                id=name.clone()
                name=name.clone()
                type=input_type
                inputmode=input_mode
                value=kept_value("submission", &name)
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described
            />
        </div>
    }
}

#[component]
fn PhotoField(errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let i18n = use_i18n();
    let error = field_error(errors, "photo");
    let described = described_by(Some("photo-hint".to_owned()), "photo-error".to_owned(), error);
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for="photo">{i18n.t(Msg::SubmissionPhoto)}</label>
            <p class="field__hint" id="photo-hint">{i18n.t(Msg::SubmissionPhotoHint)}</p>
            <FieldErrorMessage id="photo-error".to_owned() error=error/>
            <input class="field__input" id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby=described/>
        </div>
    }
}

/// `/data-submission/{slug}/upload`: a CSV file. After a refused file the server renders
/// this page again with the report; the browser hydrates it with that report.
#[component]
pub fn UploadPage() -> impl IntoView {
    let slug = param("slug");
    if use_boot().user.is_none() {
        return view! { <Redirect path=crate::core::pages::login_path(&format!("/data-submission/{slug}/upload"))/> }.into_any();
    }
    let form = Resource::new(move || slug.clone(), load_submission_form);
    let report = upload_report();
    let report = Resource::new(|| (), move |_| {
        let report = report.clone();
        async move { Ok::<_, AppError>(report) }
    });
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match (form.await, report.await) {
                    (Ok(form), Ok(report)) if form.takes_files() => view! { <Upload form=form report=report/> }.into_any(),
                    (Ok(_), _) | (Err(AppError::NotFound), _) => view! { <crate::core::pages::NotFoundPage/> }.into_any(),
                    _ => view! { <ErrorPage/> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn Upload(form: FormView, report: Option<CheckReport>) -> impl IntoView {
    let i18n = use_i18n();
    let trail = vec![
        ("/data-submission".to_owned(), i18n.t(Msg::DataSubmissionTitle).to_owned()),
        (format!("/data-submission/{}", form.slug), form.title.clone()),
    ];
    let title = format!("{}: {}", i18n.t(Msg::DataSubmissionUploadCsv), form.title);
    let action = format!("/data-submission/{}/upload", form.slug);
    let upload_refusal = form_errors::<()>("upload", || None);
    view! {
        <SafeTitle text=title.clone()/>
        <div class="container page">
            <Breadcrumbs trail=trail current=i18n.t(Msg::DataSubmissionUploadCsv).to_owned()/>
            <h1>{title}</h1>
            <p class="lead">{i18n.t(Msg::UploadLead)}</p>
            <ErrorSummary errors=upload_refusal/>
            <div id="upload-report">{report.map(|report| view! { <Report report=report/> }.into_any())}</div>
            <ColumnsTable fields=form.fields.clone()/>
            <p><a href=format!("/data-submission/{}/template.csv", form.slug) download>{i18n.t(Msg::UploadTemplate)}</a></p>
            <UploadForm action=action/>
        </div>
    }
    .into_any()
}

/// The columns a file for this form has, with their meaning and type.
#[component]
fn ColumnsTable(fields: Vec<FieldView>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h2>{i18n.t(Msg::UploadColumns)}</h2>
            <div class="table-scroll" role="region" aria-label=i18n.t(Msg::UploadColumns) tabindex="0">
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t(Msg::UploadColumn)}</th>
                            <th scope="col">{i18n.t(Msg::UploadMeaning)}</th>
                            <th scope="col">{i18n.t(Msg::UploadKind)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {fields.iter().map(|field| {
                            let meaning = match hint(i18n, field) {
                                Some(hint) => format!("{}. {hint}", field.label),
                                None => field.label.clone(),
                            };
                            let kind = if field.required { format!("{}, {}", i18n.t(field.kind.label()), i18n.t(Msg::SurveyRequired)) } else { format!("{} {}", i18n.t(field.kind.label()), i18n.t(Msg::SubmissionOptional)) };
                            view! { <tr><td><code>{field.key.clone()}</code></td><td>{meaning}</td><td>{kind}</td></tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
    }
    .into_any()
}

#[component]
fn UploadForm(action: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
            <leptos_meta::Script src="/upload.js" defer="defer"/>
            <form class="form" method="post" action=action enctype="multipart/form-data" data-upload=""
                data-progress=i18n.t(Msg::UploadProgress) data-checking=i18n.t(Msg::UploadChecking)>
                <div class="field">
                    <label class="field__label" for="file">{i18n.t(Msg::UploadFile)}</label>
                    <input class="field__input" id="file" name="file" type="file" accept=".csv,text/csv"/>
                </div>
                <div class="upload-progress" hidden>
                    <progress max="100" value="0" aria-label=i18n.t(Msg::UploadProgressLabel)></progress>
                    <p class="upload-progress__status" role="status" aria-live="polite"></p>
                </div>
                <button class="button" type="submit">{i18n.t(Msg::UploadButton)}</button>
            </form>
    }
    .into_any()
}

#[component]
fn Report(report: CheckReport) -> impl IntoView {
    let i18n = use_i18n();
    let heading = if report.bad_rows > 0 {
        i18n.fill(Msg::UploadRefused, &[("count".to_owned(), report.bad_rows.to_string()), ("rows".to_owned(), report.rows.to_string())])
    } else {
        i18n.t(Msg::UploadRefusedFile).to_owned()
    };
    view! {
        <div class="error-summary" role="alert" tabindex="-1">
            <h2 class="error-summary__title">{heading}</h2>
            <p>{i18n.t(Msg::UploadRowsNote)}</p>
            <div class="table-scroll" role="region" aria-label=i18n.t(Msg::UploadReason) tabindex="0">
                <table class="data-table upload-report">
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t(Msg::UploadRow)}</th>
                            <th scope="col">{i18n.t(Msg::UploadColumn)}</th>
                            <th scope="col">{i18n.t(Msg::UploadReason)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {report.problems.iter().map(|problem| view! {
                            <tr>
                                <td>{if problem.row == 0 { i18n.t(Msg::UploadWholeFile).to_owned() } else { problem.row.to_string() }}</td>
                                <td><code>{problem.column.clone()}</code></td>
                                <td>{i18n.fill(problem.message, &problem.params)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {(report.more_problems > 0).then(|| view! { <p>{i18n.fill(Msg::UploadMore, &[("count".to_owned(), report.more_problems.to_string())])}</p> })}
        </div>
    }
}

/// `/data-submission/submissions/{id}`: one's own submission; a checked file waits here.
#[component]
pub fn SubmissionPage() -> impl IntoView {
    let id = param("id").parse::<i32>().unwrap_or(0);
    if use_boot().user.is_none() {
        return view! { <Redirect path=crate::core::pages::login_path(&format!("/data-submission/submissions/{id}"))/> }.into_any();
    }
    let submission = Resource::new(move || id, load_submission);
    loaded_page(submission, |submission| view! { <Submission submission=submission review=false/> }).into_any()
}

/// `/admin/submissions/{id}`: the same, with the steward's decision.
#[component]
pub fn AdminSubmissionPage() -> impl IntoView {
    let id = param("id").parse::<i32>().unwrap_or(0);
    if let Some(gate) = staff_gate(&format!("/admin/submissions/{id}")) {
        return gate;
    }
    let submission = Resource::new(move || id, load_submission);
    loaded_page(submission, |submission| view! { <Submission submission=submission review=true/> }).into_any()
}

#[component]
fn Submission(submission: SubmissionView, review: bool) -> impl IntoView {
    let i18n = use_i18n();
    let card = submission.card.clone();
    let heading = i18n.fill(Msg::SubmissionHeading, &[("id".to_owned(), card.id.to_string())]);
    let trail = if review {
        vec![("/admin/submissions".to_owned(), i18n.t(Msg::ReviewTitle).to_owned())]
    } else {
        vec![("/data-submission".to_owned(), i18n.t(Msg::DataSubmissionTitle).to_owned())]
    };
    let source = match &card.file_name {
        Some(name) => i18n.fill(Msg::SubmissionSourceCsv, &[("name".to_owned(), name.clone())]),
        None => i18n.t(Msg::SubmissionSourceForm).to_owned(),
    };
    let draft = card.status == SubmissionStatus::Draft && submission.is_own;
    let waiting_for_review = review && submission.may_review && card.status == SubmissionStatus::Submitted;
    // A steward's own submission is another steward's to decide.
    let decidable = waiting_for_review && !submission.is_own;
    let own_waiting = waiting_for_review && submission.is_own;
    let id = card.id;
    view! {
        <SafeTitle text=heading.clone()/>
        <div class="container page">
            <Breadcrumbs trail=trail current=heading.clone()/>
            <FlashNotice/>
            <h1>{heading}</h1>
            <dl class="summary-list">
                <div class="summary-list__row"><dt>{i18n.t(Msg::SubmissionStatusLabel)}</dt><dd><StatusTag status=card.status/></dd></div>
                <div class="summary-list__row"><dt>{i18n.t(Msg::SubmissionForm)}</dt><dd>{card.form_title.clone()}</dd></div>
                {(!submission.sender.is_empty()).then(|| view! {
                    <div class="summary-list__row"><dt>{i18n.t(Msg::SubmissionFrom)}</dt><dd>{submission.sender.clone()}</dd></div>
                })}
                // A draft was checked, not sent: its time is when it was checked.
                <div class="summary-list__row"><dt>{i18n.t(if card.status == SubmissionStatus::Draft { Msg::SubmissionChecked } else { Msg::SubmissionWhen })}</dt><dd>{card.when.clone()}</dd></div>
                <div class="summary-list__row"><dt>{i18n.t(Msg::SubmissionHow)}</dt><dd>{source} " · " {i18n.fill(Msg::SubmissionRowCount, &[("count".to_owned(), card.rows.to_string())])}</dd></div>
                {submission.reason.clone().map(|reason| view! {
                    <div class="summary-list__row"><dt>{i18n.t(Msg::SubmissionReasonLabel)}</dt><dd>{reason}</dd></div>
                })}
                {submission.place.map(|(lat, lon)| view! {
                    <div class="summary-list__row"><dt>{i18n.t(Msg::SubmissionPlace)}</dt><dd><a href=openstreetmap_link(lat, lon)>{format!("{lat:.5}, {lon:.5}")}</a></dd></div>
                })}
            </dl>
            {submission.has_photo.then(|| view! {
                <p><img class="submission-photo" src=format!("/data-submission/submissions/{id}/photo") alt=i18n.t(Msg::SubmissionPhotoAlt)/></p>
            })}
            {draft.then(|| view! { <DraftActions id=id rows=card.rows/> }.into_any())}
            <Rows submission=submission.clone()/>
            {decidable.then(|| view! { <DecideForm id=id/> }.into_any())}
            {own_waiting.then(|| view! { <p class="panel">{i18n.t(Msg::SubmissionOwnReview)}</p> })}
        </div>
    }
    .into_any()
}

/// "The first 20 rows", "The only row": each language's plural (Russian: 2–4 строки, 5–20 строк).
pub fn first_rows_caption(count: u64, locale: crate::core::i18n::Locale) -> String {
    let message = match count {
        1 => return Msg::SubmissionOnlyRow.text(locale).to_owned(),
        2..=4 => Msg::SubmissionFirstRowsFew,
        _ => Msg::SubmissionFirstRows,
    };
    message.text(locale).replace("{count}", &count.to_string())
}

#[component]
fn Rows(submission: SubmissionView) -> impl IntoView {
    let i18n = use_i18n();
    let shown = ROWS_SHOWN.min(submission.card.rows.max(0) as u64);
    let caption = first_rows_caption(shown, i18n.locale);
    view! {
        <h2>{caption.clone()}</h2>
        <div class="table-scroll" role="region" aria-label=caption tabindex="0">
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{i18n.t(Msg::UploadRow)}</th>
                        {submission.columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {submission.rows.iter().map(|(number, cells)| view! {
                        <tr>
                            <td>{*number}</td>
                            {cells.iter().map(|cell| view! { <td>{cell.clone()}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn DraftActions(id: i32, rows: i32) -> impl IntoView {
    let i18n = use_i18n();
    let send = ServerAction::<SendUpload>::new();
    let discard = ServerAction::<DiscardUpload>::new();
    go_to_on_success(move || send.value().get());
    go_to_on_success(move || discard.value().get());
    let errors = form_errors("draft", move || send.value().get().or_else(|| discard.value().get()));
    view! {
        <ErrorSummary errors=errors/>
        <p class="lead">{i18n.fill(Msg::DraftLead, &[("count".to_owned(), rows.to_string())])}</p>
        <div class="actions">
            <ActionForm action=send attr:class="form form--inline">
                <input type="hidden" name="id" value=id/>
                <SubmitButton label=Msg::DraftSend pending=send.pending().into()/>
            </ActionForm>
            <ActionForm action=discard attr:class="form form--inline">
                <input type="hidden" name="id" value=id/>
                <button class="button button--secondary" type="submit">{i18n.t(Msg::DraftDiscard)}</button>
            </ActionForm>
        </div>
    }
}

#[component]
fn DecideForm(id: i32) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<DecideSubmission>::new();
    go_to_on_success(move || action.value().get());
    let errors = form_errors("decide", move || action.value().get());
    let error = field_error(errors, "decision");
    let kept = kept_value("decide", "decision");
    view! {
        <h2>{i18n.t(Msg::ReviewDecision)}</h2>
        <ErrorSummary errors=errors/>
        <ActionForm action=action attr:class="form" attr:novalidate=true>
            <input type="hidden" name="id" value=id/>
            <fieldset class="fieldset" id="decision">
                <legend class="fieldset__legend">{i18n.t(Msg::ReviewDecision)}</legend>
                <FieldErrorMessage id="decision-error".to_owned() error=error/>
                <div class="checkbox">
                    <input class="checkbox__input" type="radio" id="decision-accept" name="decision" value="accept" checked=kept == "accept"/>
                    <label class="checkbox__label" for="decision-accept">{i18n.t(Msg::ReviewAccept)}</label>
                </div>
                <div class="checkbox">
                    <input class="checkbox__input" type="radio" id="decision-reject" name="decision" value="reject" checked=kept == "reject"/>
                    <label class="checkbox__label" for="decision-reject">{i18n.t(Msg::ReviewReject)}</label>
                </div>
            </fieldset>
            <TextAreaField name="reason" label=Msg::ReviewReason errors=errors value=kept_value("decide", "reason") rows=4/>
            <SubmitButton label=Msg::ReviewSave pending=action.pending().into()/>
        </ActionForm>
    }
}

/// `/admin/submissions?status=…`: what waits for a steward (or was decided).
#[component]
pub fn AdminSubmissionsPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/submissions") {
        return gate;
    }
    let i18n = use_i18n();
    let query = use_query_map();
    let status = move || query.with(|q| q.get("status"));
    let list = Resource::new(status, load_review_list);
    let chosen = status().unwrap_or_else(|| SubmissionStatus::Submitted.key().to_owned());
    view! {
        <PageTitle text=Msg::ReviewTitle/>
        <div class="container page">
            <FlashNotice/>
            <h1>{i18n.t(Msg::ReviewTitle)}</h1>
            <form class="form form--inline" method="get" action="/admin/submissions">
                <div class="field">
                    <label class="field__label" for="status">{i18n.t(Msg::SubmissionStatusLabel)}</label>
                    <select class="field__input" id="status" name="status">
                        {[SubmissionStatus::Submitted, SubmissionStatus::Accepted, SubmissionStatus::Rejected].into_iter().map(|s| view! {
                            <option value=s.key() selected=chosen == s.key()>{i18n.t(s.label())}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button class="button button--secondary" type="submit">{i18n.t(Msg::ReviewShow)}</button>
            </form>
            <Suspense>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) if list.is_empty() => view! { <p>{i18n.t(Msg::ReviewEmpty)}</p> }.into_any(),
                        Ok(list) => view! { <SubmissionList list=list admin=true/> }.into_any(),
                        Err(AppError::Forbidden) => view! { <crate::core::pages::ForbiddenPage/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

/// `/admin/submission-forms`: the forms, open or closed, with how much each holds.
#[component]
pub fn AdminFormsPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/submission-forms") {
        return gate;
    }
    let i18n = use_i18n();
    let list = Resource::new(|| (), |_| super::api::load_forms_admin());
    view! {
        <PageTitle text=Msg::FormsAdminTitle/>
        <div class="container page">
            <FlashNotice/>
            <h1>{i18n.t(Msg::FormsAdminTitle)}</h1>
            <p><a class="button" href="/admin/submission-forms/new">{i18n.t(Msg::FormNew)}</a></p>
            <Suspense>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) => view! {
                            <ul class="room-list">
                                {list.into_iter().map(|form| view! {
                                    <li class="card">
                                        <p><span class=if form.open { "tag tag--open" } else { "tag" }>{i18n.t(if form.open { Msg::FormOpenTag } else { Msg::FormClosedTag })}</span></p>
                                        <h2 class="card__title"><a href=format!("/admin/submission-forms/{}/edit", form.slug)>{form.title.clone()}</a></h2>
                                        <p>{i18n.fill(Msg::FormSubmissionsCount, &[("count".to_owned(), form.submissions.to_string())])} " · " <a href=format!("/data-submission/{}", form.slug)>{format!("/data-submission/{}", form.slug)}</a></p>
                                    </li>
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

/// `/admin/submission-forms/new` and `/admin/submission-forms/{slug}/edit`.
#[component]
pub fn FormEditorPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug"));
    let here = slug.as_ref().map_or("/admin/submission-forms/new".to_owned(), |s| format!("/admin/submission-forms/{s}/edit"));
    if let Some(gate) = staff_gate(&here) {
        return gate;
    }
    let data = Resource::new(move || slug.clone(), super::api::load_form_editor);
    loaded_page(data, |data| view! { <FormEditor data=data/> }).into_any()
}

#[component]
fn FormEditor(data: super::api::FormEditorData) -> impl IntoView {
    use crate::core::forms::{kept_or_saved, CheckboxField};
    let i18n = use_i18n();
    let action = ServerAction::<super::api::SaveSubmissionForm>::new();
    let errors = form_errors("submission-form", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let value = kept_or_saved("submission-form");
    let flag = move |field: &str, saved: bool| !value(field, if saved { "yes" } else { "" }).is_empty();
    let heading = if data.original.is_some() { i18n.fill(Msg::FormEditNamed, &[("name".to_owned(), data.title[0].clone())]) } else { i18n.t(Msg::FormNew).to_owned() };
    let trail = vec![("/admin/submission-forms".to_owned(), i18n.t(Msg::FormsAdminTitle).to_owned())];
    let fields_hint = if data.locked { format!("{} {}", i18n.t(Msg::FieldFieldsHint), i18n.t(Msg::ValFieldsLocked)) } else { i18n.t(Msg::FieldFieldsHint).to_owned() };
    view! {
        <SafeTitle text=format!("{heading} – {}", i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=trail current=heading.clone()/>
            <FlashNotice/>
            <h1>{heading.clone()}</h1>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="original" value=data.original.clone().unwrap_or_default()/>
                <TextField name="title_et" label=Msg::FieldTitleEt errors=errors value=value("title_et", &data.title[0])/>
                <TextField name="title_en" label=Msg::FieldTitleEn errors=errors value=value("title_en", &data.title[1])/>
                <TextField name="title_ru" label=Msg::FieldTitleRu errors=errors value=value("title_ru", &data.title[2])/>
                <TextField name="slug" label=Msg::FieldSlug errors=errors hint=i18n.t(Msg::FormSlugHint).to_owned() value=value("slug", &data.slug)/>
                <TextAreaField name="description_et" label=Msg::FieldDescriptionEt errors=errors value=value("description_et", &data.description[0]) rows=3/>
                <TextAreaField name="description_en" label=Msg::FieldDescriptionEn errors=errors value=value("description_en", &data.description[1]) rows=3/>
                <TextAreaField name="description_ru" label=Msg::FieldDescriptionRu errors=errors value=value("description_ru", &data.description[2]) rows=3/>
                <TextAreaField name="fields" label=Msg::FieldFields errors=errors hint=fields_hint value=value("fields", &data.fields) rows=8/>
                <CheckboxField name="with_location" label=Msg::FieldWithLocation errors=errors checked=flag("with_location", data.with_location)/>
                <CheckboxField name="with_photo" label=Msg::FieldWithPhoto errors=errors checked=flag("with_photo", data.with_photo)/>
                <CheckboxField name="open" label=Msg::FieldFormOpen errors=errors checked=flag("open", data.open)/>
                <SubmitButton label=Msg::SaveButton pending=action.pending().into()/>
            </ActionForm>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::first_rows_caption;
    use crate::core::i18n::Locale;

    #[test]
    fn the_preview_heading_follows_each_languages_plural() {
        assert_eq!(first_rows_caption(1, Locale::En), "The only row");
        assert_eq!(first_rows_caption(1, Locale::Et), "Ainus rida");
        assert_eq!(first_rows_caption(20, Locale::En), "The first 20 rows");
        assert_eq!(first_rows_caption(3, Locale::Ru), "Первые 3 строки");
        assert_eq!(first_rows_caption(5, Locale::Ru), "Первые 5 строк");
        assert_eq!(first_rows_caption(2, Locale::Et), "Esimesed 2 rida");
    }
}
