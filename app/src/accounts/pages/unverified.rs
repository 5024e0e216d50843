//! The line above every page for a person whose address is not proven yet: what they
//! cannot do until then, and a button that sends the link again.

use leptos::form::ActionForm;
use leptos::prelude::*;

use crate::accounts::api::ResendVerification;
use crate::core::forms::{form_errors, go_to_on_success, use_boot, ErrorSummary};
use crate::core::i18n::{use_i18n, Msg};

#[component]
pub fn UnverifiedBanner() -> impl IntoView {
    let i18n = use_i18n();
    let person = use_boot().user.filter(|person| !person.email_verified)?;
    let action = ServerAction::<ResendVerification>::new();
    let errors = form_errors("resend-verification", move || action.value().get());
    go_to_on_success(move || action.value().get());
    Some(view! {
        <div class="container">
            <section class="notice notice--important" aria-labelledby="unverified-heading">
                <h2 class="visually-hidden" id="unverified-heading">{i18n.t(Msg::VerifyTitle)}</h2>
                <p>{i18n.fill(Msg::VerifyBanner, &[("email".to_owned(), person.email.clone())])}</p>
                <ErrorSummary errors=errors/>
                <ActionForm action=action>
                    <button class="button button--secondary" type="submit">{i18n.t(Msg::VerifyResend)}</button>
                </ActionForm>
            </section>
        </div>
    })
}
