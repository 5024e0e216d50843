//! The read API under `/api/v1/`: the open-data catalogue and each dataset's rows as JSON
//! (paged) or CSV. Read only, public, no cookies needed; any site may call it (CORS).
//! The OpenAPI document at `/api/v1/openapi.json` is generated from these handlers and
//! types, and `schemathesis` checks the running server against it (`make test`).

use std::collections::HashMap;

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use serde_json::Value;
use utoipa::{OpenApi, ToSchema};

use super::catalogue::{to_csv, to_objects, Column, DatasetInfo, LICENCE, LICENCE_URL};
use crate::core::request::RequestContext;
use crate::error::AppError;

/// A text in the three languages; English and Russian fall back to Estonian.
#[derive(Serialize, ToSchema)]
pub struct Texts {
    pub et: String,
    pub en: String,
    pub ru: String,
}

impl From<&crate::services::model::Text> for Texts {
    fn from(text: &crate::services::model::Text) -> Self {
        use crate::core::i18n::Locale;
        Texts { et: text.get(Locale::Et).to_owned(), en: text.get(Locale::En).to_owned(), ru: text.get(Locale::Ru).to_owned() }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ColumnDoc {
    /// The CSV header and the JSON key of the column.
    pub key: String,
    pub title: Texts,
}

/// One dataset of the catalogue.
#[derive(Serialize, ToSchema)]
pub struct Dataset {
    pub id: String,
    pub title: Texts,
    pub description: Texts,
    /// SPDX identifier of the licence.
    pub licence: String,
    pub licence_url: String,
    /// When the data last changed (RFC 3339); null for data read live.
    pub updated: Option<String>,
    pub rows: u64,
    pub columns: Vec<ColumnDoc>,
    pub json_url: String,
    pub csv_url: String,
}

#[derive(Serialize, ToSchema)]
pub struct DatasetList {
    pub datasets: Vec<Dataset>,
}

/// A page of a dataset's rows, each an object keyed by column.
#[derive(Serialize, ToSchema)]
pub struct RowsPage {
    pub dataset: String,
    pub total: u64,
    pub offset: u64,
    pub limit: u64,
    pub rows: Vec<HashMap<String, Value>>,
}

#[derive(Serialize, ToSchema)]
pub struct ApiError {
    /// `not_found` or `bad_request`.
    pub error: String,
    pub message: String,
}

pub const LIMIT_DEFAULT: u64 = 1000;
pub const LIMIT_MAX: u64 = 10_000;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Raekoda open data",
        version = "1",
        description = "The city's open datasets: indicator series, the service catalogue, rooms, the public calendar and accepted submitted data. Licence CC BY 4.0.",
        license(name = "CC-BY-4.0", url = "https://creativecommons.org/licenses/by/4.0/")
    ),
    paths(list_datasets, get_dataset, get_rows, get_rows_csv),
    components(schemas(Texts, ColumnDoc, Dataset, DatasetList, RowsPage, ApiError))
)]
pub struct ReadApi;

/// The routes, for the server to mount.
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api/v1/datasets", get(list_datasets))
        .route("/api/v1/datasets/{id}", get(get_dataset))
        .route("/api/v1/datasets/{id}/rows", get(get_rows))
        .route("/api/v1/datasets/{id}/rows.csv", get(get_rows_csv))
}

fn open(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=60"));
    response
}

fn failure(status: StatusCode, error: &str, message: &str) -> Response {
    open((status, Json(ApiError { error: error.to_owned(), message: message.to_owned() })).into_response())
}

fn from_app_error(error: AppError) -> Response {
    match error {
        AppError::NotFound => failure(StatusCode::NOT_FOUND, "not_found", "No dataset has this id."),
        _ => failure(StatusCode::INTERNAL_SERVER_ERROR, "internal", "The data could not be read. Try again later."),
    }
}

/// A path or query that cannot be read as text (broken percent-encoding).
fn unreadable() -> Response {
    failure(StatusCode::BAD_REQUEST, "bad_request", "The address could not be read.")
}

fn context(request: &Request) -> Result<RequestContext, Response> {
    request.extensions().get::<RequestContext>().cloned().ok_or_else(|| from_app_error(AppError::Internal))
}

fn dataset_doc(base: &str, info: &DatasetInfo) -> Dataset {
    Dataset {
        id: info.id.clone(),
        title: (&info.title).into(),
        description: (&info.description).into(),
        licence: LICENCE.to_owned(),
        licence_url: LICENCE_URL.to_owned(),
        updated: info.updated.clone(),
        rows: info.rows,
        columns: info.columns.iter().map(|c: &Column| ColumnDoc { key: c.key.clone(), title: (&c.title).into() }).collect(),
        json_url: format!("{base}/api/v1/datasets/{}/rows", info.id),
        csv_url: format!("{base}/api/v1/datasets/{}/rows.csv", info.id),
    }
}

async fn openapi() -> Response {
    open(Json(ReadApi::openapi()).into_response())
}

/// Every dataset with its description, licence, last change and links.
#[utoipa::path(get, path = "/api/v1/datasets", operation_id = "listDatasets", responses((status = 200, description = "The catalogue", body = DatasetList)))]
async fn list_datasets(request: Request) -> Response {
    let context = match context(&request) {
        Ok(context) => context,
        Err(response) => return response,
    };
    let base = context.services.settings.public_url.clone();
    match super::server::all(&context.services.db, &base).await {
        Ok(sets) => open(Json(DatasetList { datasets: sets.iter().map(|(info, _)| dataset_doc(&base, info)).collect() }).into_response()),
        Err(error) => from_app_error(error),
    }
}

/// One dataset's description.
#[utoipa::path(
    get,
    path = "/api/v1/datasets/{id}",
    operation_id = "getDataset",
    params(("id" = String, Path, description = "The dataset's id, e.g. `indicators`")),
    responses(
        (status = 200, description = "The dataset", body = Dataset),
        (status = 400, description = "An address that cannot be read", body = ApiError),
        (status = 404, description = "No such dataset", body = ApiError)
    )
)]
async fn get_dataset(id: Result<Path<String>, PathRejection>, request: Request) -> Response {
    let Ok(Path(id)) = id else { return unreadable() };
    let context = match context(&request) {
        Ok(context) => context,
        Err(response) => return response,
    };
    let base = context.services.settings.public_url.clone();
    match super::server::about(&context.services.db, &base, &id).await {
        Ok(info) => open(Json(dataset_doc(&base, &info)).into_response()),
        Err(error) => from_app_error(error),
    }
}

/// `limit` (1–10 000, 1 000 by default) and `offset` (0 or more): anything else is 400.
fn paging(query: &HashMap<String, String>) -> Result<(u64, u64), Response> {
    let read = |name: &str, default: u64, range: std::ops::RangeInclusive<u64>| -> Result<u64, Response> {
        match query.get(name) {
            None => Ok(default),
            Some(text) => text.parse::<u64>().ok().filter(|n| range.contains(n)).ok_or_else(|| {
                failure(StatusCode::BAD_REQUEST, "bad_request", &format!("`{name}` must be a whole number from {} to {}.", range.start(), range.end()))
            }),
        }
    };
    Ok((read("limit", LIMIT_DEFAULT, 1..=LIMIT_MAX)?, read("offset", 0, 0..=u64::from(u32::MAX))?))
}

/// A page of the dataset's rows as JSON objects.
#[utoipa::path(
    get,
    path = "/api/v1/datasets/{id}/rows",
    operation_id = "getRows",
    params(
        ("id" = String, Path, description = "The dataset's id"),
        ("limit" = Option<u64>, Query, minimum = 1, maximum = 10000, description = "Rows per page (1 000 by default)"),
        ("offset" = Option<u64>, Query, minimum = 0, maximum = 4294967295_u64, description = "Rows to skip")
    ),
    responses(
        (status = 200, description = "The rows", body = RowsPage),
        (status = 400, description = "A bad `limit` or `offset`, or an address that cannot be read", body = ApiError),
        (status = 404, description = "No such dataset", body = ApiError)
    )
)]
async fn get_rows(id: Result<Path<String>, PathRejection>, query: Result<Query<HashMap<String, String>>, QueryRejection>, request: Request) -> Response {
    let (Ok(Path(id)), Ok(Query(query))) = (id, query) else { return unreadable() };
    let context = match context(&request) {
        Ok(context) => context,
        Err(response) => return response,
    };
    let (limit, offset) = match paging(&query) {
        Ok(paging) => paging,
        Err(response) => return response,
    };
    let base = context.services.settings.public_url.clone();
    match super::server::page(&context.services.db, &base, &id, offset, limit).await {
        Ok((info, total, page)) => {
            let rows = to_objects(&info.columns, &page).into_iter().map(|row| row.into_iter().collect()).collect();
            open(Json(RowsPage { dataset: info.id, total, offset, limit, rows }).into_response())
        }
        Err(error) => from_app_error(error),
    }
}

/// All of the dataset's rows as CSV (UTF-8, a header of the column keys).
#[utoipa::path(
    get,
    path = "/api/v1/datasets/{id}/rows.csv",
    operation_id = "getRowsCsv",
    params(("id" = String, Path, description = "The dataset's id")),
    responses(
        (status = 200, description = "The rows as CSV", body = String, content_type = "text/csv"),
        (status = 400, description = "An address that cannot be read", body = ApiError),
        (status = 404, description = "No such dataset", body = ApiError)
    )
)]
async fn get_rows_csv(id: Result<Path<String>, PathRejection>, request: Request) -> Response {
    let Ok(Path(id)) = id else { return unreadable() };
    let context = match context(&request) {
        Ok(context) => context,
        Err(response) => return response,
    };
    let base = context.services.settings.public_url.clone();
    match super::server::one(&context.services.db, &base, &id).await {
        Ok((info, table)) => {
            let disposition = format!("attachment; filename=\"{}.csv\"", info.id);
            open(
                (
                    StatusCode::OK,
                    [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)],
                    to_csv(&info.columns, &table),
                )
                    .into_response(),
            )
        }
        Err(error) => from_app_error(error),
    }
}
