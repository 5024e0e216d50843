//! `/rooms/{slug}/book`: the booking request with its itemised quote. With JavaScript the
//! quote follows the fields as they change; without, "Calculate the price" reloads the
//! page with the fields in the address and the quote beside them.

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::core::forms::{form_errors, go_to_on_success, kept_value, use_boot, CheckboxField, ErrorSummary, SelectField, SubmitButton, TextField};
use crate::core::layout::Breadcrumbs;
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::loaded_page;
use crate::rooms::api::{get_room, quote_booking, RequestBooking, RoomDetails};
use crate::rooms::request::{category_key, category_label};
use crate::rooms::rules::{hours_in_words, PriceCategory};

#[component]
pub fn BookRoomPage() -> impl IntoView {
    let params = use_params_map();
    let slug = params.with_untracked(|p| p.get("slug")).unwrap_or_default();
    if use_boot().user.is_none() {
        return view! { <Redirect path=format!("/login?next=/rooms/{slug}/book")/> }.into_any();
    }
    let room = Resource::new(move || slug.clone(), get_room);
    loaded_page(room, |room| view! { <BookForm room=room/> }).into_any()
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
    let (date, start, end) = (RwSignal::new(initial("date")), RwSignal::new(initial("start")), RwSignal::new(initial("end")));
    let category = RwSignal::new(Some(initial("category")).filter(|c| !c.is_empty()).unwrap_or_else(|| "standard".to_owned()));
    let slug = room.slug.clone();
    let quote = Resource::new(
        move || (date.get(), start.get(), end.get(), category.get()),
        move |(date, start, end, category)| quote_booking(slug.clone(), date, start, end, category),
    );
    // The reload button is for pages without JavaScript; with it, the quote is live.
    let scripted = RwSignal::new(false);
    Effect::new(move |_| scripted.set(true));
    let on_input = move |ev: leptos::ev::Event| {
        let name = event_target::<web_sys::Element>(&ev).get_attribute("name").unwrap_or_default();
        let value = event_target_value(&ev);
        match name.as_str() {
            "date" => date.set(value),
            "start" => start.set(value),
            "end" => end.set(value),
            "category" => category.set(value),
            _ => {}
        }
    };
    let categories: Vec<(String, String)> = [PriceCategory::Standard, PriceCategory::NonProfit, PriceCategory::CityInstitution]
        .into_iter()
        .map(|c| (category_key(c).to_owned(), i18n.t(category_label(c)).to_owned()))
        .collect();
    let title = format!("{} – {} – {}", i18n.t(Msg::BookTitle), room.name, i18n.t(Msg::SiteName));
    let book_href = format!("/rooms/{}/book", room.slug);
    let room_href = format!("/rooms/{}", room.slug);
    let terms_href = format!("/rooms/{}#terms", room.slug);
    let hours = hours_in_words(&room.settings.rules.weekly, i18n.locale);
    let fields = view! {
        <div on:input=on_input on:change=on_input>
            <input type="hidden" name="room" value=room.slug.clone()/>
            <TextField name="date" label=Msg::FilterDate errors=errors input_type="date" value=initial("date")/>
            <div class="field-row">
                <TextField name="start" label=Msg::BookStart errors=errors input_type="time" value=initial("start")/>
                <TextField name="end" label=Msg::BookEnd errors=errors input_type="time" value=initial("end")/>
            </div>
            <TextField name="participants" label=Msg::BookParticipants errors=errors input_type="number" value=initial("participants")/>
            <SelectField name="category" label=Msg::BookCategory errors=errors options=categories selected=category.get_untracked()/>
            <TextField name="purpose" label=Msg::BookPurpose errors=errors hint=i18n.t(Msg::BookPurposeHint).to_owned() value=initial("purpose")/>
            <TextField name="organisation" label=Msg::BookOrganisation errors=errors autocomplete="organization" value=initial("organisation")/>
            <TextField name="public_title" label=Msg::BookPublicTitle errors=errors hint=i18n.t(Msg::BookPublicTitleHint).to_owned() value=initial("public_title")/>
            <CheckboxField name="accept_terms" label=Msg::BookAcceptTerms errors=errors checked=!initial("accept_terms").is_empty()>
                <p class="field__hint"><a href=terms_href target="_blank">{i18n.t(Msg::RoomTerms)}</a></p>
            </CheckboxField>
        </div>
    }
    .into_any();
    view! {
        <leptos_meta::Title text=title/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/rooms".to_owned(), i18n.t(Msg::NavRooms).to_owned()), (room_href, room.name.clone())] current=i18n.t(Msg::BookTitle).to_owned()/>
            <h1>{format!("{}: {}", i18n.t(Msg::BookTitle), room.name)}</h1>
            <p class="lead">{i18n.t(Msg::BookLead)}</p>
            <p>{format!("{}: {hours}", i18n.t(Msg::RoomBookable))}</p>
            <ErrorSummary errors=errors/>
            <div class="room-columns">
                <ActionForm action=action attr:class="form" attr:novalidate=true>
                    {fields}
                    <div class="button-group">
                        <SubmitButton label=Msg::BookButton pending=action.pending().into()/>
                        <button class="button button--secondary" type="submit" formaction=book_href formmethod="get"
                            hidden=move || scripted.get()>
                            {i18n.t(Msg::BookCalculate)}
                        </button>
                    </div>
                </ActionForm>
                <section class="quote" aria-labelledby="quote-title" aria-live="polite">
                    <h2 id="quote-title">{i18n.t(Msg::BookQuoteTitle)}</h2>
                    <Transition>
                        {move || Suspend::new(async move {
                            match quote.await {
                                Ok(Some(quote)) => view! {
                                    <table class="quote-table">
                                        <tbody>
                                            {quote.lines.into_iter().map(|(label, amount)| view! {
                                                <tr><th scope="row">{label}</th><td>{amount}</td></tr>
                                            }).collect_view()}
                                        </tbody>
                                        <tfoot>
                                            <tr><th scope="row">{i18n.t(Msg::BookTotal)}</th><td>{quote.total}</td></tr>
                                        </tfoot>
                                    </table>
                                }.into_any(),
                                _ => view! { <p>{i18n.t(Msg::BookQuoteHint)}</p> }.into_any(),
                            }
                        })}
                    </Transition>
                </section>
            </div>
        </div>
    }
    .into_any()
}
