//! Staff pages of Rooms: `/admin/bookings` (the queue, oldest request first, filtered by
//! status, room and day), `/admin/bookings/{id}` (one booking, approve or reject), and
//! `/admin/rooms/report` (utilisation and revenue per room and month, with CSV).

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::my_bookings::BookingView;
use crate::core::forms::{form_errors, go_to_on_success, kept_value, use_boot, ErrorSummary, FlashNotice, SelectField, SubmitButton, TextAreaField, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::{loaded_page, staff_gate, ErrorPage, PageTitle};
use crate::error::AppError;
use crate::rooms::admin_api::{admin_bookings, managed_rooms, room_report, AddStaffEntry, QueueFilter, ReportView, StaffQueue};
use crate::rooms::api::my_booking;
use crate::rooms::model::BookingStatus;
use crate::rooms::rules::format_euros;

fn admin_trail() -> Vec<(String, String)> {
    let i18n = use_i18n();
    vec![("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned())]
}

#[component]
pub fn AdminBookingsPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/bookings") {
        return gate;
    }
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = move || {
        query.with(|q| QueueFilter { status: q.get("status"), room: q.get("room"), date: q.get("date") })
    };
    let queue = Resource::new(filter, admin_bookings);
    view! {
        <PageTitle text=Msg::AdminBookingsTitle/>
        <div class="container page">
            <FlashNotice/>
            <Breadcrumbs trail=admin_trail() current=i18n.t(Msg::AdminBookingsTitle).to_owned()/>
            <h1>{i18n.t(Msg::AdminBookingsTitle)}</h1>
            <p class="lead">{i18n.t(Msg::AdminBookingsLead)}</p>
            <ul class="plain-list inline-links">
                <li><a href="/admin/bookings/new">{i18n.t(Msg::StaffEntryTitle)}</a></li>
                <li><a href="/admin/rooms/report">{i18n.t(Msg::AdminReportTitle)}</a></li>
            </ul>
            <Suspense>
                {move || Suspend::new(async move {
                    match queue.await {
                        Ok(queue) => view! { <QueueView queue=queue filter=filter()/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn QueueView(queue: StaffQueue, filter: QueueFilter) -> impl IntoView {
    let i18n = use_i18n();
    let errors = Signal::stored(queue.errors.clone());
    let mut statuses = vec![("all".to_owned(), i18n.t(Msg::FilterAny).to_owned())];
    statuses.extend(
        [BookingStatus::Requested, BookingStatus::Approved, BookingStatus::Rejected, BookingStatus::Cancelled, BookingStatus::Expired]
            .into_iter()
            .map(|s| (s.key().to_owned(), i18n.t(s.label()).to_owned())),
    );
    let mut rooms = vec![(String::new(), i18n.t(Msg::FilterAny).to_owned())];
    rooms.extend(queue.rooms.clone());
    let selected_status = filter.status.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| "requested".to_owned());
    let form = view! {
        <form class="form filter-form" method="get" action="/admin/bookings">
            <ErrorSummary errors=errors/>
            <div class="field-row">
                <SelectField name="status" label=Msg::BookingStatusLabel errors=errors options=statuses selected=selected_status/>
                <SelectField name="room" label=Msg::BookingRoomLabel errors=errors options=rooms selected=filter.room.clone().unwrap_or_default()/>
                <TextField name="date" label=Msg::FilterDate errors=errors input_type="date" value=filter.date.clone().unwrap_or_default()/>
            </div>
            <button class="button" type="submit">{i18n.t(Msg::FilterSubmit)}</button>
        </form>
    }
    .into_any();
    let count = i18n.fill(Msg::AdminBookingsCount, &[("count".to_owned(), queue.bookings.len().to_string())]);
    view! {
        {form}
        <h2>{count}</h2>
        <ol class="room-list">
            {queue.bookings.into_iter().map(|row| {
                let href = format!("/admin/bookings/{}", row.summary.id);
                let link = format!("{} · {} {}–{}", row.summary.room_name, row.summary.date, row.summary.start, row.summary.end);
                let people = i18n.fill(Msg::RoomPeople, &[("count".to_owned(), row.participants.to_string())]);
                let received = format!("{}: {}", i18n.t(Msg::AdminRequestedAt), row.requested);
                view! {
                    <li class="card">
                        <h3 class="card__title"><a class="card__link" href=href>{link}</a></h3>
                        // A staff block is a closed time: no booker, people or price.
                        {if row.is_block {
                            view! { <p><strong class="status">{i18n.t(Msg::BookingBlockStatus)}</strong></p> }.into_any()
                        } else {
                            view! {
                                <p><strong class="status">{i18n.t(row.summary.status.label())}</strong></p>
                                <p>{format!("{} · {people} · {}", row.booker, format_euros(row.summary.total_cents, i18n.locale))}</p>
                            }.into_any()
                        }}
                        <p class="room-card__place">{received}</p>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

#[component]
pub fn AdminBookingPage() -> impl IntoView {
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id")).and_then(|id| id.parse::<i32>().ok()).unwrap_or(0);
    if let Some(gate) = staff_gate(&format!("/admin/bookings/{id}")) {
        return gate;
    }
    let booking = Resource::new(move || id, my_booking);
    loaded_page(booking, |booking| view! { <BookingView booking=booking staff=true/> }).into_any()
}

#[component]
pub fn AdminRoomReportPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/rooms/report") {
        return gate;
    }
    let i18n = use_i18n();
    let query = use_query_map();
    // Empty means this month, decided on the server (the browser's clock may differ).
    let month = move || query.with(|q| q.get("month")).unwrap_or_default();
    let report = Resource::new(month, room_report);
    view! {
        <PageTitle text=Msg::AdminReportTitle/>
        <div class="container page">
            <Breadcrumbs trail=admin_trail() current=i18n.t(Msg::AdminReportTitle).to_owned()/>
            <h1>{i18n.t(Msg::AdminReportTitle)}</h1>
            <p class="lead">{i18n.t(Msg::AdminReportLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match report.await {
                        Ok(report) => view! { <ReportTable report=report/> }.into_any(),
                        // A month no calendar has (typed into the address): said, with the way to this month.
                        Err(AppError::Validation(_)) => view! {
                            <p class="field__error" role="alert">{i18n.t(Msg::ValMonthInvalid)}</p>
                            <p><a href="/admin/rooms/report">{i18n.t(Msg::AdminReportTitle)}</a></p>
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
fn ReportTable(report: ReportView) -> impl IntoView {
    let i18n = use_i18n();
    let csv = format!("/admin/rooms/report.csv?month={}", report.month);
    let hours = |minutes: i64| crate::rooms::rules::format_hours(minutes, i18n.locale);
    view! {
        <nav class="calendar__nav" aria-label=i18n.t(Msg::CalendarNavLabel)>
            <a href=format!("/admin/rooms/report?month={}", report.previous) rel="prev">{i18n.t(Msg::CalendarPreviousMonth)}</a>
            <a href=format!("/admin/rooms/report?month={}", report.next) rel="next">{i18n.t(Msg::CalendarNextMonth)}</a>
        </nav>
        <h2>{report.month.clone()}</h2>
        <p><a href=csv rel="external" download=format!("rooms-{}.csv", report.month)>{i18n.t(Msg::AdminReportCsv)}</a></p>
        <div class="table-scroll" role="region" aria-labelledby="report-caption" tabindex="0">
            <table class="data-table">
                <caption id="report-caption" class="visually-hidden">{i18n.t(Msg::AdminReportTitle)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t(Msg::BookingRoomLabel)}</th>
                        <th scope="col">{i18n.t(Msg::AdminReportBookings)}</th>
                        <th scope="col">{i18n.t(Msg::AdminReportBookedHours)}</th>
                        <th scope="col">{i18n.t(Msg::AdminReportBookableHours)}</th>
                        <th scope="col">{i18n.t(Msg::AdminReportUtilisation)}</th>
                        <th scope="col">{i18n.t(Msg::AdminReportRevenue)}</th>
                        <th scope="col">{i18n.t(Msg::AdminReportBlocks)}</th>
                        <th scope="col">{i18n.t(Msg::AdminReportBlockedHours)}</th>
                    </tr>
                </thead>
                <tbody>
                    {report.rows.into_iter().map(|row| view! {
                        <tr>
                            <th scope="row">{format!("{} · {}", row.room_name, row.institution_name)}</th>
                            <td>{row.bookings}</td>
                            <td>{hours(row.booked_minutes)}</td>
                            <td>{hours(row.bookable_minutes)}</td>
                            <td>{format!("{} %", row.utilisation_percent())}</td>
                            <td>{format_euros(row.revenue_cents, i18n.locale)}</td>
                            <td>{row.blocks}</td>
                            <td>{hours(row.blocked_minutes)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <h3>{i18n.t(Msg::AdminReportColumnsTitle)}</h3>
        <ul class="report-legend">
            <li>{i18n.t(Msg::AdminReportBookingsHelp)}</li>
            <li>{i18n.t(Msg::AdminReportBlocksHelp)}</li>
            <li>{i18n.t(Msg::AdminReportBookableHelp)}</li>
            <li>{i18n.t(Msg::AdminReportUtilisationHelp)}</li>
        </ul>
    }
}

/// `/admin/bookings/new`: a block, or a booking on someone's behalf.
#[component]
pub fn AdminNewEntryPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/bookings/new") {
        return gate;
    }
    let rooms = Resource::new(|| (), |_| managed_rooms());
    let i18n = use_i18n();
    view! {
        <PageTitle text=Msg::StaffEntryTitle/>
        <div class="container page">
            <Breadcrumbs
                trail=vec![
                    ("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned()),
                    ("/admin/bookings".to_owned(), i18n.t(Msg::AdminBookingsTitle).to_owned()),
                ]
                current=i18n.t(Msg::StaffEntryTitle).to_owned()
            />
            <h1>{i18n.t(Msg::StaffEntryTitle)}</h1>
            <p class="lead">{i18n.t(Msg::StaffEntryLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match rooms.await {
                        Ok(rooms) => view! { <StaffEntryForm rooms=rooms/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn StaffEntryForm(rooms: Vec<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddStaffEntry>::new();
    let errors = form_errors("staff_entry", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let kept = |name: &str| kept_value("staff_entry", name);
    let kinds = vec![
        ("block".to_owned(), i18n.t(Msg::StaffEntryBlock).to_owned()),
        ("booking".to_owned(), i18n.t(Msg::StaffEntryBooking).to_owned()),
    ];
    let categories: Vec<(String, String)> = [
        crate::rooms::rules::PriceCategory::Standard,
        crate::rooms::rules::PriceCategory::NonProfit,
        crate::rooms::rules::PriceCategory::CityInstitution,
    ]
    .into_iter()
    .map(|c| (crate::rooms::request::category_key(c).to_owned(), i18n.t(crate::rooms::request::category_label(c)).to_owned()))
    .collect();
    view! {
        <ErrorSummary errors=errors/>
        <leptos::form::ActionForm action=action attr:class="form" attr:novalidate=true>
            <SelectField name="room" label=Msg::BookingRoomLabel errors=errors options=rooms selected=kept("room")/>
            <SelectField name="kind" label=Msg::StaffEntryKind errors=errors options=kinds selected=kept("kind")/>
            <TextField name="date" label=Msg::FilterDate errors=errors input_type="date" value=kept("date")/>
            <div class="field-row">
                <TextField name="start" label=Msg::BookStart errors=errors input_type="time" value=kept("start")/>
                <TextField name="end" label=Msg::BookEnd errors=errors input_type="time" value=kept("end")/>
            </div>
            <TextAreaField name="purpose" label=Msg::StaffEntryPurpose errors=errors value=kept("purpose") rows=3/>
            <TextField name="name" label=Msg::StaffEntryName errors=errors autocomplete="off" value=kept("name")/>
            <TextField name="email" label=Msg::StaffEntryEmail errors=errors input_type="email" value=kept("email")/>
            <TextField name="participants" label=Msg::BookParticipants errors=errors input_type="number" value=kept("participants")/>
            <SelectField name="category" label=Msg::BookCategory errors=errors options=categories selected=kept("category")/>
            <SubmitButton label=Msg::StaffEntryButton pending=action.pending().into()/>
        </leptos::form::ActionForm>
    }
}

/// `/admin/rooms`: the rooms a person manages, each with its editor.
#[component]
pub fn AdminRoomsPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/rooms") {
        return gate;
    }
    let i18n = use_i18n();
    let rooms = Resource::new(|| (), |_| managed_rooms());
    view! {
        <PageTitle text=Msg::AdminRoomsTitle/>
        <div class="container page">
            <Breadcrumbs trail=admin_trail() current=i18n.t(Msg::AdminRoomsTitle).to_owned()/>
            <h1>{i18n.t(Msg::AdminRoomsTitle)}</h1>
            <p class="lead">{i18n.t(Msg::AdminRoomsLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match rooms.await {
                        Ok(rooms) => view! {
                            <ul class="room-list">
                                {rooms.into_iter().map(|(slug, name)| view! {
                                    <li class="card">
                                        <h2 class="card__title"><a class="card__link" href=format!("/admin/rooms/{slug}")>{name}</a></h2>
                                        <p><a href=format!("/rooms/{slug}")>{format!("/rooms/{slug}")}</a></p>
                                    </li>
                                }).collect_view()}
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

/// `/admin/rooms/{slug}`: a room's name, texts, prices, hours and rules.
#[component]
pub fn AdminRoomEditPage() -> impl IntoView {
    let params = use_params_map();
    let slug = params.with_untracked(|p| p.get("slug")).unwrap_or_default();
    if let Some(gate) = staff_gate(&format!("/admin/rooms/{slug}")) {
        return gate;
    }
    let room = Resource::new(move || slug.clone(), crate::rooms::admin_api::editable_room);
    loaded_page(room, |room| view! { <RoomEditor room=room/> }).into_any()
}

#[component]
fn RoomEditor(room: crate::rooms::admin_api::RoomEditorData) -> impl IntoView {
    use crate::core::forms::CheckboxField;
    use crate::rooms::admin_api::SaveRoom;
    let i18n = use_i18n();
    let action = ServerAction::<SaveRoom>::new();
    let errors = form_errors("room", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let form = room.form.clone();
    // After a refused plain post the flash holds what was typed; else the saved values.
    let has_flash = use_boot().flash_for("room").is_some();
    let value = crate::core::forms::kept_or_saved("room");
    let title = format!("{} · {}", room.name, room.institution_name);
    let weekday_labels = [
        Msg::WeekdayMon,
        Msg::WeekdayTue,
        Msg::WeekdayWed,
        Msg::WeekdayThu,
        Msg::WeekdayFri,
        Msg::WeekdaySat,
        Msg::WeekdaySun,
    ];
    let hours = crate::rooms::room_form::WEEKDAY_FIELDS
        .iter()
        .zip(weekday_labels)
        .zip(form.hours.iter())
        .map(|(((field, _), label), saved)| view! { <TextField name=*field label=label errors=errors value=value(field, saved)/> })
        .collect_view();
    let featured = if has_flash { !kept_value("room", "featured").is_empty() } else { form.featured };
    let trail = vec![
        ("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned()),
        ("/admin/rooms".to_owned(), i18n.t(Msg::AdminRoomsTitle).to_owned()),
    ];
    view! {
        <crate::core::pages::SafeTitle text=format!("{title} – {}", i18n.t(Msg::SiteName))/>
        <div class="container page">
            <FlashNotice/>
            <Breadcrumbs trail=trail current=room.name.clone()/>
            <h1>{title}</h1>
            <ErrorSummary errors=errors/>
            <leptos::form::ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="slug" value=room.slug.clone()/>
                <TextField name="name" label=Msg::RoomFormName errors=errors value=value("name", &form.name)/>
                <TextAreaField name="description_et" label=Msg::RoomFormDescription errors=errors value=value("description_et", &form.description_et)/>
                <TextAreaField name="terms_et" label=Msg::RoomFormTerms errors=errors value=value("terms_et", &form.terms_et)/>
                <h2>{i18n.t(Msg::RoomPrices)}</h2>
                <TextField name="hourly_price" label=Msg::RoomFormHourly errors=errors value=value("hourly_price", &form.hourly_price)/>
                <div class="field-row">
                    <TextField name="day_price" label=Msg::RoomFormDayPrice errors=errors value=value("day_price", &form.day_price)/>
                    <TextField name="day_hours" label=Msg::RoomFormDayHours errors=errors value=value("day_hours", &form.day_hours)/>
                </div>
                <div class="field-row">
                    <TextField name="non_profit_percent" label=Msg::RoomFormNonProfit errors=errors input_type="number" value=value("non_profit_percent", &form.non_profit_percent)/>
                    <TextField name="city_percent" label=Msg::RoomFormCity errors=errors input_type="number" value=value("city_percent", &form.city_percent)/>
                </div>
                <h2>{i18n.t(Msg::RoomFormHoursLegend)}</h2>
                <p class="field__hint">{i18n.t(Msg::RoomFormHoursHint)}</p>
                {hours}
                <TextField name="closed_dates" label=Msg::RoomFormClosed errors=errors value=value("closed_dates", &form.closed_dates)/>
                <h2>{i18n.t(Msg::RoomTerms)}</h2>
                <div class="field-row">
                    <TextField name="slot_minutes" label=Msg::RoomFormSlot errors=errors input_type="number" value=value("slot_minutes", &form.slot_minutes)/>
                    <TextField name="buffer_minutes" label=Msg::RoomFormBuffer errors=errors input_type="number" value=value("buffer_minutes", &form.buffer_minutes)/>
                </div>
                <div class="field-row">
                    <TextField name="min_minutes" label=Msg::RoomFormMin errors=errors input_type="number" value=value("min_minutes", &form.min_minutes)/>
                    <TextField name="max_minutes" label=Msg::RoomFormMax errors=errors input_type="number" value=value("max_minutes", &form.max_minutes)/>
                </div>
                <div class="field-row">
                    <TextField name="notice_hours" label=Msg::RoomFormNotice errors=errors input_type="number" value=value("notice_hours", &form.notice_hours)/>
                    <TextField name="advance_days" label=Msg::RoomFormAdvance errors=errors input_type="number" value=value("advance_days", &form.advance_days)/>
                </div>
                <div class="field-row">
                    <TextField name="free_until_days" label=Msg::RoomFormFreeDays errors=errors input_type="number" value=value("free_until_days", &form.free_until_days)/>
                    <TextField name="fee_percent" label=Msg::RoomFormFee errors=errors input_type="number" value=value("fee_percent", &form.fee_percent)/>
                </div>
                <CheckboxField name="featured" label=Msg::RoomFormFeatured errors=errors checked=featured/>
                <SubmitButton label=Msg::RoomFormSave pending=action.pending().into()/>
            </leptos::form::ActionForm>
        </div>
    }
    .into_any()
}
