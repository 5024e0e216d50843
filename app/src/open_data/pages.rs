//! `/open-data`: every dataset with its description, licence, last change, size and its
//! CSV and JSON downloads; the read API and its OpenAPI document for programs.

use leptos::prelude::*;

use super::api::{load_catalogue, DatasetCard};
use super::catalogue::LICENCE_URL;
use crate::core::i18n::{use_i18n, Msg};
use crate::core::pages::{ErrorPage, PageTitle};

#[component]
pub fn OpenDataPage() -> impl IntoView {
    let i18n = use_i18n();
    let sets = Resource::new(|| (), |_| load_catalogue());
    view! {
        <PageTitle text=Msg::NavOpenData/>
        <div class="container page">
            <h1>{i18n.t(Msg::NavOpenData)}</h1>
            <p class="lead">{i18n.t(Msg::OpenDataLead)}</p>
            <p>
                {i18n.t(Msg::OpenDataLicence)} " "
                <a href=LICENCE_URL>"CC BY 4.0"</a>
            </p>
            <Suspense>
                {move || Suspend::new(async move {
                    match sets.await {
                        Ok(sets) => view! {
                            <ul class="room-list">
                                {sets.into_iter().map(|set| view! { <DatasetItem set=set/> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(_) => view! { <ErrorPage/> }.into_any(),
                    }
                })}
            </Suspense>
            <h2>{i18n.t(Msg::DataSubmissionTitle)}</h2>
            <p>{i18n.t(Msg::DataSubmissionLead)} " " <a href="/data-submission">{i18n.t(Msg::DataSubmissionTitle)}</a></p>
            <h2>{i18n.t(Msg::OpenDataApi)}</h2>
            <p>{i18n.t(Msg::OpenDataApiText)}</p>
            <ul>
                <li><a href="/api/v1/openapi.json">"/api/v1/openapi.json"</a> " — OpenAPI 3.1"</li>
                <li><a href="/api/v1/datasets">"/api/v1/datasets"</a></li>
            </ul>
        </div>
    }
}

#[component]
fn DatasetItem(set: DatasetCard) -> impl IntoView {
    let i18n = use_i18n();
    let updated = match &set.updated {
        Some(date) => i18n.fill(Msg::OpenDataUpdated, &[("date".to_owned(), date.clone())]),
        None => i18n.t(Msg::OpenDataLive).to_owned(),
    };
    let heading_id = format!("dataset-{}", set.id);
    view! {
        <li class="card">
            <h2 class="card__title" id=heading_id.clone()>{set.title.clone()}</h2>
            <p>{set.description.clone()}</p>
            <p class="field__hint">
                {updated} " · " {i18n.fill(Msg::OpenDataRows, &[("count".to_owned(), set.rows.to_string())])}
            </p>
            <p class="field__hint">{i18n.t(Msg::UploadColumns)} ": " <code>{set.columns.join(", ")}</code></p>
            <p class="actions">
                <a class="button button--secondary" href=format!("/api/v1/datasets/{}/rows.csv", set.id) aria-describedby=heading_id.clone()>{i18n.t(Msg::OpenDataCsv)}</a>
                <a class="button button--secondary" href=format!("/api/v1/datasets/{}/rows", set.id) aria-describedby=heading_id>{i18n.t(Msg::OpenDataJson)}</a>
            </p>
        </li>
    }
}
