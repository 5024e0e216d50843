//! The pages a link from an e-mail opens, and the one that sends it: "Forgot your
//! password?", choosing a new password, and confirming an address. Each link's page posts
//! its token with a button, so a mail scanner that only fetches the link uses nothing up.

use leptos::form::ActionForm;
use leptos::prelude::*;

use crate::accounts::api::{ForgotPassword, ResetPassword, VerifyEmail};
use crate::accounts::rules::PASSWORD_MIN_CHARS;
use crate::core::forms::{form_errors, go_to_on_success, kept_value, ErrorSummary, SubmitButton, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::PageTitle;

fn token_param() -> String {
    leptos_router::hooks::use_params_map().with_untracked(|params| params.get("token")).unwrap_or_default()
}

/// `/forgot-password`: an address, and the same answer whether or not it has an account.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ForgotPassword>::new();
    let errors = form_errors("forgot-password", move || action.value().get());
    go_to_on_success(move || action.value().get());
    view! {
        <PageTitle text=Msg::ForgotTitle/>
        <div class="container page page--narrow">
            <h1>{i18n.t(Msg::ForgotTitle)}</h1>
            <p class="lead">{i18n.t(Msg::ForgotLead)}</p>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="email" label=Msg::FieldEmail errors=errors input_type="email" autocomplete="email" value=kept_value("forgot-password", "email")/>
                <SubmitButton label=Msg::ForgotSubmit pending=action.pending().into()/>
            </ActionForm>
            <p><a href="/login">{i18n.t(Msg::LoginTitle)}</a></p>
        </div>
    }
}

/// `/reset-password/{token}`: the new password.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ResetPassword>::new();
    let errors = form_errors("reset-password", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let hint = i18n.fill(Msg::FieldPasswordHint, &[("min".to_owned(), PASSWORD_MIN_CHARS.to_string())]);
    view! {
        <PageTitle text=Msg::ResetTitle/>
        <div class="container page page--narrow">
            <h1>{i18n.t(Msg::ResetTitle)}</h1>
            <p class="lead">{i18n.t(Msg::ResetLead)}</p>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="token" value=token_param()/>
                <TextField name="password" label=Msg::FieldNewPassword errors=errors input_type="password" autocomplete="new-password" hint=hint/>
                <SubmitButton label=Msg::ResetSubmit pending=action.pending().into()/>
            </ActionForm>
            <p><a href="/forgot-password">{i18n.t(Msg::ForgotLink)}</a></p>
        </div>
    }
}

/// `/account/verify/{token}`: one button that proves the address.
#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<VerifyEmail>::new();
    let errors = form_errors("verify-email", move || action.value().get());
    go_to_on_success(move || action.value().get());
    view! {
        <PageTitle text=Msg::VerifyTitle/>
        <div class="container page page--narrow">
            <h1>{i18n.t(Msg::VerifyTitle)}</h1>
            <p class="lead">{i18n.t(Msg::VerifyLead)}</p>
            <ErrorSummary errors=errors/>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="token" value=token_param()/>
                <SubmitButton label=Msg::VerifySubmit pending=action.pending().into()/>
            </ActionForm>
        </div>
    }
}
