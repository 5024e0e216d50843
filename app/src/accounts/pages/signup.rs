//! `/signup`: a community account (name, e-mail, password, consent to the terms).

use leptos::form::ActionForm;
use leptos::prelude::*;

use crate::accounts::api::SignUp;
use crate::accounts::rules::PASSWORD_MIN_CHARS;
use crate::core::forms::{form_errors, go_to_on_success, kept_value, CheckboxField, ErrorSummary, SubmitButton, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::PageTitle;

#[component]
pub fn SignupPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SignUp>::new();
    let errors = form_errors("signup", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let password_hint = i18n.fill(Msg::FieldPasswordHint, &[("min".to_owned(), PASSWORD_MIN_CHARS.to_string())]);
    view! {
        <PageTitle text=Msg::SignupTitle/>
        <div class="container page page--narrow">
            <h1>{i18n.t(Msg::SignupTitle)}</h1>
            <p class="lead">{i18n.t(Msg::SignupLead)}</p>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="name" label=Msg::FieldName errors=errors autocomplete="name"
                    hint=i18n.t(Msg::FieldNameHint).to_owned() value=kept_value("signup", "name")/>
                <TextField name="email" label=Msg::FieldEmail errors=errors input_type="email" autocomplete="email"
                    value=kept_value("signup", "email")/>
                <TextField name="password" label=Msg::FieldPassword errors=errors input_type="password"
                    autocomplete="new-password" hint=password_hint/>
                <CheckboxField name="accept_terms" label=Msg::FieldAcceptTerms errors=errors
                    checked=!kept_value("signup", "accept_terms").is_empty()>
                    <p class="field__hint"><a href="/privacy" target="_blank">{i18n.t(Msg::ReadTerms)}</a></p>
                </CheckboxField>
                <SubmitButton label=Msg::SignupSubmit pending=action.pending().into()/>
            </ActionForm>
            <p>{i18n.t(Msg::SignupHaveAccount)} " " <a href="/login">{i18n.t(Msg::LoginTitle)}</a></p>
        </div>
    }
}
