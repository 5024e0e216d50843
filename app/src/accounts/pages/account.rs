//! `/account`: who is signed in, their roles, logging out, and their rights over their
//! data: the consent they gave, downloading everything, deleting the account.

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::Redirect;

use crate::accounts::api::{load_consents, load_sessions, ChangePassword, DeleteAccount, EndSession, LogOut, LogOutElsewhere, SetLanguage};
use crate::accounts::rules::PASSWORD_MIN_CHARS;
use crate::core::forms::{form_errors, go_to_on_success, kept_value, use_boot, CheckboxField, ErrorSummary, FlashNotice, SelectField, SubmitButton, TextField};
use crate::core::i18n::Locale;
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
                    <dd>{format!("{} ({})", user.email, i18n.t(if user.email_verified { Msg::AccountEmailConfirmed } else { Msg::AccountEmailUnconfirmed }))}</dd>
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
            <LanguageForm current=user.locale/>
            <PasswordForm/>
            <Sessions/>
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

/// The language stored on the account: e-mails are written in it.
#[component]
fn LanguageForm(current: Locale) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SetLanguage>::new();
    let errors = form_errors("language", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let options = Locale::ALL.iter().map(|locale| (locale.code().to_owned(), locale.endonym().to_owned())).collect();
    view! {
        <h2>{i18n.t(Msg::AccountLanguage)}</h2>
        <ErrorSummary errors=errors/>
        <ActionForm action=action attr:class="form" attr:novalidate=true>
            <SelectField name="language" label=Msg::AccountLanguage errors=errors options=options
                selected=current.code().to_owned() hint=i18n.t(Msg::AccountLanguageHint).to_owned()/>
            <SubmitButton label=Msg::AccountLanguageSave pending=action.pending().into()/>
        </ActionForm>
    }
}

/// Changing the password ends the person's other sessions.
#[component]
fn PasswordForm() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ChangePassword>::new();
    let errors = form_errors("change-password", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let hint = i18n.fill(Msg::FieldPasswordHint, &[("min".to_owned(), PASSWORD_MIN_CHARS.to_string())]);
    view! {
        <h2>{i18n.t(Msg::AccountPasswordTitle)}</h2>
        <ErrorSummary errors=errors/>
        <ActionForm action=action attr:class="form" attr:novalidate=true>
            <TextField name="current_password" label=Msg::FieldCurrentPassword errors=errors input_type="password" autocomplete="current-password"/>
            <TextField name="new_password" label=Msg::FieldNewPassword errors=errors input_type="password" autocomplete="new-password" hint=hint/>
            <SubmitButton label=Msg::ChangePasswordSubmit pending=action.pending().into()/>
        </ActionForm>
    }
}

/// Where the person is signed in: each session with its browser and times, "end this
/// one" for the others, and "log out everywhere else".
#[component]
fn Sessions() -> impl IntoView {
    let i18n = use_i18n();
    let sessions = Resource::new(|| (), |_| load_sessions());
    let end = ServerAction::<EndSession>::new();
    let elsewhere = ServerAction::<LogOutElsewhere>::new();
    go_to_on_success(move || end.value().get());
    go_to_on_success(move || elsewhere.value().get());
    let errors = form_errors("sessions", move || end.value().get().or_else(|| elsewhere.value().get()));
    view! {
        <h2>{i18n.t(Msg::AccountSessionsTitle)}</h2>
        <ErrorSummary errors=errors/>
        <Suspense>
            {move || Suspend::new(async move {
                let rows = sessions.await.unwrap_or_default();
                let others = rows.iter().filter(|row| !row.this_one).count();
                view! {
                    <ul class="plain-list" id="sessions">
                        {rows.into_iter().map(|row| {
                            let browser = row.browser.clone().unwrap_or_else(|| i18n.t(Msg::SessionUnknownBrowser).to_owned());
                            let times = i18n.fill(Msg::SessionTimes, &[("started".to_owned(), row.started.clone()), ("seen".to_owned(), row.last_seen.clone())]);
                            let end_label = i18n.fill(Msg::SessionEnd, &[("browser".to_owned(), browser.clone()), ("started".to_owned(), row.started.clone())]);
                            view! {
                                <li class="summary-list__row">
                                    <strong>{browser}</strong>
                                    {row.this_one.then(|| format!(" ({})", i18n.t(Msg::SessionThisOne)))}
                                    <br/>{times}
                                    {(!row.this_one).then(|| view! {
                                        <ActionForm action=end>
                                            <input type="hidden" name="session" value=row.id.clone()/>
                                            <button class="button button--secondary" type="submit" aria-label=end_label>{i18n.t(Msg::SessionEndShort)}</button>
                                        </ActionForm>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    {(others > 0).then(|| view! {
                        <ActionForm action=elsewhere>
                            <button class="button button--secondary" type="submit">{i18n.t(Msg::LogOutEverywhere)}</button>
                        </ActionForm>
                    })}
                }
            })}
        </Suspense>
    }
}
