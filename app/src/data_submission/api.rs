//! Data submission's server functions: the forms, one's own submissions, a submission's
//! page, sending or deleting a checked file, and the stewards' review. The multipart
//! posts (an entry with a photo, a CSV file) are plain routes in `upload.rs`.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::rules::{CheckReport, FieldKind, SubmissionStatus};
use crate::error::AppError;

/// A form as its pages show it, in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormView {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub fields: Vec<FieldView>,
    pub with_location: bool,
    pub with_photo: bool,
}

impl FormView {
    /// Files fit forms of plain columns: a place or a photo needs the form.
    pub fn takes_files(&self) -> bool {
        !self.with_location && !self.with_photo
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldView {
    pub key: String,
    pub label: String,
    pub kind: FieldKind,
    pub unit: String,
    pub required: bool,
    /// The allowed range as people write numbers.
    pub min: Option<String>,
    pub max: Option<String>,
}

/// One submission in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionCard {
    pub id: i32,
    pub form_title: String,
    pub status: SubmissionStatus,
    pub file_name: Option<String>,
    pub rows: i32,
    pub when: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubmissionView {
    pub card: SubmissionCard,
    pub form_slug: String,
    pub sender: String,
    pub reason: Option<String>,
    pub place: Option<(f64, f64)>,
    pub has_photo: bool,
    pub columns: Vec<String>,
    pub rows: Vec<(i32, Vec<String>)>,
    pub is_own: bool,
    pub may_review: bool,
}

/// How many rows a submission's page shows.
pub const ROWS_SHOWN: u64 = 20;

#[cfg(feature = "ssr")]
fn form_view(form: super::entity::submission_form::Model, locale: crate::core::i18n::Locale) -> FormView {
    use super::rules::plain_number;
    FormView {
        slug: form.slug,
        title: form.title.0.get(locale).to_owned(),
        description: form.description.0.get(locale).to_owned(),
        fields: form
            .fields
            .0
            .into_iter()
            .map(|field| {
                let scale = |limit: i64| if field.kind == FieldKind::Integer { (limit / 100).to_string() } else { plain_number(limit) };
                FieldView {
                    label: field.label.get(locale).to_owned(),
                    kind: field.kind,
                    unit: field.unit,
                    required: field.required,
                    min: field.min.map(scale),
                    max: field.max.map(scale),
                    key: field.key,
                }
            })
            .collect(),
        with_location: form.with_location,
        with_photo: form.with_photo,
    }
}

#[cfg(feature = "ssr")]
fn card(submission: &super::entity::submission::Model, form_title: String) -> SubmissionCard {
    SubmissionCard {
        id: submission.id,
        form_title,
        status: SubmissionStatus::from_key(&submission.status).unwrap_or(SubmissionStatus::Submitted),
        file_name: submission.file_name.clone(),
        rows: submission.row_count,
        when: crate::rooms::rules::to_local(submission.created_at).format("%Y-%m-%d %H:%M").to_string(),
    }
}

#[cfg(feature = "ssr")]
async fn cards(db: &sea_orm::DatabaseConnection, list: Vec<super::entity::submission::Model>, locale: crate::core::i18n::Locale) -> Result<Vec<SubmissionCard>, AppError> {
    let forms = super::server::all_forms(db).await?;
    Ok(list
        .iter()
        .map(|s| card(s, forms.iter().find(|f| f.id == s.form_id).map(|f| f.title.0.get(locale).to_owned()).unwrap_or_default()))
        .collect())
}

/// `/data-submission`: the open forms, and this person's own submissions.
#[server(prefix = "/api", endpoint = "data-submission/forms")]
pub async fn load_submission_forms() -> Result<(Vec<FormView>, Vec<SubmissionCard>), AppError> {
    use crate::core::request;
    request::answer(
        async {
            let context = request::request_context()?;
            let (db, locale) = (&context.services.db, context.boot.locale);
            let forms = super::server::open_forms(db).await?.into_iter().map(|f| form_view(f, locale)).collect();
            let mine = match &context.boot.user {
                Some(person) => cards(db, super::server::mine(db, person).await?, locale).await?,
                None => Vec::new(),
            };
            Ok((forms, mine))
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "data-submission/form")]
pub async fn load_submission_form(slug: String) -> Result<FormView, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let context = request::request_context()?;
            let form = super::server::form_by_slug(&context.services.db, &slug).await?;
            if !form.open {
                return Err(AppError::NotFound);
            }
            Ok(form_view(form, context.boot.locale))
        }
        .await,
    )
}

/// The report of a file that was refused, when the upload page is rendered as the
/// answer to that upload; None otherwise. Server only: the browser hydrates the page
/// with the value the server rendered.
pub fn upload_report() -> Option<CheckReport> {
    #[cfg(feature = "ssr")]
    {
        use_context::<super::upload::UploadReport>().map(|report| report.0)
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

#[server(prefix = "/api", endpoint = "data-submission/submission")]
pub async fn load_submission(id: i32) -> Result<SubmissionView, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_user()?;
            let context = request::request_context()?;
            let (db, locale) = (&context.services.db, context.boot.locale);
            let (found, form, rows, has_photo) = super::server::with_rows(db, &person, id, ROWS_SHOWN).await?;
            let may_review = super::server::reviews(&person);
            let sender = match found.submitter_id {
                Some(sender) if may_review => crate::accounts::server::names(db, [sender]).await?.remove(&sender).unwrap_or_default(),
                _ => String::new(),
            };
            Ok(SubmissionView {
                card: card(&found, form.title.0.get(locale).to_owned()),
                form_slug: form.slug.clone(),
                sender,
                reason: found.reason.clone(),
                place: found.latitude.zip(found.longitude),
                has_photo,
                columns: form.fields.0.iter().map(|f| if f.unit.is_empty() { f.label.get(locale).to_owned() } else { format!("{} ({})", f.label.get(locale), f.unit) }).collect(),
                rows: rows.into_iter().map(|r| (r.row_number, serde_json::from_str(&r.cells).unwrap_or_default())).collect(),
                is_own: found.submitter_id == Some(person.id),
                may_review,
            })
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "data-submission/send")]
pub async fn send_upload(id: i32) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_verified_user()?;
        super::server::send_draft(&request::db()?, &person, id).await?;
        Ok((format!("/data-submission/submissions/{id}"), Some(Msg::NoticeSubmissionSent)))
    }
    .await;
    request::finish_form("draft", &[], result)
}

#[server(prefix = "/api", endpoint = "data-submission/discard")]
pub async fn discard_upload(id: i32) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_user()?;
        super::server::discard_draft(&request::db()?, &person, id).await?;
        Ok(("/data-submission".to_owned(), Some(Msg::NoticeUploadDiscarded)))
    }
    .await;
    request::finish_form("draft", &[], result)
}

/// `/admin/submissions?status=…`: waiting ones by default.
#[server(prefix = "/api", endpoint = "data-submission/review-list")]
pub async fn load_review_list(status: Option<String>) -> Result<Vec<SubmissionCard>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            let status = status.as_deref().and_then(SubmissionStatus::from_key).unwrap_or(SubmissionStatus::Submitted);
            let list = super::server::for_review(&context.services.db, &person, status).await?;
            cards(&context.services.db, list, context.boot.locale).await
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "data-submission/decide")]
pub async fn decide_submission(id: i32, decision: String, reason: String) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let result = async {
        let person = request::require_staff()?;
        let accept = match decision.as_str() {
            "accept" => true,
            "reject" => false,
            _ => return Err(AppError::field("decision", Msg::ValChooseFromList)),
        };
        super::server::decide_on(&request::db()?, &person, id, accept, &reason).await?;
        Ok((format!("/admin/submissions/{id}"), Some(Msg::NoticeSubmissionDecided)))
    }
    .await;
    request::finish_form("decide", &[("decision", &decision), ("reason", &reason)], result)
}

/// A form in the stewards' list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormSummary {
    pub slug: String,
    pub title: String,
    pub open: bool,
    pub submissions: u64,
}

#[server(prefix = "/api", endpoint = "data-submission/forms-admin")]
pub async fn load_forms_admin() -> Result<Vec<FormSummary>, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            let context = request::request_context()?;
            let list = super::server::forms_overview(&context.services.db, &person).await?;
            Ok(list.into_iter().map(|(f, submissions)| FormSummary { title: f.title.0.get(context.boot.locale).to_owned(), slug: f.slug, open: f.open, submissions }).collect())
        }
        .await,
    )
}

/// The form editor's data: a form as saved (or empty for a new one).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormEditorData {
    pub original: Option<String>,
    pub slug: String,
    pub title: [String; 3],
    pub description: [String; 3],
    pub fields: String,
    pub with_location: bool,
    pub with_photo: bool,
    pub open: bool,
    /// The form holds submissions: its fields' keys and kinds stay.
    pub locked: bool,
}

#[server(prefix = "/api", endpoint = "data-submission/form-editor")]
pub async fn load_form_editor(slug: Option<String>) -> Result<FormEditorData, AppError> {
    use crate::core::request;
    request::answer(
        async {
            let person = request::require_staff()?;
            if !super::server::reviews(&person) {
                return Err(AppError::Forbidden);
            }
            let db = request::db()?;
            let Some(slug) = slug.filter(|s| !s.is_empty()) else { return Ok(FormEditorData { open: true, ..FormEditorData::default() }) };
            let form = super::server::form_by_slug(&db, &slug).await?;
            let three = |t: &crate::services::model::Text| [t.et.clone(), t.en.clone().unwrap_or_default(), t.ru.clone().unwrap_or_default()];
            Ok(FormEditorData {
                original: Some(form.slug.clone()),
                locked: super::server::fields_locked(&db, form.id).await?,
                slug: form.slug,
                title: three(&form.title.0),
                description: three(&form.description.0),
                fields: super::rules::fields_text(&form.fields.0),
                with_location: form.with_location,
                with_photo: form.with_photo,
                open: form.open,
            })
        }
        .await,
    )
}

#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "data-submission/form-save")]
pub async fn save_submission_form(
    original: Option<String>,
    slug: String,
    title_et: String,
    title_en: Option<String>,
    title_ru: Option<String>,
    description_et: String,
    description_en: Option<String>,
    description_ru: Option<String>,
    fields: String,
    with_location: Option<String>,
    with_photo: Option<String>,
    open: Option<String>,
) -> Result<String, AppError> {
    use crate::core::{i18n::Msg, request};
    let edit = super::server::FormEdit {
        original: original.filter(|o| !o.is_empty()),
        slug,
        title: [title_et, title_en.unwrap_or_default(), title_ru.unwrap_or_default()],
        description: [description_et, description_en.unwrap_or_default(), description_ru.unwrap_or_default()],
        fields,
        with_location: with_location.is_some(),
        with_photo: with_photo.is_some(),
        open: open.is_some(),
    };
    let result = async {
        let person = request::require_staff()?;
        let slug = super::server::save_form(&request::db()?, &person, &edit).await?;
        Ok((format!("/data-submission/{slug}"), Some(Msg::NoticeSaved)))
    }
    .await;
    let flag = |on: bool| if on { "yes" } else { "" };
    let kept = [
        ("slug", edit.slug.as_str()),
        ("title_et", &edit.title[0]),
        ("title_en", &edit.title[1]),
        ("title_ru", &edit.title[2]),
        ("description_et", &edit.description[0]),
        ("description_en", &edit.description[1]),
        ("description_ru", &edit.description[2]),
        ("fields", &edit.fields),
        ("with_location", flag(edit.with_location)),
        ("with_photo", flag(edit.with_photo)),
        ("open", flag(edit.open)),
    ];
    request::finish_form("submission-form", &kept, result)
}
