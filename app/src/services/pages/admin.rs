//! Staff pages of Services: `/admin/service-map` (the mapping exercise: counts per
//! department and subdivision, each linked to the services behind it, owner workload, CSV)
//! and `/admin/service-map/list` (the services behind one count).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::{percent_encode, Breadcrumbs};
use crate::core::pages::{staff_gate, ErrorPage, ForbiddenPage, PageTitle};
use crate::services::api::{service_map, service_map_list, MapFilter, MapListRow};
use crate::services::map::{MapCounts, ServiceMap};

/// A link to the list behind a count, with the count as its text.
fn list_link(count: usize, department: &str, subdivision: Option<&str>, problem: &str) -> AnyView {
    let mut href = format!("/admin/service-map/list?department={}", percent_encode(department));
    if let Some(sub) = subdivision {
        href.push_str(&format!("&subdivision={}", percent_encode(sub)));
    }
    if !problem.is_empty() {
        href.push_str(&format!("&problem={problem}"));
    }
    view! { <a href=href>{count}</a> }.into_any()
}

#[component]
pub fn ServiceMapPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/service-map") {
        return gate;
    }
    let i18n = use_i18n();
    let map = Resource::new(|| (), |_| service_map());
    view! {
        <PageTitle text=Msg::ServiceMapTitle/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned())] current=i18n.t(Msg::ServiceMapTitle).to_owned()/>
            <h1>{i18n.t(Msg::ServiceMapTitle)}</h1>
            <p class="lead">{i18n.t(Msg::ServiceMapLead)}</p>
            <p><a href="/admin/service-map.csv" rel="external" download="service-map.csv">{i18n.t(Msg::AdminReportCsv)}</a></p>
            <Suspense>
                {move || Suspend::new(async move {
                    match map.await {
                        Ok(map) => view! { <MapTables map=map/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn CountsTable(rows: Vec<MapCounts>, caption: Msg, first_column: Msg) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-scroll" role="region" aria-label=i18n.t(caption) tabindex="0">
            <table class="data-table">
                <caption class="visually-hidden">{i18n.t(caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t(first_column)}</th>
                        <th scope="col">{i18n.t(Msg::ServiceMapServices)}</th>
                        <th scope="col">{i18n.t(Msg::ServiceMapWithoutOwner)}</th>
                        <th scope="col">{i18n.t(Msg::ServiceMapOverdue)}</th>
                        <th scope="col">{i18n.t(Msg::ServiceMapDigital)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| {
                        let name = row.subdivision.clone().unwrap_or_else(|| row.department.clone());
                        let sub = row.subdivision.clone();
                        let dept = row.department.clone();
                        let percent = format!(" ({} %)", row.digital_percent());
                        view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td>{list_link(row.services, &dept, sub.as_deref(), "")}</td>
                                <td>{list_link(row.without_owner, &dept, sub.as_deref(), "no-owner")}</td>
                                <td>{list_link(row.overdue, &dept, sub.as_deref(), "overdue")}</td>
                                <td>{list_link(row.digital, &dept, sub.as_deref(), "digital")}{percent}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn MapTables(map: ServiceMap) -> impl IntoView {
    let i18n = use_i18n();
    let total = i18n.fill(
        Msg::ServiceMapTotal,
        &[
            ("count".to_owned(), map.total.services.to_string()),
            ("no_owner".to_owned(), map.total.without_owner.to_string()),
            ("overdue".to_owned(), map.total.overdue.to_string()),
            ("percent".to_owned(), map.total.digital_percent().to_string()),
        ],
    );
    let workload = map.workload.clone();
    view! {
        <p class="panel"><strong>{total}</strong></p>
        <h2>{i18n.t(Msg::ServiceMapByDepartment)}</h2>
        <CountsTable rows=map.departments caption=Msg::ServiceMapByDepartment first_column=Msg::ServiceResponsible/>
        <h2>{i18n.t(Msg::ServiceMapBySubdivision)}</h2>
        <CountsTable rows=map.subdivisions caption=Msg::ServiceMapBySubdivision first_column=Msg::ServiceMapSubdivision/>
        <h2>{i18n.t(Msg::ServiceMapWorkload)}</h2>
        <div class="table-scroll" role="region" aria-label=i18n.t(Msg::ServiceMapWorkload) tabindex="0">
            <table class="data-table">
                <caption class="visually-hidden">{i18n.t(Msg::ServiceMapWorkload)}</caption>
                <thead><tr><th scope="col">{i18n.t(Msg::ServiceOwner)}</th><th scope="col">{i18n.t(Msg::ServiceMapServices)}</th></tr></thead>
                <tbody>
                    {workload.into_iter().map(|(owner, count)| {
                        let href = format!("/admin/service-map/list?owner={}", percent_encode(&owner));
                        view! { <tr><th scope="row">{owner}</th><td><a href=href>{count}</a></td></tr> }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn ServiceMapListPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/service-map/list") {
        return gate;
    }
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = move || {
        query.with(|q| MapFilter { department: q.get("department"), subdivision: q.get("subdivision"), owner: q.get("owner"), problem: q.get("problem") })
    };
    let list = Resource::new(filter, service_map_list);
    let trail = vec![
        ("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned()),
        ("/admin/service-map".to_owned(), i18n.t(Msg::ServiceMapTitle).to_owned()),
    ];
    view! {
        <PageTitle text=Msg::ServiceMapListTitle/>
        <div class="container page">
            <Breadcrumbs trail=trail current=i18n.t(Msg::ServiceMapListTitle).to_owned()/>
            <h1>{i18n.t(Msg::ServiceMapListTitle)}</h1>
            <Suspense>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(rows) => view! { <MapList rows=rows/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn MapList(rows: Vec<MapListRow>) -> impl IntoView {
    let i18n = use_i18n();
    let count = i18n.fill(Msg::ServicesFound, &[("count".to_owned(), rows.len().to_string())]);
    view! {
        <h2>{count}</h2>
        <ul class="room-list">
            {rows.into_iter().map(|row| {
                let place = match &row.subdivision {
                    Some(sub) => format!("{} · {sub}", row.department),
                    None => row.department.clone(),
                };
                let owner = row.owner.clone().unwrap_or_else(|| i18n.t(Msg::ServiceOwnerMissing).to_owned());
                let reviewed = format!("{}: {}{}", i18n.t(Msg::ServiceLastReviewed), row.last_reviewed, if row.overdue { format!(" ({})", i18n.t(Msg::ServiceMapOverdueWord)) } else { String::new() });
                view! {
                    <li class="card">
                        <h3 class="card__title"><a class="card__link" href=format!("/services/{}", row.slug)>{row.name}</a></h3>
                        <p class="room-card__place">{place}</p>
                        <p>{format!("{}: {owner}", i18n.t(Msg::ServiceOwner))}</p>
                        <p>{reviewed}{row.digital.then(|| format!(" · {}", i18n.t(Msg::ServicesOnline)))}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// `/admin/my-services`: a service owner's services, their feedback, reviews due.
#[component]
pub fn MyServicesPage() -> impl IntoView {
    if let Some(gate) = staff_gate("/admin/my-services") {
        return gate;
    }
    let i18n = use_i18n();
    let services = Resource::new(|| (), |_| crate::services::api::my_services());
    view! {
        <PageTitle text=Msg::MyServicesTitle/>
        <div class="container page">
            <Breadcrumbs trail=vec![("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned())] current=i18n.t(Msg::MyServicesTitle).to_owned()/>
            <h1>{i18n.t(Msg::MyServicesTitle)}</h1>
            <p class="lead">{i18n.t(Msg::MyServicesLead)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    match services.await {
                        Ok(list) if list.is_empty() => view! { <p>{i18n.t(Msg::MyServicesNone)}</p> }.into_any(),
                        Ok(list) => view! {
                            <ul class="room-list">
                                {list.into_iter().map(|s| view! { <OwnedServiceCard service=s/> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(crate::error::AppError::Forbidden) => view! { <ForbiddenPage/> }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn OwnedServiceCard(service: crate::services::api::OwnedService) -> impl IntoView {
    let i18n = use_i18n();
    let feedback = i18n.fill(Msg::MyServicesFeedback, &[("yes".to_owned(), service.helpful.to_string()), ("no".to_owned(), service.not_helpful.to_string())]);
    let reviewed = format!("{}: {}", i18n.t(Msg::ServiceLastReviewed), service.last_reviewed);
    let edit = format!("/admin/services/{}", service.slug);
    view! {
        <li class="card">
            // Two links in this card, so the title is not the whole card's click area.
            <h2 class="card__title"><a href=format!("/services/{}", service.slug)>{service.name.clone()}</a></h2>
            <p>{reviewed}{service.overdue.then(|| view! { " · " <strong>{i18n.t(Msg::MyServicesReviewDue)}</strong> })}</p>
            <p>{feedback}</p>
            {(!service.comments.is_empty()).then(|| view! {
                <ul>
                    {service.comments.into_iter().map(|(date, helpful, text)| {
                        let answer = if helpful { i18n.t(Msg::FeedbackYes) } else { i18n.t(Msg::FeedbackNo) };
                        view! { <li>{format!("{date} · {answer}: {text}")}</li> }
                    }).collect_view()}
                </ul>
            })}
            <p><a href=edit>{format!("{}: {}", i18n.t(Msg::AdminRoomEdit), service.name)}</a></p>
        </li>
    }
}

/// `/admin/services/{slug}`: the owner keeps the service's texts up to date and marks it
/// reviewed; each save is a changelog entry.
#[component]
pub fn ServiceEditPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map();
    let slug = params.with_untracked(|p| p.get("slug")).unwrap_or_default();
    if let Some(gate) = staff_gate(&format!("/admin/services/{slug}")) {
        return gate;
    }
    let form = Resource::new(move || slug.clone(), crate::services::api::service_edit_form);
    crate::core::pages::loaded_page(form, |form| view! { <ServiceEditor form=form/> }).into_any()
}

#[component]
fn ServiceEditor(form: crate::services::api::ServiceEdit) -> impl IntoView {
    use crate::core::forms::{form_errors, go_to_on_success, CheckboxField, ErrorSummary, SubmitButton, TextAreaField, TextField};
    let i18n = use_i18n();
    let action = ServerAction::<crate::services::api::SaveService>::new();
    let errors = form_errors("service", move || action.value().get());
    go_to_on_success(move || action.value().get());
    let value = crate::core::forms::kept_or_saved("service");
    let trail = vec![
        ("/admin".to_owned(), i18n.t(Msg::NavAdmin).to_owned()),
        ("/admin/my-services".to_owned(), i18n.t(Msg::MyServicesTitle).to_owned()),
    ];
    view! {
        <crate::core::pages::SafeTitle text=format!("{} – {}", form.name, i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=trail current=form.name.clone()/>
            <h1>{format!("{}: {}", i18n.t(Msg::ServiceEditTitle), form.name)}</h1>
            <p>{format!("{}: {}", i18n.t(Msg::ServiceLastReviewed), form.last_reviewed)}</p>
            <ErrorSummary errors=errors/>
            <leptos::form::ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="slug" value=form.slug.clone()/>
                <TextAreaField name="description_et" label=Msg::ServiceEditDescriptionEt errors=errors value=value("description_et", &form.description_et)/>
                <TextAreaField name="description_en" label=Msg::ServiceEditDescriptionEn errors=errors value=value("description_en", &form.description_en)/>
                <div class="field-row">
                    <TextField name="cost_et" label=Msg::ServiceEditCostEt errors=errors value=value("cost_et", &form.cost_et)/>
                    <TextField name="cost_en" label=Msg::ServiceEditCostEn errors=errors value=value("cost_en", &form.cost_en)/>
                </div>
                <div class="field-row">
                    <TextField name="processing_et" label=Msg::ServiceEditTimeEt errors=errors value=value("processing_et", &form.processing_et)/>
                    <TextField name="processing_en" label=Msg::ServiceEditTimeEn errors=errors value=value("processing_en", &form.processing_en)/>
                </div>
                <CheckboxField name="reviewed" label=Msg::ServiceEditReviewed errors=errors/>
                <SubmitButton label=Msg::ServiceEditSave pending=action.pending().into()/>
            </leptos::form::ActionForm>
        </div>
    }
    .into_any()
}
