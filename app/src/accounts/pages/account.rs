//! `/account`: who is signed in, their roles, logging out, and their rights over their
//! data: the consent they gave, downloading everything, deleting the account.

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::Redirect;

use crate::accounts::api::{load_consents, DeleteAccount, LogOut};
use crate::core::forms::{form_errors, go_to_on_success, kept_value, use_boot, CheckboxField, ErrorSummary, FlashNotice, TextField};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::PageTitle;

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let logout = ServerAction::<LogOut>::new();
    go_to_on_success(move || logout.value().get());
    let Some(user) = use_boot().user else {
        return view! { <Redirect path="/login?next=/account"/> }.into_any();
    };
    view! {
        <PageTitle text=Msg::AccountTitle/>
        <div class="container page">
            <FlashNotice/>
            <h1>{i18n.t(Msg::AccountTitle)}</h1>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt>{i18n.t(Msg::FieldName)}</dt>
                    <dd>{user.name.clone()}</dd>
                </div>
                <div class="summary-list__row">
                    <dt>{i18n.t(Msg::FieldEmail)}</dt>
                    <dd>{user.email.clone()}</dd>
                </div>
                <div class="summary-list__row">
                    <dt>{i18n.t(Msg::AccountRoles)}</dt>
                    <dd>
                        <ul class="plain-list">
                            {user.roles.iter().map(|grant| view! { <li>{i18n.t(grant.role.label())}</li> }).collect_view()}
                        </ul>
                    </dd>
                </div>
            </dl>
            <p><a href="/my/bookings">{i18n.t(Msg::MyBookingsTitle)}</a></p>
            <p><a href="/my/inbox">{i18n.t(Msg::InboxTitle)}</a></p>
            <p><a href="/my/subscriptions">{i18n.t(Msg::SubscriptionsTitle)}</a></p>
            <ActionForm action=logout>
                <button class="button button--secondary" type="submit">{i18n.t(Msg::LogOut)}</button>
            </ActionForm>
            <YourData/>
        </div>
    }
    .into_any()
}

/// The consent given, the export and deleting the account (GDPR).
#[component]
fn YourData() -> impl IntoView {
    let i18n = use_i18n();
    let consent = Resource::new(|| (), |_| load_consents());
    let delete = ServerAction::<DeleteAccount>::new();
    go_to_on_success(move || delete.value().get());
    let errors = form_errors("delete-account", move || delete.value().get());
    view! {
        <h2>{i18n.t(Msg::AccountPrivacy)}</h2>
        <Suspense>
            {move || Suspend::new(async move {
                consent.await.ok().map(|at| view! { <p>{i18n.fill(Msg::AccountConsent, &[("at".to_owned(), at)])}</p> })
            })}
        </Suspense>
        <p><a href="/privacy">{i18n.t(Msg::AccountReadTerms)}</a></p>
        <p><a class="button button--secondary" href="/account/my-data.json" download>{i18n.t(Msg::AccountDownload)}</a></p>
        <h2>{i18n.t(Msg::AccountDeleteTitle)}</h2>
        <p>{i18n.t(Msg::AccountDeleteText)}</p>
        <ErrorSummary errors=errors/>
        <ActionForm action=delete attr:class="form" attr:novalidate=true>
            <CheckboxField name="erase" label=Msg::AccountDeleteErase errors=errors checked=!kept_value("delete-account", "erase").is_empty()/>
            <TextField name="password" label=Msg::AccountDeletePassword errors=errors input_type="password" autocomplete="current-password"/>
            <button class="button button--warning" type="submit">{i18n.t(Msg::AccountDeleteButton)}</button>
        </ActionForm>
    }
    .into_any()
}
