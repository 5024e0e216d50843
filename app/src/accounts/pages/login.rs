//! `/login`: e-mail and password, with the reason next to the field when it fails.

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::accounts::api::LogIn;
use crate::core::forms::{form_errors, go_to_on_success, kept_value, ErrorSummary, FlashNotice, SubmitButton, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::PageTitle;

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<LogIn>::new();
    let errors = form_errors("login", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let query = use_query_map();
    let next = {
        let kept = kept_value("login", "next");
        move || query.read().get("next").unwrap_or_else(|| kept.clone())
    };
    view! {
        <PageTitle text=Msg::LoginTitle/>
        <div class="container page page--narrow">
            // "We sent a link" after "Forgot your password?" lands here.
            <FlashNotice/>
            <h1>{i18n.t(Msg::LoginTitle)}</h1>
            <p class="lead">{i18n.t(Msg::LoginLead)}</p>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="next" value=next/>
                <TextField name="email" label=Msg::FieldEmail errors=errors input_type="email" autocomplete="email" value=kept_value("login", "email")/>
                <TextField name="password" label=Msg::FieldPassword errors=errors input_type="password" autocomplete="current-password"/>
                <SubmitButton label=Msg::LoginSubmit pending=action.pending().into()/>
            </ActionForm>
            <p><a href="/forgot-password">{i18n.t(Msg::ForgotLink)}</a></p>
            <p>{i18n.t(Msg::LoginNoAccount)} " " <a href="/signup">{i18n.t(Msg::SignupTitle)}</a></p>
        </div>
    }
}
