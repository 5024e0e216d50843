//! `/rooms/{slug}/book`: the booking request with its itemised quote. The page renders on
//! the server and works as a plain form: "Calculate the price" reloads it with the fields
//! in the address and the quote beside them. With JavaScript, the quote is an island that
//! follows the fields as they change (and reports each date of a weekly series).

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::core::forms::{form_errors, go_to_on_success, kept_value, use_boot, CheckboxField, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::loaded_page;
use crate::error::FieldError;
use crate::rooms::api::{get_room, quote_booking, QuoteView, RequestBooking, RoomDetails};
use crate::rooms::model::add_on_label;
use crate::rooms::request::{category_key, category_label};
use crate::rooms::rules::{hours_in_words, PriceCategory};

const BOOKING_FORM_ID: &str = "booking-form";
const CALCULATE_BUTTON_ID: &str = "booking-calculate";
const QUOTE_ID: &str = "quote";
const QUOTE_BODY_ID: &str = "quote-body";

#[component]
pub fn BookRoomPage() -> impl IntoView {
    let params = use_params_map();
    let slug = params.with_untracked(|p| p.get("slug")).unwrap_or_default();
    if use_boot().user.is_none() {
        return view! { <Redirect path=crate::core::pages::login_path(&format!("/rooms/{slug}/book"))/> }.into_any();
    }
    let room = Resource::new(move || slug.clone(), get_room);
    loaded_page(room, |room| view! { <BookForm room=room/> }).into_any()
}

/// The add-on keys ticked before: from the address after "Calculate the price"
/// (`add_ons[0]=…`), else from the flash after a refused post ("a,b").
fn initial_add_ons(room: &RoomDetails) -> Vec<String> {
    let query = use_query_map();
    let from_query: Vec<String> = (0..room.settings.add_ons.len())
        .filter_map(|i| query.with_untracked(|q| q.get(&format!("add_ons[{i}]"))))
        .collect();
    if !from_query.is_empty() {
        return from_query;
    }
    kept_value("booking", "add_ons").split(',').filter(|k| !k.is_empty()).map(str::to_owned).collect()
}

#[component]
fn BookForm(room: RoomDetails) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RequestBooking>::new();
    let errors = form_errors("booking", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let query = use_query_map();
    // A "Calculate the price" reload puts the fields in the address; a refused post
    // brings them back in the flash.
    let initial = move |name: &str| {
        query.with_untracked(|q| q.get(name)).filter(|v| !v.is_empty()).unwrap_or_else(|| kept_value("booking", name))
    };
    // The quote for the fields as they are on arrival; the island takes over from there.
    let slug = room.slug.clone();
    let add_on_count = room.settings.add_ons.len();
    let asked = (initial("date"), initial("start"), initial("end"), Some(initial("category")).filter(|c| !c.is_empty()).unwrap_or_else(|| "standard".to_owned()), initial_add_ons(&room).join(","), initial("repeat_until"));
    let first_quote = Resource::new(
        move || asked.clone(),
        move |(date, start, end, category, add_ons, until)| quote_booking(slug.clone(), date, start, end, category, add_ons, until),
    );
    let words = QuoteWords::new(i18n);
    let slug = room.slug.clone();
    let title = format!("{} – {} – {}", i18n.t(Msg::BookTitle), room.name, i18n.t(Msg::SiteName));
    let book_href = format!("/rooms/{}/book", room.slug);
    let room_href = format!("/rooms/{}", room.slug);
    let hours = hours_in_words(&room.settings.rules.weekly, i18n.locale);
    // The rules a time must keep, said where the time is chosen (not only when refused).
    let rules = &room.settings.rules;
    let hours_of = |minutes: i64| crate::rooms::rules::format_hours(minutes, i18n.locale);
    let rule_lines = [
        i18n.fill(Msg::BookRuleLength, &[("min".to_owned(), hours_of(rules.min_duration_minutes)), ("max".to_owned(), hours_of(rules.max_duration_minutes)), ("slot".to_owned(), rules.slot_minutes.to_string())]),
        i18n.fill(Msg::BookRuleNotice, &[("hours".to_owned(), rules.min_notice_hours.to_string()), ("days".to_owned(), rules.max_advance_days.to_string())]),
        i18n.fill(Msg::BookRuleBuffer, &[("minutes".to_owned(), rules.buffer_minutes.to_string())]),
    ];
    let fields = view! { <BookingFields room=room.clone() errors=errors initial=initial add_ons=initial_add_ons(&room)/> }.into_any();
    view! {
        <crate::core::pages::SafeTitle text=title/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/rooms".to_owned(), i18n.t(Msg::NavRooms).to_owned()), (room_href, room.name.clone())] current=i18n.t(Msg::BookTitle).to_owned()/>
            <h1>{format!("{}: {}", i18n.t(Msg::BookTitle), room.name)}</h1>
            <p class="lead">{i18n.t(Msg::BookLead)}</p>
            <p>{format!("{}: {hours}", i18n.t(Msg::RoomBookable))}</p>
            <ul class="plain-list booking-rules">
                {rule_lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <ErrorSummary errors=errors/>
            <div class="room-columns">
                <ActionForm action=action attr:class="form" attr:novalidate=true attr:id=BOOKING_FORM_ID>
                    {fields}
                    <div class="button-group">
                        <SubmitButton label=Msg::BookButton pending=action.pending().into()/>
                        // For pages without JavaScript; the live quote hides it.
                        <button class="button button--secondary" type="submit" formaction=book_href formmethod="get" id=CALCULATE_BUTTON_ID>
                            {i18n.t(Msg::BookCalculate)}
                        </button>
                    </div>
                </ActionForm>
                <Suspense>
                    {move || {
                        let (slug, words) = (slug.clone(), words.clone());
                        Suspend::new(async move {
                            let initial = first_quote.await.ok().flatten();
                            view! {
                                <QuoteSection slug=slug add_on_count=add_on_count words=words initial=initial/>
                                <LiveQuote/>
                            }
                        })
                    }}
                </Suspense>
            </div>
        </div>
    }
    .into_any()
}

#[component]
fn BookingFields(
    room: RoomDetails,
    errors: Signal<Vec<FieldError>>,
    initial: impl Fn(&str) -> String + Copy + Send + Sync + 'static,
    add_ons: Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let categories: Vec<(String, String)> = [PriceCategory::Standard, PriceCategory::NonProfit, PriceCategory::CityInstitution]
        .into_iter()
        .map(|c| (category_key(c).to_owned(), i18n.t(category_label(c)).to_owned()))
        .collect();
    let mut layouts = vec![(String::new(), i18n.t(Msg::BookLayoutAny).to_owned())];
    layouts.extend(room.settings.layouts.iter().map(|layout| {
        let text = i18n.fill(
            Msg::BookLayoutOption,
            &[("layout".to_owned(), i18n.t(layout.kind.label()).to_owned()), ("count".to_owned(), layout.capacity.to_string())],
        );
        (layout.kind.key().to_owned(), text)
    }));
    let terms_href = format!("/rooms/{}#terms", room.slug);
    let room_add_ons = room.settings.add_ons.clone();
    view! {
        <input type="hidden" name="room" value=room.slug.clone()/>
        <TextField name="date" label=Msg::FilterDate errors=errors input_type="date" value=initial("date")/>
        <div class="field-row">
            <TextField name="start" label=Msg::BookStart errors=errors input_type="time" value=initial("start")/>
            <TextField name="end" label=Msg::BookEnd errors=errors input_type="time" value=initial("end")/>
        </div>
        <TextField name="repeat_until" label=Msg::BookRepeatUntil errors=errors input_type="date" hint=i18n.t(Msg::BookRepeatHint).to_owned() value=initial("repeat_until")/>
        <TextField name="participants" label=Msg::BookParticipants errors=errors input_type="number" value=initial("participants")/>
        {(room.settings.layouts.len() > 1).then(|| view! {
            <SelectField name="layout" label=Msg::BookLayout errors=errors options=layouts selected=initial("layout")/>
        })}
        {(!room_add_ons.is_empty()).then(|| view! {
            <fieldset class="field fieldset" id="add_ons">
                <legend class="field__label">{i18n.t(Msg::BookAddOnsLegend)}</legend>
                {room_add_ons.into_iter().enumerate().map(|(index, add_on)| {
                    let id = format!("add_on_{}", add_on.key);
                    let label = add_on_label(&add_on.key).map(|m| i18n.t(m).to_owned()).unwrap_or_else(|| add_on.key.clone());
                    let checked = add_ons.contains(&add_on.key);
                    view! {
                        <div class="checkbox">
                            <input class="checkbox__input" type="checkbox" id=id.clone() name=format!("add_ons[{index}]") value=add_on.key checked=checked/>
                            <label class="checkbox__label" for=id>{label}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
        })}
        <SelectField name="category" label=Msg::BookCategory errors=errors options=categories selected=initial("category") hint=i18n.t(Msg::BookCategoryHint).to_owned()/>
        <TextAreaField name="purpose" label=Msg::BookPurpose errors=errors hint=i18n.t(Msg::BookPurposeHint).to_owned() value=initial("purpose") rows=3/>
        <TextField name="organisation" label=Msg::BookOrganisation errors=errors autocomplete="organization" value=initial("organisation")/>
        <TextAreaField name="invoice_details" label=Msg::BookInvoiceDetails errors=errors hint=i18n.t(Msg::BookInvoiceHint).to_owned() value=initial("invoice_details") rows=3/>
        <TextField name="public_title" label=Msg::BookPublicTitle errors=errors hint=i18n.t(Msg::BookPublicTitleHint).to_owned() value=initial("public_title")/>
        <CheckboxField name="accept_terms" label=Msg::BookAcceptTerms errors=errors checked=!initial("accept_terms").is_empty()>
            <p class="field__hint"><a href=terms_href target="_blank">{i18n.t(Msg::RoomTerms)}</a></p>
        </CheckboxField>
    }
}

/// What the quote says, translated on the server: the island carries no catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteWords {
    title: String,
    hint: String,
    total: String,
    per_date: String,
    series_total: String,
    dates_title: String,
    date_free: String,
}

impl QuoteWords {
    pub fn new(i18n: crate::core::i18n::I18n) -> QuoteWords {
        QuoteWords {
            title: i18n.t(Msg::BookQuoteTitle).to_owned(),
            hint: i18n.t(Msg::BookQuoteHint).to_owned(),
            total: i18n.t(Msg::BookTotal).to_owned(),
            per_date: i18n.t(Msg::QuotePerDate).to_owned(),
            series_total: i18n.t(Msg::QuoteSeriesTotal).to_owned(),
            dates_title: i18n.t(Msg::QuoteDatesTitle).to_owned(),
            date_free: i18n.t(Msg::QuoteDateFree).to_owned(),
        }
    }
}

/// The itemised quote for the fields as they were on arrival. The `data-` attributes are
/// for the `LiveQuote` island: which room to ask about, how many add-on boxes to read, and
/// what to say when there is no quote.
#[component]
fn QuoteSection(slug: String, add_on_count: usize, words: QuoteWords, initial: Option<QuoteView>) -> impl IntoView {
    let (title, hint) = (words.title.clone(), words.hint.clone());
    view! {
        <section class="quote" id=QUOTE_ID aria-labelledby="quote-title" aria-live="polite"
            data-room=slug data-add-ons=add_on_count.to_string() data-hint=hint>
            <h2 id="quote-title">{title}</h2>
            <div id=QUOTE_BODY_ID><QuoteBody quote=initial words=words/></div>
        </section>
    }
}

/// The quote's body as HTML, for the `LiveQuote` island: rendered here with the same
/// component as the page, so the live quote and the no-JS one cannot drift apart.
#[cfg(feature = "ssr")]
pub fn quote_body_html(quote: Option<QuoteView>, i18n: crate::core::i18n::I18n) -> String {
    view! { <QuoteBody quote=quote words=QuoteWords::new(i18n)/> }.to_html()
}

#[component]
fn QuoteBody(quote: Option<QuoteView>, words: QuoteWords) -> impl IntoView {
    match quote {
        Some(quote) => view! { <QuoteBox quote=quote words=words/> }.into_any(),
        None => view! { <p>{words.hint}</p> }.into_any(),
    }
}

/// Makes the quote follow the booking form's fields: every input or change asks the
/// server for the quote's body again, as HTML (an older answer arriving late is dropped),
/// and "Calculate the price" is hidden, as it is no longer needed. Without props and
/// without Leptos' server-function client, so the browser's wasm needs no serde_json:
/// the booking form's wasm and JS stay under 100 KB.
#[island]
pub fn LiveQuote() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    follow_the_form();
}

#[cfg(feature = "hydrate")]
fn follow_the_form() {
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::{closure::Closure, JsCast};
    let document = document();
    let (Some(form), Some(section), Some(body)) = (
        document.get_element_by_id(BOOKING_FORM_ID).and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok()),
        document.get_element_by_id(QUOTE_ID),
        document.get_element_by_id(QUOTE_BODY_ID),
    ) else {
        return;
    };
    if let Some(button) = document.get_element_by_id(CALCULATE_BUTTON_ID) {
        let _ = button.set_attribute("hidden", "");
    }
    let room = section.get_attribute("data-room").unwrap_or_default();
    let add_on_count: usize = section.get_attribute("data-add-ons").and_then(|n| n.parse().ok()).unwrap_or(0);
    let hint = section.get_attribute("data-hint").unwrap_or_default();
    let asked = Rc::new(Cell::new(0_u64));
    let on_change = Closure::<dyn Fn(web_sys::Event)>::new({
        let form = form.clone();
        move |_: web_sys::Event| {
            let (Ok(data), Ok(request)) = (web_sys::FormData::new_with_form(&form), web_sys::UrlSearchParams::new()) else { return };
            let field = |name: &str| data.get(name).as_string().unwrap_or_default();
            let add_ons: Vec<String> = (0..add_on_count).map(|i| field(&format!("add_ons[{i}]"))).filter(|key| !key.is_empty()).collect();
            let category = Some(field("category")).filter(|c| !c.is_empty()).unwrap_or_else(|| "standard".to_owned());
            request.append("room", &room);
            for name in ["date", "start", "end", "repeat_until"] {
                request.append(name, &field(name));
            }
            request.append("category", &category);
            request.append("add_ons", &add_ons.join(","));
            asked.set(asked.get() + 1);
            let (this, asked, body, hint) = (asked.get(), asked.clone(), body.clone(), hint.clone());
            leptos::task::spawn_local(async move {
                let answer = crate::core::browser::post_form("/api/rooms/live-quote", &request).await;
                if asked.get() != this {
                    return;
                }
                match answer.ok().and_then(|html| html.as_string()) {
                    Some(html) => body.set_inner_html(&html),
                    None => crate::core::browser::replace_with_paragraph(&body, &hint),
                }
            });
        }
    });
    for kind in ["input", "change"] {
        let _ = form.add_event_listener_with_callback(kind, on_change.as_ref().unchecked_ref());
    }
    // The form lives as long as the page.
    on_change.forget();
}

#[component]
fn QuoteBox(quote: QuoteView, words: QuoteWords) -> impl IntoView {
    let series = quote.dates.len() > 1;
    let single_problem = quote.dates.first().and_then(|(_, problem)| problem.clone()).filter(|_| !series);
    let total_label = if series { words.per_date.clone() } else { words.total.clone() };
    let date_free = words.date_free.clone();
    view! {
        {single_problem.map(|problem| view! { <p class="quote__problem"><strong>{problem}</strong></p> })}
        <table class="quote-table">
            <tbody>
                {quote.lines.into_iter().map(|(label, amount)| view! {
                    <tr><th scope="row">{label}</th><td>{amount}</td></tr>
                }).collect_view()}
            </tbody>
            <tfoot>
                <tr><th scope="row">{total_label}</th><td>{quote.total}</td></tr>
                {quote.series_total.map(|total| view! {
                    <tr><th scope="row">{words.series_total.clone()}</th><td>{total}</td></tr>
                })}
            </tfoot>
        </table>
        {series.then(|| view! {
            <h3>{words.dates_title.clone()}</h3>
            <ul class="quote-dates">
                {quote.dates.into_iter().map(|(date, problem)| {
                    let text = match problem {
                        Some(problem) => format!("{date}: {problem}"),
                        None => format!("{date}: {date_free}"),
                    };
                    view! { <li>{text}</li> }
                }).collect_view()}
            </ul>
        })}
    }
}
