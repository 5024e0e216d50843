//! `/admin`: staff see their overview; citizens a 403 page; anonymous people go to login.

use leptos::prelude::*;

use super::api::admin_overview;
use crate::core::forms::use_boot;
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::{ErrorPage, PageTitle};

#[component]
pub fn AdminOverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    if let Some(gate) = crate::core::pages::staff_gate("/admin") {
        return gate;
    }
    let Some(user) = use_boot().user else { return ().into_any() };
    let overview = Resource::new(|| (), |_| admin_overview());
    let manages_rooms = user.is_administrator() || user.has_role(crate::core::roles::Role::RoomManager);
    let is_admin = user.is_administrator();
    let moderates = crate::participation::model::moderates(&user);
    let edits_figures = is_admin || user.has_role(crate::core::roles::Role::DataSteward);
    let grants: Vec<_> = user.roles.iter().filter(|grant| grant.role.is_staff()).cloned().collect();
    view! {
        <PageTitle text=Msg::AdminTitle/>
        <div class="container page">
            <h1>{i18n.t(Msg::AdminTitle)}</h1>
            <p class="lead">{i18n.t(Msg::AdminLead)}</p>
            {manages_rooms.then(|| view! {
                <h2>{i18n.t(Msg::NavRooms)}</h2>
                <ul class="plain-list">
                    <li><a href="/admin/bookings">{i18n.t(Msg::AdminOpenBookings)}</a></li>
                    <li><a href="/admin/bookings/new">{i18n.t(Msg::StaffEntryTitle)}</a></li>
                    <li><a href="/admin/rooms">{i18n.t(Msg::AdminRoomsTitle)}</a></li>
                    <li><a href="/admin/rooms/report">{i18n.t(Msg::AdminReportTitle)}</a></li>
                </ul>
            })}
            <h2>{i18n.t(Msg::NavServices)}</h2>
            <ul class="plain-list">
                <li><a href="/admin/my-services">{i18n.t(Msg::MyServicesTitle)}</a></li>
                <li><a href="/admin/service-map">{i18n.t(Msg::ServiceMapTitle)}</a></li>
                <li><a href="/proposals">{i18n.t(Msg::ProposalsTitle)}</a></li>
                <li><a href="/proposals/board">{i18n.t(Msg::ProposalBoardTitle)}</a></li>
                <li><a href="/proposals/library">{i18n.t(Msg::ProposalLibraryTitle)}</a></li>
                {is_admin.then(|| view! { <li><a href="/admin/proposal-template">{i18n.t(Msg::TemplateTitle)}</a></li> })}
            </ul>
            <h2>{i18n.t(Msg::NavHaveYourSay)}</h2>
            <ul class="plain-list">
                <li><a href="/have-your-say">{i18n.t(Msg::NavHaveYourSay)}</a></li>
                <li><a href="/admin/ideas">{i18n.t(Msg::IdeaReviewTitle)}</a></li>
                {is_admin.then(|| view! { <li><a href="/admin/consultations">{i18n.t(Msg::ConsultationsAdminTitle)}</a></li> })}
                {is_admin.then(|| view! { <li><a href="/admin/outbox">{i18n.t(Msg::OutboxTitle)}</a></li> })}
                {edits_figures.then(|| view! { <li><a href="/admin/topics">{i18n.t(Msg::HubAdminTitle)}</a></li> })}
                {moderates.then(|| view! { <li><a href="/admin/moderation">{i18n.t(Msg::ModerationTitle)}</a></li> })}
                {edits_figures.then(|| view! { <li><a href="/admin/submissions">{i18n.t(Msg::ReviewTitle)}</a></li> })}
                {edits_figures.then(|| view! { <li><a href="/admin/submission-forms">{i18n.t(Msg::FormsAdminTitle)}</a></li> })}
            </ul>
            <Suspense>
                {move || {
                    let grants = grants.clone();
                    Suspend::new(async move {
                    match overview.await {
                        Ok(figures) => {
                            // A room manager's institution by its name, as people know it.
                            let roles = grants.into_iter().map(|grant| {
                                let institution = grant.institution_id.map(|id| {
                                    let name = figures.institutions.iter().find(|(known, _)| *known == id).map(|(_, name)| name.clone());
                                    format!(" ({})", name.unwrap_or_else(|| i18n.fill(Msg::AdminForInstitution, &[("id".to_owned(), id.to_string())])))
                                });
                                view! { <li>{i18n.t(grant.role.label())}{institution}</li> }
                            }).collect_view();
                            view! {
                            <h2>{i18n.t(Msg::AdminYourRoles)}</h2>
                            <ul class="plain-list">{roles}</ul>
                            <h2>{i18n.t(Msg::AdminKeyFigures)}</h2>
                            <dl class="figures">
                                <div class="figure"><dt>{i18n.t(Msg::AdminPeople)}</dt><dd>{figures.people}</dd></div>
                                <div class="figure"><dt>{i18n.t(Msg::AdminStaff)}</dt><dd>{figures.staff}</dd></div>
                                {figures.active_sessions.map(|count| view! {
                                    <div class="figure"><dt>{i18n.t(Msg::AdminActiveSessions)}</dt><dd>{count}</dd></div>
                                })}
                            </dl>
                        }.into_any()
                        }
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                    })
                }}
            </Suspense>
        </div>
    }
    .into_any()
}
