//! The multipart posts: an entry with its photo, and a CSV file. Plain HTML forms post
//! here with or without JavaScript (a script only adds a progress bar). A file is read a
//! chunk at a time: written to a temporary file and checked as it comes, in fixed memory;
//! only a clean file is then stored, in one transaction.

use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

use super::csv_check::CsvChecker;
use super::rules::{CheckReport, RowProblem, PHOTO_MAX_BYTES};
use super::server::{self, Entry};
use crate::core::boot::Flash;
use crate::core::cookies;
use crate::core::i18n::Msg;
use crate::core::request::RequestContext;
use crate::error::{AppError, FieldError};

/// The largest CSV file accepted (100 000 rows of a dozen columns fit well within it).
pub const FILE_MAX_BYTES: usize = 64 * 1024 * 1024;
/// An entry's whole post: its fields and a photo of at most `PHOTO_MAX_BYTES`.
pub const ENTRY_MAX_BYTES: usize = PHOTO_MAX_BYTES + 1024 * 1024;

/// A failed file's report, handed to the upload page as it is rendered in the answer.
#[derive(Clone, Debug)]
pub struct UploadReport(pub CheckReport);

fn see_other(location: &str, cookie: Option<String>) -> Response {
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, crate::core::pages::location_safe(location))]).into_response();
    if let Some(value) = cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

fn context_of(request: &Request) -> Option<RequestContext> {
    request.extensions().get::<RequestContext>().cloned()
}

fn plain_error(context: &RequestContext, error: AppError) -> Response {
    let status = StatusCode::from_u16(error.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], error.user_message().text(context.boot.locale).to_owned()).into_response()
}

/// `POST /data-submission/{slug}`: one entry, checked field by field. Mistakes go back to
/// the form with what was typed (a photo has to be chosen again: browsers never refill a
/// file field); success opens the submission's page.
pub async fn post_entry(Path(slug): Path<String>, request: Request) -> Response {
    let Some(context) = context_of(&request) else { return StatusCode::INTERNAL_SERVER_ERROR.into_response() };
    let back = format!("/data-submission/{slug}");
    let Some(person) = context.boot.user.clone() else { return see_other(&crate::core::pages::login_path(&back), None) };
    let secure = context.services.settings.secure_cookies;
    let mut entry = Entry::default();
    let mut problems = Vec::new();
    match Multipart::from_request(request, &()).await {
        Ok(mut multipart) => loop {
            match multipart.next_field().await {
                Ok(Some(mut field)) => {
                    let name = field.name().unwrap_or_default().to_owned();
                    if name == "photo" {
                        let mut bytes = Vec::new();
                        loop {
                            match field.chunk().await {
                                Ok(Some(chunk)) if bytes.len() + chunk.len() <= PHOTO_MAX_BYTES => bytes.extend_from_slice(&chunk),
                                Ok(Some(_)) | Err(_) => {
                                    problems.push(FieldError::new("photo", Msg::ValPhotoTooBig).with_param("max", PHOTO_MAX_BYTES / (1024 * 1024)));
                                    bytes.clear();
                                    break;
                                }
                                Ok(None) => break,
                            }
                        }
                        entry.photo = Some(bytes);
                        if !problems.is_empty() {
                            break;
                        }
                    } else {
                        let value = field.text().await.unwrap_or_default();
                        match name.as_str() {
                            "latitude" => entry.latitude = value,
                            "longitude" => entry.longitude = value,
                            other => {
                                if let Some(key) = other.strip_prefix("field-") {
                                    entry.values.push((key.to_owned(), value));
                                }
                            }
                        }
                    }
                }
                Ok(None) => break,
                Err(_) => {
                    problems.push(FieldError::new("photo", Msg::ValPhotoTooBig).with_param("max", PHOTO_MAX_BYTES / (1024 * 1024)));
                    break;
                }
            }
        },
        Err(_) => return plain_error(&context, AppError::BadRequest),
    }
    let chose_photo = entry.photo.as_ref().is_some_and(|p| !p.is_empty());
    let mut kept: Vec<(String, String)> = entry.values.iter().map(|(key, value)| (super::rules::input_name(key), value.clone())).collect();
    kept.push(("latitude".to_owned(), entry.latitude.clone()));
    kept.push(("longitude".to_owned(), entry.longitude.clone()));
    let result = if !person.email_verified {
        Err(AppError::Unverified)
    } else if problems.is_empty() {
        server::submit_entry(&context.services.db, &person, &slug, entry).await
    } else {
        Err(AppError::Validation(problems))
    };
    match result {
        Ok(id) => {
            let flash = Flash { notice: Some(Msg::NoticeSubmissionSent), ..Flash::default() };
            see_other(&format!("/data-submission/submissions/{id}"), Some(cookies::flash(&flash, secure)))
        }
        Err(AppError::Validation(mut errors)) => {
            if chose_photo && !errors.iter().any(|e| e.field == "photo") {
                errors.push(FieldError::new("photo", Msg::ValPhotoAgain));
            }
            let flash = Flash { form: "submission".to_owned(), errors, values: kept, notice: None };
            see_other(&back, Some(cookies::flash(&flash, secure)))
        }
        // Not yet allowed: said on the form, with what was typed kept.
        Err(AppError::Unverified) => {
            let flash = Flash { form: "submission".to_owned(), errors: AppError::Unverified.field_errors(), values: kept, notice: None };
            see_other(&back, Some(cookies::flash(&flash, secure)))
        }
        Err(error) => plain_error(&context, error),
    }
}

/// A temporary file, removed when dropped.
struct Spool(std::path::PathBuf);

impl Drop for Spool {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// `POST /data-submission/{slug}/upload`: a CSV file. A clean file is kept as a draft and
/// its preview opens; a file with any problem leaves the database untouched and the
/// upload page comes back listing every bad row with its column and reason.
pub async fn post_csv(State(options): State<LeptosOptions>, Path(slug): Path<String>, request: Request) -> Response {
    let Some(context) = context_of(&request) else { return StatusCode::INTERNAL_SERVER_ERROR.into_response() };
    let Some(person) = context.boot.user.clone() else { return see_other(&crate::core::pages::login_path(&format!("/data-submission/{slug}/upload")), None) };
    if !person.email_verified {
        let flash = Flash { form: "upload".to_owned(), errors: AppError::Unverified.field_errors(), ..Flash::default() };
        return see_other(&format!("/data-submission/{slug}/upload"), Some(cookies::flash(&flash, context.services.settings.secure_cookies)));
    }
    let db = context.services.db.clone();
    let form = match server::form_by_slug(&db, &slug).await {
        Ok(form) if form.open && !form.with_photo && !form.with_location => form,
        Ok(_) => return plain_error(&context, AppError::NotFound),
        Err(error) => return plain_error(&context, error),
    };
    let (parts, body) = request.into_parts();
    let mut multipart = match Multipart::from_request(Request::from_parts(parts.clone(), body), &()).await {
        Ok(multipart) => multipart,
        Err(_) => return plain_error(&context, AppError::BadRequest),
    };
    let spool = Spool(std::env::temp_dir().join(format!("raekoda-upload-{}.csv", random_name())));
    let report = match spool_and_check(&mut multipart, &form.fields.0, &spool.0).await {
        Ok(report) => report,
        Err(error) => return plain_error(&context, error),
    };
    if report.is_clean() {
        match server::store_checked_file(&db, &person, &form, &report.file_name, &spool.0).await {
            Ok(Ok(id)) => return see_other(&format!("/data-submission/submissions/{id}"), None),
            Ok(Err(report)) => return render_report(options, parts, report).await,
            Err(error) => return plain_error(&context, error),
        }
    }
    render_report(options, parts, report).await
}

fn random_name() -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    (0..16).map(|_| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789"[rng.random_range(0..36)])).collect()
}

/// Streams the part called `file` to disk, checking it on the way. No part, an empty
/// part or one too large gives a report naming that.
async fn spool_and_check(multipart: &mut Multipart, fields: &[super::rules::FieldSpec], path: &std::path::Path) -> Result<CheckReport, AppError> {
    use tokio::io::AsyncWriteExt;
    let file_problem = |name: &str, message: Msg| CheckReport {
        file_name: name.to_owned(),
        problems: vec![RowProblem { row: 0, column: String::new(), message, params: Vec::new() }],
        ..CheckReport::default()
    };
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => return Ok(file_problem("", Msg::CsvNoFile)),
            Err(_) => return Ok(file_problem("", Msg::CsvTooLarge)),
        };
        if field.name() != Some("file") {
            continue;
        }
        let name: String = field.file_name().unwrap_or("data.csv").chars().take(200).collect();
        let mut out = tokio::fs::File::create(path).await.map_err(|error| {
            tracing::error!(%error, "cannot write the upload's temporary file");
            AppError::Internal
        })?;
        let mut checker = CsvChecker::new(fields, &name);
        let mut rows = Vec::new();
        let mut size = 0usize;
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    size += chunk.len();
                    if size > FILE_MAX_BYTES {
                        return Ok(file_problem(&name, Msg::CsvTooLarge));
                    }
                    checker.feed(&chunk, &mut rows);
                    // This pass only checks: the rows are stored from disk afterwards.
                    rows.clear();
                    out.write_all(&chunk).await.map_err(|_| AppError::Internal)?;
                }
                Ok(None) => break,
                Err(_) => return Ok(file_problem(&name, Msg::CsvTooLarge)),
            }
        }
        out.flush().await.map_err(|_| AppError::Internal)?;
        if size == 0 {
            return Ok(file_problem(&name, Msg::CsvNoFile));
        }
        return Ok(checker.finish(&mut rows));
    }
}

/// The upload page again, rendered with the report: the same page the form is on, so
/// the person fixes the file and uploads it from there.
async fn render_report(options: LeptosOptions, parts: http::request::Parts, report: CheckReport) -> Response {
    let handler = leptos_axum::render_app_async_with_context(
        {
            let options = options.clone();
            move || {
                provide_context(options.clone());
                provide_context(UploadReport(report.clone()));
            }
        },
        move || crate::shell(options.clone()),
    );
    let mut response = handler(Request::from_parts(parts, Body::empty())).await;
    *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    response
}

/// `GET /data-submission/{slug}/template.csv`: the header row to fill in.
pub async fn template(Path(slug): Path<String>, request: Request) -> Response {
    let Some(context) = context_of(&request) else { return StatusCode::INTERNAL_SERVER_ERROR.into_response() };
    match server::form_by_slug(&context.services.db, &slug).await {
        Ok(form) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{slug}.csv\""))],
            server::template_csv(&form.fields.0),
        )
            .into_response(),
        Err(error) => plain_error(&context, error),
    }
}

/// `GET /data-submission/submissions/{id}/photo`: the photo, for its sender and stewards.
pub async fn photo(Path(id): Path<i32>, request: Request) -> Response {
    let Some(context) = context_of(&request) else { return StatusCode::INTERNAL_SERVER_ERROR.into_response() };
    let Some(person) = context.boot.user.clone() else { return plain_error(&context, AppError::Unauthorized) };
    match server::photo(&context.services.db, &person, id).await {
        Ok(photo) => (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, photo.content_type),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
                (header::CONTENT_SECURITY_POLICY, "default-src 'none'".to_owned()),
            ],
            photo.bytes,
        )
            .into_response(),
        Err(error) => plain_error(&context, error),
    }
}
