//! `/rooms/{slug}`: everything about one room — prices, bookable hours, size and
//! capacity, equipment, accessibility, contact, terms and cancelling.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::core::forms::FlashNotice;
use crate::core::layout::Breadcrumbs;
use crate::core::i18n::{use_i18n, I18n, Msg};
use crate::core::pages::loaded_page;
use crate::rooms::api::{get_room, room_calendar, RoomDetails};
use crate::rooms::pages::calendar::CalendarSection;
use crate::rooms::model::{add_on_label, format_area};
use crate::rooms::rules::{format_euros, hours_in_words};

#[component]
pub fn RoomPage() -> impl IntoView {
    let params = use_params_map();
    let slug = params.with_untracked(|p| p.get("slug")).unwrap_or_default();
    let room = Resource::new(move || slug.clone(), get_room);
    loaded_page(room, |room| view! { <RoomView room=room/> })
}

fn euros(i18n: I18n, cents: i64) -> String {
    format_euros(cents, i18n.locale)
}

fn fill(i18n: I18n, msg: Msg, params: &[(&str, String)]) -> String {
    let params: Vec<(String, String)> = params.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
    i18n.fill(msg, &params)
}

#[component]
fn RoomView(room: RoomDetails) -> impl IntoView {
    let i18n = use_i18n();
    let settings = room.settings.clone();
    let pricing = settings.pricing.clone();
    let title = format!("{} – {} – {}", room.name, room.institution_name, i18n.t(Msg::SiteName));
    let hourly = fill(i18n, Msg::RoomPerHour, &[("price", euros(i18n, pricing.hourly_cents))]);
    let day_rate = pricing.day_rate.map(|rate| {
        fill(
            i18n,
            Msg::RoomDayRate,
            &[
                ("price", euros(i18n, rate.cents)),
                ("from", rate.window_start.format("%H:%M").to_string()),
                ("to", rate.window_end.format("%H:%M").to_string()),
            ],
        )
    });
    let phone_hours = fill(i18n, Msg::RoomPhoneHours, &[("hours", hours_in_words(&settings.phone_hours, i18n.locale))]);
    let cancellation = fill(
        i18n,
        Msg::RoomCancellationText,
        &[("days", settings.cancellation.free_until_days.to_string()), ("percent", settings.cancellation.fee_percent.to_string())],
    );
    let mailto = format!("mailto:{}", room.contact_email);
    let tel = format!("tel:{}", room.contact_phone.replace(' ', ""));
    view! {
        <crate::core::pages::SafeTitle text=title/>
        {view! { <RoomPageBody room=room hourly=hourly day_rate=day_rate phone_hours=phone_hours cancellation=cancellation mailto=mailto tel=tel/> }}
    }
    .into_any()
}

#[component]
fn RoomCalendar(slug: String) -> impl IntoView {
    let query = use_query_map();
    let base = format!("/rooms/{slug}");
    let feed = format!("/rooms/{slug}/calendar.ics");
    let i18n = use_i18n();
    let calendar = Resource::new(
        move || (slug.clone(), query.with(|q| q.get("week")), query.with(|q| q.get("month"))),
        |(slug, week, month)| room_calendar(slug, week, month),
    );
    view! {
        <Suspense>
            {move || {
                let base = base.clone();
                Suspend::new(async move {
                    calendar.await.ok().map(|calendar| view! {
                        <CalendarSection calendar=calendar base=base heading=Msg::RoomCalendarHeading single_room=true/>
                    })
                })
            }}
        </Suspense>
        <p><a href=feed rel="external" download="calendar.ics">{i18n.t(Msg::RoomCalendarFeed)}</a></p>
    }
}

#[component]
#[allow(clippy::too_many_arguments)]
fn RoomPageBody(
    room: RoomDetails,
    hourly: String,
    day_rate: Option<String>,
    phone_hours: String,
    cancellation: String,
    mailto: String,
    tel: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let settings = room.settings.clone();
    let pricing = settings.pricing.clone();
    let add_ons = settings.add_ons.clone();
    let has_add_ons = !add_ons.is_empty();
    view! {
        <div class="container page">
            <FlashNotice/>
            <Breadcrumbs trail=vec![("/rooms".to_owned(), i18n.t(Msg::NavRooms).to_owned())] current=room.name.clone()/>
            <h1>{room.name.clone()}</h1>
            <p class="lead">
                <a href=format!("/institutions/{}", room.institution_slug)>{room.institution_name.clone()}</a>
                <br/>
                {room.address.clone()}
            </p>
            <ul class="facts facts--large">
                <li>{fill(i18n, Msg::RoomFromPrice, &[("price", euros(i18n, pricing.hourly_cents))])}</li>
                <li>{i18n.t(Msg::RoomBookable)} ": " {hours_in_words(&settings.rules.weekly, i18n.locale)}</li>
                <li>{format_area(room.area_dm2, i18n.locale)} " / " {fill(i18n, Msg::RoomPeople, &[("count", settings.max_capacity().to_string())])}</li>
            </ul>
            <p><a class="button" href=format!("/rooms/{}/book", room.slug)>{i18n.t(Msg::BookButton)}</a></p>
            <div class="room-columns">
                {view! { <section>
                    <h2>{i18n.t(Msg::RoomDescription)}</h2>
                    <p class="prose-text">{room.description.clone()}</p>

                    <h2>{i18n.t(Msg::RoomPrices)}</h2>
                    <ul>
                        <li>{hourly}</li>
                        {day_rate.map(|text| view! { <li>{text}</li> })}
                    </ul>
                    {has_add_ons.then(|| view! {
                        <h3>{i18n.t(Msg::RoomAddOns)}</h3>
                        <ul>
                            {add_ons.into_iter().map(|add_on| {
                                let name = add_on_label(&add_on.key).map(|m| i18n.t(m).to_owned()).unwrap_or(add_on.key.clone());
                                let hour = add_on.per_hour_cents.map(|c| euros(i18n, c)).unwrap_or_default();
                                let price = match add_on.per_day_cents {
                                    Some(day) => fill(i18n, Msg::RoomAddOnPriceDay, &[("hour", hour), ("day", euros(i18n, day))]),
                                    None => fill(i18n, Msg::RoomAddOnPrice, &[("hour", hour)]),
                                };
                                view! { <li>{format!("{name}: {price}")}</li> }
                            }).collect_view()}
                        </ul>
                    })}
                    <p>
                        {fill(i18n, Msg::RoomNonProfit, &[("percent", pricing.non_profit_percent.to_string())])}
                        " "
                        {(pricing.city_institution_percent == 0).then(|| i18n.t(Msg::RoomCityFree))}
                    </p>

                    <h2>{i18n.t(Msg::RoomBookableTimes)}</h2>
                    <p>{hours_in_words(&settings.rules.weekly, i18n.locale)}</p>
                    <p>{i18n.t(Msg::RoomHolidaysClosed)}</p>

                    <h2 id="terms">{i18n.t(Msg::RoomTerms)}</h2>
                    <p class="prose-text">{room.terms.clone()}</p>
                    <h3>{i18n.t(Msg::RoomCancellation)}</h3>
                    <p>{cancellation}</p>
                </section> }.into_any()}
                {view! { <aside>
                    <h2>{i18n.t(Msg::RoomCapacity)}</h2>
                    <dl class="summary-list">
                        {settings.layouts.iter().map(|layout| view! {
                            <div class="summary-list__row">
                                <dt>{i18n.t(layout.kind.label())}</dt>
                                <dd>{layout.capacity}</dd>
                            </div>
                        }).collect_view()}
                        <div class="summary-list__row">
                            <dt>{i18n.t(Msg::RoomSize)}</dt>
                            <dd>{format_area(room.area_dm2, i18n.locale)}</dd>
                        </div>
                    </dl>

                    <h2>{i18n.t(Msg::RoomFeatures)}</h2>
                    <ul>
                        {settings.features.iter().map(|f| view! { <li>{i18n.t(f.label())}</li> }).collect_view()}
                    </ul>

                    <h2>{i18n.t(Msg::RoomAccessibility)}</h2>
                    {if settings.accessibility.is_empty() {
                        view! { <p>{i18n.t(Msg::RoomNoAccessibilityInfo)}</p> }.into_any()
                    } else {
                        view! {
                            <ul>
                                {settings.accessibility.iter().map(|a| view! { <li>{i18n.t(a.label())}</li> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}

                    <h2>{i18n.t(Msg::RoomContact)}</h2>
                    <p>
                        {room.contact_name.clone()}
                        <br/>
                        <a href=mailto>{room.contact_email.clone()}</a>
                        <br/>
                        <a href=tel>{room.contact_phone.clone()}</a>
                        <br/>
                        {phone_hours}
                    </p>
                </aside> }.into_any()}
            </div>
            <RoomCalendar slug=room.slug.clone()/>
            <crate::notifications::pages::FollowPanelFor kind=crate::notifications::kinds::FollowKind::Room key=room.slug.clone() back=format!("/rooms/{}", room.slug)/>
        </div>
    }
    .into_any()
}
