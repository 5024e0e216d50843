//! `/my/inbox`: every message to this person, newest first, read or unread in words.

use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_router::components::Redirect;

use super::api::{load_inbox, InboxMessage, MarkInboxRead};
use crate::core::forms::{go_to_on_success, use_boot, FlashNotice};
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::{ErrorPage, PageTitle};

#[component]
pub fn InboxPage() -> impl IntoView {
    let i18n = use_i18n();
    if use_boot().user.is_none() {
        return view! { <Redirect path="/login?next=/my/inbox"/> }.into_any();
    }
    let messages = Resource::new(|| (), |_| load_inbox());
    view! {
        <PageTitle text=Msg::InboxTitle/>
        <div class="container page">
            <FlashNotice/>
            <h1>{i18n.t(Msg::InboxTitle)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match messages.await {
                        Ok(list) if list.is_empty() => view! { <p>{i18n.t(Msg::InboxEmpty)}</p> }.into_any(),
                        Ok(list) => view! { <Messages list=list/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn Messages(list: Vec<InboxMessage>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<MarkInboxRead>::new();
    go_to_on_success(move || action.value().get());
    let any_unread = list.iter().any(|m| m.unread);
    view! {
        <ul class="room-list">
            {list.into_iter().map(|message| view! {
                <li class="room-card">
                    <p>
                        <span class=if message.unread { "tag tag--open" } else { "tag" }>
                            {i18n.t(if message.unread { Msg::InboxUnread } else { Msg::InboxRead })}
                        </span>
                        " " {message.when}
                    </p>
                    <p><a href=message.link>{message.text}</a></p>
                </li>
            }).collect_view()}
        </ul>
        {any_unread.then(|| view! {
            <ActionForm action=action attr:class="form">
                <button class="button button--secondary" type="submit">{i18n.t(Msg::InboxMarkRead)}</button>
            </ActionForm>
        })}
    }
}
