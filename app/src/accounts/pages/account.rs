//! `/account`: who is signed in, their roles, and logging out.

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::Redirect;

use crate::accounts::api::LogOut;
use crate::core::forms::{go_to_on_success, use_boot, FlashNotice};
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
        </div>
    }
    .into_any()
}
