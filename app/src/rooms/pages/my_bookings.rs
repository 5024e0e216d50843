//! `/my/bookings` and `/my/bookings/{id}`: a person's bookings, each with its status in
//! words, price and history, so nobody has to wonder what happened to a request.

use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_params_map;

use leptos::form::ActionForm;

use crate::core::forms::{form_errors, go_to_on_success, kept_value, use_boot, ErrorSummary, FlashNotice, TextAreaField};
use crate::core::layout::Breadcrumbs;
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::{loaded_page, ErrorPage, PageTitle};
use crate::rooms::admin_api::DecideBooking;
use crate::rooms::api::{my_booking, my_bookings, BookingDetails, BookingSummary, CancelBooking, CancelSeries, CancelTerms, SeriesView};
use crate::rooms::rules::format_euros;

#[component]
pub fn MyBookingsPage() -> impl IntoView {
    let i18n = use_i18n();
    if use_boot().user.is_none() {
        return view! { <Redirect path="/login?next=/my/bookings"/> }.into_any();
    }
    let bookings = Resource::new(|| (), |_| my_bookings());
    view! {
        <PageTitle text=Msg::MyBookingsTitle/>
        <div class="container page">
            <h1>{i18n.t(Msg::MyBookingsTitle)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match bookings.await {
                        Ok(list) if list.is_empty() => view! {
                            <p>{i18n.t(Msg::MyBookingsNone)}</p>
                            <p><a href="/rooms">{i18n.t(Msg::FindARoom)}</a></p>
                        }.into_any(),
                        Ok(list) => view! {
                            <ul class="room-list">
                                {list.into_iter().map(|booking| view! { <BookingCard booking=booking/> }).collect_view()}
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
fn BookingCard(booking: BookingSummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/my/bookings/{}", booking.id);
    view! {
        <li class="card">
            <h2 class="card__title">
                <a class="card__link" href=href>{format!("{} · {} {}–{}", booking.room_name, booking.date, booking.start, booking.end)}</a>
            </h2>
            <p class="room-card__place">{booking.institution_name}</p>
            <p><strong class="status">{i18n.t(booking.status.label())}</strong>{format!(" · {}", format_euros(booking.total_cents, i18n.locale))}</p>
        </li>
    }
}

#[component]
pub fn MyBookingPage() -> impl IntoView {
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id")).and_then(|id| id.parse::<i32>().ok()).unwrap_or(0);
    if use_boot().user.is_none() {
        return view! { <Redirect path=crate::core::pages::login_path(&format!("/my/bookings/{id}"))/> }.into_any();
    }
    let booking = Resource::new(move || id, my_booking);
    loaded_page(booking, |booking| view! { <BookingView booking=booking/> }).into_any()
}

/// One booking: its facts, its history, the `.ics` file, and what the viewer may do
/// next — the booker may cancel (seeing the fee first), staff may approve or reject.
#[component]
pub(crate) fn BookingView(booking: BookingDetails, #[prop(optional)] staff: bool) -> impl IntoView {
    let i18n = use_i18n();
    let summary = booking.summary.clone();
    let title = i18n.fill(if booking.is_block { Msg::BookingBlockTitle } else { Msg::BookingTitle }, &[("id".into(), summary.id.to_string())]);
    let trail = if staff {
        vec![("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned()), ("/admin/bookings".to_owned(), i18n.t(Msg::AdminBookingsTitle).to_owned())]
    } else {
        vec![("/my/bookings".to_owned(), i18n.t(Msg::MyBookingsTitle).to_owned())]
    };
    let ics = format!("/my/bookings/{}/booking.ics", summary.id);
    // A rejected, cancelled or expired booking is no event to put in a calendar.
    use crate::rooms::model::BookingStatus;
    let goes_in_calendar = !booking.is_block && (BookingStatus::ACTIVE.contains(&summary.status) || summary.status == BookingStatus::Completed);
    let id = summary.id;
    let cancel = booking.cancel.clone();
    let can_decide = booking.can_decide;
    let series = booking.series.clone();
    // The series form is offered when it would cancel more than this date's own form does:
    // from a rejected date's page too, as long as any date is left to cancel.
    let may_cancel = booking.cancel.is_some();
    // A reduced price asked for: the manager confirms it or approves at the standard price.
    let reduced = (booking.category != crate::rooms::rules::PriceCategory::Standard)
        .then(|| (booking.category, booking.organisation.clone().unwrap_or_default()));
    view! {
        <crate::core::pages::SafeTitle text=format!("{title} – {}", i18n.t(Msg::SiteName))/>
        <div class="container page">
            <FlashNotice/>
            <Breadcrumbs trail=trail current=title.clone()/>
            <h1>{title.clone()}</h1>
            <BookingFacts booking=booking/>
            {goes_in_calendar.then(|| view! { <p><a href=ics rel="external" download=format!("booking-{id}.ics")>{i18n.t(Msg::BookingDownloadIcs)}</a></p> })}
            {series.clone().map(|series| view! { <SeriesDates series=series current=id staff=staff/> })}
            {series.clone().filter(|series| staff && series.open_requests > 1).map(|series| view! { <SeriesDecisionForms id=id open=series.open_requests/> })}
            {can_decide.then(|| view! { <DecisionForms id=id reduced=reduced/> })}
            {series.filter(|series| series.cancellable > usize::from(may_cancel)).map(|series| view! { <SeriesCancelForm id=id series=series/> })}
            {cancel.map(|terms| view! { <CancelForm id=id terms=terms/> })}
        </div>
    }
    .into_any()
}

#[component]
fn BookingFacts(booking: BookingDetails) -> impl IntoView {
    let i18n = use_i18n();
    let summary = booking.summary;
    let room_href = format!("/rooms/{}", summary.room_slug);
    let row = |label: Msg, value: String| {
        view! {
            <div class="summary-list__row">
                <dt>{i18n.t(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    if booking.is_block {
        // A closed time: when, where and why; no booker, people or price.
        return view! {
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt>{i18n.t(Msg::BookingStatusLabel)}</dt>
                    <dd><strong class="status">{i18n.t(Msg::BookingBlockStatus)}</strong></dd>
                </div>
                <div class="summary-list__row">
                    <dt>{i18n.t(Msg::BookingRoomLabel)}</dt>
                    <dd><a href=room_href>{summary.room_name.clone()}</a>{format!(", {}", summary.institution_name)}</dd>
                </div>
                {row(Msg::BookingWhen, format!("{} {}–{}", summary.date, summary.start, summary.end))}
                {row(Msg::BookingBlockReason, booking.purpose)}
            </dl>
        }
        .into_any();
    }
    view! {
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt>{i18n.t(Msg::BookingStatusLabel)}</dt>
                <dd><strong class="status">{i18n.t(summary.status.label())}</strong></dd>
            </div>
            <div class="summary-list__row">
                <dt>{i18n.t(Msg::BookingRoomLabel)}</dt>
                <dd><a href=room_href>{summary.room_name.clone()}</a>{format!(", {}", summary.institution_name)}</dd>
            </div>
            {row(Msg::BookingWhen, format!("{} {}–{}", summary.date, summary.start, summary.end))}
            {booking.booker.map(|(name, email)| row(Msg::BookingBooker, format!("{name} <{email}>")))}
            {row(Msg::BookPurpose, booking.purpose)}
            {row(Msg::BookParticipants, booking.participants.to_string())}
            {booking.layout.map(|layout| row(Msg::BookLayout, i18n.t(layout.label()).to_owned()))}
            {(!booking.add_ons.is_empty()).then(|| {
                let names: Vec<String> = booking.add_ons.iter()
                    .map(|key| crate::rooms::model::add_on_label(key).map(|m| i18n.t(m).to_owned()).unwrap_or_else(|| key.clone()))
                    .collect();
                row(Msg::BookAddOnsLegend, names.join(", "))
            })}
            {booking.organisation.map(|organisation| row(Msg::BookingOrganisation, organisation))}
            {booking.invoice_details.map(|details| row(Msg::BookingInvoice, details))}
            {booking.series_id.map(|first| row(Msg::BookingSeries, i18n.fill(Msg::BookingSeriesText, &[("id".to_owned(), first.to_string())])))}
            {booking.public_title.map(|title| row(Msg::BookPublicTitle, title))}
            {row(Msg::BookingCategoryLabel, i18n.t(crate::rooms::request::category_label(booking.category)).to_owned())}
            {row(Msg::BookingPrice, format_euros(summary.total_cents, i18n.locale))}
        </dl>
        {(!booking.quote_lines.is_empty()).then(|| view! {
            <h2>{i18n.t(Msg::BookingQuoteLabel)}</h2>
            <table class="data-table quote-table">
                <caption class="visually-hidden">{i18n.t(Msg::BookingQuoteLabel)}</caption>
                <tbody>
                    {booking.quote_lines.into_iter().map(|(what, amount)| view! {
                        <tr><th scope="row">{what}</th><td>{amount}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        })}
        <h2>{i18n.t(Msg::BookingHistory)}</h2>
        <ol class="history">
            {booking.history.into_iter().map(|entry| view! {
                <li>
                    {format!("{} · {}", entry.at, i18n.t(entry.status.label()))}
                    {entry.by.map(|by| format!(" · {by}"))}
                    {entry.note.map(|note| format!(" — {note}"))}
                </li>
            }).collect_view()}
        </ol>
    }
    .into_any()
}

/// Cancelling, with what it costs now said before the button.
#[component]
fn CancelForm(id: i32, terms: CancelTerms) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CancelBooking>::new();
    let errors = form_errors("cancel", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let cost = if terms.fee_cents == 0 && terms.free_until_passed {
        // Past the free days, yet free: the request was never approved.
        i18n.t(Msg::CancelFreeNotApproved).to_owned()
    } else if terms.fee_cents == 0 {
        i18n.fill(Msg::CancelFree, &[("until".to_owned(), terms.free_until.clone())])
    } else {
        i18n.fill(
            Msg::CancelCosts,
            &[("fee".to_owned(), format_euros(terms.fee_cents, i18n.locale)), ("until".to_owned(), terms.free_until.clone())],
        )
    };
    view! {
        <section class="panel" aria-labelledby="cancel-title">
            <h2 id="cancel-title">{i18n.t(Msg::CancelTitle)}</h2>
            <ErrorSummary errors=errors/>
            <p><strong>{cost}</strong></p>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="id" value=id/>
                <button class="button button--warning" type="submit">{i18n.t(Msg::CancelButton)}</button>
            </ActionForm>
        </section>
    }
}

/// Every date of a weekly series with its status in words; each links to its own page,
/// where that date alone can be decided or cancelled (an exception to the series).
#[component]
fn SeriesDates(series: SeriesView, current: i32, staff: bool) -> impl IntoView {
    let i18n = use_i18n();
    let base = if staff { "/admin/bookings" } else { "/my/bookings" };
    view! {
        <h2>{i18n.t(Msg::SeriesDatesTitle)}</h2>
        <ul class="plain-list series-dates">
            {series.dates.into_iter().map(|(id, date, status)| {
                let text = format!("{date} · {}", i18n.t(status.label()));
                if id == current {
                    view! { <li aria-current="page"><strong>{text}</strong></li> }.into_any()
                } else {
                    view! { <li><a href=format!("{base}/{id}")>{text}</a></li> }.into_any()
                }
            }).collect_view()}
        </ul>
    }
}

/// Staff: approve or reject every open date of the series at once.
#[component]
fn SeriesDecisionForms(id: i32, open: usize) -> impl IntoView {
    let i18n = use_i18n();
    let approve = ServerAction::<DecideBooking>::new();
    let reject = ServerAction::<DecideBooking>::new();
    let errors = form_errors("decision", move || reject.value().get().or_else(|| approve.value().get()));
    go_to_on_success(move || approve.value().get());
    go_to_on_success(move || reject.value().get());
    view! {
        <section class="panel" aria-labelledby="series-decision-title">
            <h2 id="series-decision-title">{i18n.t(Msg::SeriesDecisionTitle)}</h2>
            <p>{i18n.fill(Msg::SeriesDecisionLead, &[("count".to_owned(), open.to_string())])}</p>
            <ActionForm action=approve attr:class="form">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="decision" value="approve-series"/>
                <button class="button" type="submit">{i18n.t(Msg::SeriesApprove)}</button>
            </ActionForm>
            <ActionForm action=reject attr:class="form">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="decision" value="reject-series"/>
                <TextAreaField name="series_reason" label=Msg::SeriesReason errors=errors value=kept_value("decision", "series_reason") rows=3/>
                <button class="button button--warning" type="submit">{i18n.t(Msg::SeriesReject)}</button>
            </ActionForm>
        </section>
    }
}

/// The booker: cancel every date of the series not yet started, with the fees said first.
#[component]
fn SeriesCancelForm(id: i32, series: SeriesView) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CancelSeries>::new();
    let errors = form_errors("cancel-series", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let cost = i18n.fill(
        Msg::SeriesCancelCost,
        &[("count".to_owned(), series.cancellable.to_string()), ("fee".to_owned(), format_euros(series.cancel_fees_cents, i18n.locale))],
    );
    view! {
        <section class="panel" aria-labelledby="cancel-series-title">
            <h2 id="cancel-series-title">{i18n.t(Msg::SeriesCancelTitle)}</h2>
            <ErrorSummary errors=errors/>
            <p><strong>{cost}</strong></p>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="id" value=id/>
                <button class="button button--warning" type="submit">{i18n.t(Msg::SeriesCancelButton)}</button>
            </ActionForm>
        </section>
    }
}

/// Staff: approve, or reject with a reason the booker reads.
#[component]
fn DecisionForms(id: i32, reduced: Option<(crate::rooms::rules::PriceCategory, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let approve = ServerAction::<DecideBooking>::new();
    let approve_standard = ServerAction::<DecideBooking>::new();
    let reject = ServerAction::<DecideBooking>::new();
    let errors = form_errors("decision", move || reject.value().get().or_else(|| approve.value().get()).or_else(|| approve_standard.value().get()));
    go_to_on_success(move || approve.value().get());
    go_to_on_success(move || approve_standard.value().get());
    go_to_on_success(move || reject.value().get());
    let reduced_notice = reduced.as_ref().map(|(category, organisation)| {
        i18n.fill(
            Msg::DecisionReducedPrice,
            &[("category".to_owned(), i18n.t(crate::rooms::request::category_label(*category)).to_owned()), ("organisation".to_owned(), organisation.clone())],
        )
    });
    view! {
        <section class="panel" aria-labelledby="decision-title">
            <h2 id="decision-title">{i18n.t(Msg::DecisionTitle)}</h2>
            <ErrorSummary errors=errors/>
            {reduced_notice.map(|text| view! { <p class="notice"><strong>{text}</strong></p> })}
            <ActionForm action=approve attr:class="form">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="decision" value="approve"/>
                <button class="button" type="submit">{i18n.t(Msg::DecisionApprove)}</button>
            </ActionForm>
            {reduced.is_some().then(|| view! {
                <ActionForm action=approve_standard attr:class="form">
                    <input type="hidden" name="id" value=id/>
                    <input type="hidden" name="decision" value="approve-standard"/>
                    <button class="button button--secondary" type="submit">{i18n.t(Msg::DecisionApproveStandard)}</button>
                </ActionForm>
            })}
            <ActionForm action=reject attr:class="form">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="decision" value="reject"/>
                <TextAreaField name="reason" label=Msg::DecisionReason errors=errors hint=i18n.t(Msg::DecisionReasonHint).to_owned() value=kept_value("decision", "reason") rows=3/>
                <button class="button button--warning" type="submit">{i18n.t(Msg::DecisionReject)}</button>
            </ActionForm>
        </section>
    }
}
