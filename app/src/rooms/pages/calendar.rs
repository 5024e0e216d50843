//! Calendars: a room's week or month, an institution's week, and the city calendar
//! `/calendar`. Days are a list (a week) or a grid of weeks (a month); free and busy are
//! said in words, never shown by colour alone. Previous/next are plain links.

use chrono::{NaiveDate, Weekday};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::core::i18n::{use_i18n, I18n, Msg};
use crate::core::pages::{ErrorPage, PageTitle};
use crate::rooms::api::{city_calendar, CalendarView};
use crate::rooms::calendar::{CalendarDay, DaySpan};
use crate::rooms::rules::weekday_short;

fn weekday(index: u32) -> Weekday {
    [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun][index as usize % 7]
}

/// "T 08.12." in the reader's language.
fn day_name(i18n: I18n, day: &CalendarDay) -> String {
    let date = NaiveDate::parse_from_str(&day.date, "%Y-%m-%d").map(|d| d.format("%d.%m.").to_string()).unwrap_or_default();
    format!("{} {date}", weekday_short(weekday(day.weekday), i18n.locale))
}

fn span_text(span: &DaySpan) -> String {
    format!("{}–{}", span.from, span.to)
}

/// One calendar with its heading, navigation and days. `base` is the page's path; the
/// links add `?week=` or `?month=` to it, and `#calendar` keeps the reader's place.
#[component]
pub fn CalendarSection(
    calendar: CalendarView,
    base: String,
    heading: Msg,
    /// A room's own calendar: a month view, and free times beside busy ones.
    #[prop(optional)]
    single_room: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let previous = format!("{base}?{}#calendar", calendar.previous);
    let next = format!("{base}?{}#calendar", calendar.next);
    let (previous_label, next_label) = if calendar.monthly {
        (Msg::CalendarPreviousMonth, Msg::CalendarNextMonth)
    } else {
        (Msg::CalendarPreviousWeek, Msg::CalendarNextWeek)
    };
    let other_view = single_room.then(|| {
        if calendar.monthly {
            let week = calendar.days.first().map(|d| d.date.clone()).unwrap_or_default();
            let week = NaiveDate::parse_from_str(&week, "%Y-%m-%d").map(crate::rooms::calendar::iso_week_label).unwrap_or_default();
            view! { <a href=format!("{base}?week={week}#calendar")>{i18n.t(Msg::CalendarWeekView)}</a> }
        } else {
            let month = calendar.days.last().map(|d| d.date[..7].to_owned()).unwrap_or_default();
            view! { <a href=format!("{base}?month={month}#calendar")>{i18n.t(Msg::CalendarMonthView)}</a> }
        }
    });
    let first = calendar.days.first().map(|d| day_name(i18n, d)).unwrap_or_default();
    let last = calendar.days.last().map(|d| day_name(i18n, d)).unwrap_or_default();
    let range = format!("{} · {first} – {last}", calendar.label);
    let body = if calendar.monthly {
        view! { <MonthGrid days=calendar.days/> }.into_any()
    } else {
        view! { <WeekList days=calendar.days single_room=single_room/> }.into_any()
    };
    view! {
        <section class="calendar" id="calendar" aria-labelledby="calendar-title">
            <h2 id="calendar-title">{i18n.t(heading)}</h2>
            <p class="calendar__range">{range}</p>
            <nav class="calendar__nav" aria-label=i18n.t(Msg::CalendarNavLabel)>
                <a href=previous rel="prev">{i18n.t(previous_label)}</a>
                <a href=next rel="next">{i18n.t(next_label)}</a>
                {other_view}
            </nav>
            {body}
        </section>
    }
}

/// A week: for one room each day's bookable, free and busy times; for several rooms
/// (an institution, the city) the day's bookings in a list.
#[component]
fn WeekList(days: Vec<CalendarDay>, single_room: bool) -> impl IntoView {
    let i18n = use_i18n();
    let spans = |spans: &[DaySpan]| spans.iter().map(span_text).collect::<Vec<_>>().join(", ");
    let list_class = if single_room { "calendar__days calendar__days--week" } else { "calendar__days" };
    view! {
        <ol class=list_class>
            {days.into_iter().map(|day| {
                let name = day_name(i18n, &day);
                let state = if day.closed {
                    Some(i18n.t(Msg::CalendarClosed).to_owned())
                } else if !single_room {
                    day.busy.is_empty().then(|| i18n.t(Msg::CalendarNothing).to_owned())
                } else if day.open.is_empty() {
                    Some(i18n.t(Msg::CalendarNotBookable).to_owned())
                } else if day.free.is_empty() {
                    Some(i18n.t(Msg::CalendarFull).to_owned())
                } else {
                    Some(format!("{}: {}", i18n.t(Msg::CalendarFree), spans(&day.free)))
                };
                let open = (single_room && !day.closed && !day.open.is_empty())
                    .then(|| format!("{}: {}", i18n.t(Msg::CalendarOpen), spans(&day.open)));
                view! {
                    <li class="calendar__day">
                        <h3 class="calendar__date">{name}</h3>
                        {open.map(|open| view! { <p class="calendar__open">{open}</p> })}
                        {state.map(|state| view! { <p class="calendar__state-line">{state}</p> })}
                        {(!day.busy.is_empty()).then(|| view! {
                            <ul class="calendar__busy">
                                {day.busy.into_iter().map(|span| view! { <BusyLine span=span/> }).collect_view()}
                            </ul>
                        })}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

#[component]
fn BusyLine(span: DaySpan) -> impl IntoView {
    let i18n = use_i18n();
    let what = if span.block { i18n.t(Msg::CalendarBlocked).to_owned() } else { span.title.clone().unwrap_or_else(|| i18n.t(Msg::CalendarBusy).to_owned()) };
    let text = match &span.room_name {
        Some(room) => format!("{} {what} · {room}", span_text(&span)),
        None => format!("{} {what}", span_text(&span)),
    };
    view! { <li>{text}</li> }
}

/// A month as weeks of seven days, each day saying whether it is closed, free or how
/// many times are taken; the week view has the hours.
#[component]
fn MonthGrid(days: Vec<CalendarDay>) -> impl IntoView {
    let i18n = use_i18n();
    let lead = days.first().map(|d| d.weekday as usize).unwrap_or(0);
    let mut cells: Vec<Option<CalendarDay>> = std::iter::repeat_n(None, lead).chain(days.into_iter().map(Some)).collect();
    while !cells.len().is_multiple_of(7) {
        cells.push(None);
    }
    let weeks: Vec<Vec<Option<CalendarDay>>> = cells.chunks(7).map(<[_]>::to_vec).collect();
    // Words are never broken inside ("close d" on a 390 px phone): on a narrow screen the
    // month scrolls sideways instead, as a focusable region so keyboards can scroll it too.
    view! {
        <div class="table-scroll calendar__month-scroll" role="region" aria-label=i18n.t(Msg::CalendarMonthView) tabindex="0">
        <table class="calendar__month">
            <thead>
                <tr>{(0..7).map(|i| view! { <th scope="col">{weekday_short(weekday(i), i18n.locale)}</th> }).collect_view()}</tr>
            </thead>
            <tbody>
                {weeks.into_iter().map(|week| view! {
                    <tr>
                        {week.into_iter().map(|cell| match cell {
                            None => view! { <td></td> }.into_any(),
                            Some(day) => {
                                let number = day.date[8..].trim_start_matches('0').to_owned();
                                let state = if day.closed {
                                    i18n.t(Msg::CalendarClosedShort).to_owned()
                                } else if day.bookings() > 0 {
                                    i18n.fill(Msg::CalendarBusyCount, &[("count".to_owned(), day.bookings().to_string())])
                                } else if day.blocks() > 0 {
                                    i18n.t(Msg::CalendarPartlyClosedShort).to_owned()
                                } else if day.open.is_empty() {
                                    "–".to_owned()
                                } else {
                                    i18n.t(Msg::CalendarFreeShort).to_owned()
                                };
                                view! { <td><span class="calendar__number">{number}</span><span class="calendar__state">{state}</span></td> }.into_any()
                            }
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }
}

/// `/calendar`: what is on in the city's rooms, as their bookers chose to show.
#[component]
pub fn CityCalendarPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let calendar = Resource::new(move || query.with(|q| q.get("week")), city_calendar);
    view! {
        <PageTitle text=Msg::CityCalendarTitle/>
        <div class="container page">
            <h1>{i18n.t(Msg::CityCalendarTitle)}</h1>
            <p class="lead">{i18n.t(Msg::CityCalendarLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match calendar.await {
                        Ok(calendar) => view! { <CalendarSection calendar=calendar base="/calendar".to_owned() heading=Msg::CalendarWeekHeading/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}
