//! Data submission on the server: entries and files in, the stewards' review, and the
//! accepted rows that feed the open datasets. Permission checks come first in each.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use super::csv_check::CsvChecker;
use super::entity::{submission, submission_form, submission_photo, submission_row};
use super::rules::{check, decide, input_name, photo_type, CheckReport, FieldSpec, SubmissionStatus, PHOTO_MAX_BYTES};
use crate::core::database::begin_write;
use crate::core::i18n::Msg;
use crate::core::roles::{Role, SessionUser};
use crate::error::{AppError, FieldError};

/// Data stewards and administrators review submissions.
pub fn reviews(person: &SessionUser) -> bool {
    person.has_role(Role::DataSteward) || person.is_administrator()
}

pub async fn open_forms(db: &DatabaseConnection) -> Result<Vec<submission_form::Model>, AppError> {
    Ok(submission_form::Entity::find().filter(submission_form::Column::Open.eq(true)).order_by_asc(submission_form::Column::Id).all(db).await?)
}

pub async fn all_forms(db: &impl ConnectionTrait) -> Result<Vec<submission_form::Model>, AppError> {
    Ok(submission_form::Entity::find().order_by_asc(submission_form::Column::Id).all(db).await?)
}

pub async fn form_by_slug(db: &impl ConnectionTrait, slug: &str) -> Result<submission_form::Model, AppError> {
    submission_form::Entity::find().filter(submission_form::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)
}

/// One entry typed into a form: the values by field key as typed, the place as typed or
/// picked, and the photo's bytes when one was chosen.
#[derive(Debug, Default)]
pub struct Entry {
    pub values: Vec<(String, String)>,
    pub latitude: String,
    pub longitude: String,
    pub photo: Option<Vec<u8>>,
}

/// Checks an entry and stores it for review, with its photo, in one transaction. Every
/// problem is named at its field.
pub async fn submit_entry(db: &DatabaseConnection, person: &SessionUser, slug: &str, entry: Entry) -> Result<i32, AppError> {
    let form = form_by_slug(db, slug).await?;
    if !form.open {
        return Err(AppError::NotFound);
    }
    let mut errors = Vec::new();
    let mut cells = Vec::with_capacity(form.fields.0.len());
    for field in &form.fields.0 {
        let raw = entry.values.iter().find(|(key, _)| *key == field.key).map(|(_, value)| value.as_str()).unwrap_or("");
        match check(field, raw) {
            Ok(value) => cells.push(value),
            Err(problem) => {
                let mut error = FieldError::new(&input_name(&field.key), problem.message());
                for (name, value) in problem.params() {
                    error = error.with_param(&name, value);
                }
                errors.push(error);
            }
        }
    }
    let place = if form.with_location {
        match crate::participation::ideas::parse_place(&entry.latitude, &entry.longitude) {
            Ok(Some(place)) => Some(place),
            Ok(None) => {
                errors.push(FieldError::new("latitude", Msg::ValSubmissionPlace));
                None
            }
            Err(()) => {
                errors.push(FieldError::new("latitude", Msg::ValPin));
                None
            }
        }
    } else {
        None
    };
    let photo = match entry.photo.filter(|bytes| !bytes.is_empty() && form.with_photo) {
        Some(bytes) if bytes.len() > PHOTO_MAX_BYTES => {
            errors.push(FieldError::new("photo", Msg::ValPhotoTooBig).with_param("max", PHOTO_MAX_BYTES / (1024 * 1024)));
            None
        }
        Some(bytes) => match photo_type(&bytes).and_then(|kind| Some((kind, super::rules::without_metadata(bytes, kind)?))) {
            Some(photo) => Some(photo),
            None => {
                errors.push(FieldError::new("photo", Msg::ValPhotoType));
                None
            }
        },
        None => None,
    };
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = begin_write(db).await?;
    let saved = submission::ActiveModel {
        form_id: Set(form.id),
        submitter_id: Set(Some(person.id)),
        source: Set("form".to_owned()),
        file_name: Set(None),
        row_count: Set(1),
        status: Set(SubmissionStatus::Submitted.key().to_owned()),
        latitude: Set(place.map(|p| p.0)),
        longitude: Set(place.map(|p| p.1)),
        created_at: Set(crate::core::clock::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    submission_row::ActiveModel { submission_id: Set(saved.id), row_number: Set(1), cells: Set(serde_json::to_string(&cells).unwrap_or_default()), ..Default::default() }
        .insert(&txn)
        .await?;
    if let Some((kind, bytes)) = photo {
        submission_photo::ActiveModel { submission_id: Set(saved.id), content_type: Set(kind.to_owned()), bytes: Set(bytes), ..Default::default() }.insert(&txn).await?;
    }
    txn.commit().await?;
    tracing::info!(person = person.id, form = slug, submission = saved.id, "data submitted");
    Ok(saved.id)
}

/// How many rows go into one INSERT while a checked file is stored.
const ROWS_PER_INSERT: usize = 500;
/// How many rows one transaction writes. SQLite has one writer at a time: a million-row
/// file written in one transaction held every login, booking and comment back for ~18 s.
/// 5 000 rows take well under a second, so others wait at most that long between batches.
const ROWS_PER_TRANSACTION: usize = 5_000;

/// Stores a file already checked clean, re-reading it from disk, in short transactions;
/// all or nothing all the same: the submission is `storing` (seen by nobody) while its rows
/// go in, and becomes a draft in one step at the end. If anything fails, it is removed.
/// Returns the draft's id.
pub async fn store_checked_file(db: &DatabaseConnection, person: &SessionUser, form: &submission_form::Model, file_name: &str, path: &std::path::Path) -> Result<Result<i32, CheckReport>, AppError> {
    let txn = begin_write(db).await?;
    let storing = submission::ActiveModel {
        form_id: Set(form.id),
        submitter_id: Set(Some(person.id)),
        source: Set("csv".to_owned()),
        file_name: Set(Some(file_name.chars().take(200).collect())),
        row_count: Set(0),
        status: Set(SubmissionStatus::Storing.key().to_owned()),
        created_at: Set(crate::core::clock::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    let stored = match store_rows(db, storing.id, form, file_name, path).await {
        Ok(Ok(stored)) => stored,
        other => {
            remove_submission(db, storing.id).await?;
            return other.map(|report| report.map(|_| storing.id));
        }
    };
    let txn = begin_write(db).await?;
    submission::Entity::update_many()
        .col_expr(submission::Column::Status, sea_orm::sea_query::Expr::value(SubmissionStatus::Draft.key()))
        .col_expr(submission::Column::RowCount, sea_orm::sea_query::Expr::value(stored as i32))
        .filter(submission::Column::Id.eq(storing.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    tracing::info!(person = person.id, form = form.slug, submission = storing.id, rows = stored, "data file checked and kept as a draft");
    Ok(Ok(storing.id))
}

/// Reads the file again and writes its rows, `ROWS_PER_TRANSACTION` at a time.
async fn store_rows(db: &DatabaseConnection, id: i32, form: &submission_form::Model, file_name: &str, path: &std::path::Path) -> Result<Result<usize, CheckReport>, AppError> {
    use tokio::io::AsyncReadExt;
    let mut file = tokio::fs::File::open(path).await.map_err(|error| {
        tracing::error!(%error, "the spooled upload could not be reopened");
        AppError::Internal
    })?;
    let mut checker = CsvChecker::new(&form.fields.0, file_name);
    let mut rows = Vec::new();
    let mut buffer = vec![0u8; 64 * 1024];
    let mut stored = 0usize;
    loop {
        let read = file.read(&mut buffer).await.map_err(|_| AppError::Internal)?;
        if read == 0 {
            break;
        }
        checker.feed(&buffer[..read], &mut rows);
        if rows.len() >= ROWS_PER_TRANSACTION {
            stored += insert_in_one_transaction(db, id, &mut rows).await?;
        }
    }
    let report = checker.finish(&mut rows);
    if !report.is_clean() {
        // The file changed between the check and now: nothing is kept.
        return Ok(Err(report));
    }
    stored += insert_in_one_transaction(db, id, &mut rows).await?;
    Ok(Ok(stored))
}

async fn insert_in_one_transaction(db: &DatabaseConnection, id: i32, rows: &mut Vec<(u64, Vec<String>)>) -> Result<usize, AppError> {
    let txn = begin_write(db).await?;
    let mut stored = 0;
    while !rows.is_empty() {
        let mut batch: Vec<_> = rows.drain(..rows.len().min(ROWS_PER_INSERT)).collect();
        stored += insert_rows(&txn, id, &mut batch).await?;
    }
    txn.commit().await?;
    Ok(stored)
}

/// Deletes a submission with its rows, in short transactions like the ones that wrote them.
async fn remove_submission(db: &DatabaseConnection, id: i32) -> Result<(), AppError> {
    use sea_orm::QuerySelect;
    loop {
        let batch: Vec<i32> = submission_row::Entity::find()
            .select_only()
            .column(submission_row::Column::Id)
            .filter(submission_row::Column::SubmissionId.eq(id))
            .limit(ROWS_PER_TRANSACTION as u64)
            .into_tuple()
            .all(db)
            .await?;
        if batch.is_empty() {
            break;
        }
        let txn = begin_write(db).await?;
        submission_row::Entity::delete_many().filter(submission_row::Column::Id.is_in(batch)).exec(&txn).await?;
        txn.commit().await?;
    }
    let txn = begin_write(db).await?;
    submission::Entity::delete_by_id(id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// Files whose storing was cut off (the server stopped half-way) go after an hour.
pub async fn remove_unfinished(db: &DatabaseConnection, now: chrono::DateTime<Utc>) -> Result<usize, AppError> {
    let stale = submission::Entity::find()
        .filter(submission::Column::Status.eq(SubmissionStatus::Storing.key()))
        .filter(submission::Column::CreatedAt.lt(now - chrono::Duration::hours(1)))
        .all(db)
        .await?;
    for submission in &stale {
        remove_submission(db, submission.id).await?;
    }
    Ok(stale.len())
}

async fn insert_rows(txn: &impl ConnectionTrait, submission_id: i32, rows: &mut Vec<(u64, Vec<String>)>) -> Result<usize, AppError> {
    if rows.is_empty() {
        return Ok(0);
    }
    let count = rows.len();
    submission_row::Entity::insert_many(rows.drain(..).map(|(row, cells)| submission_row::ActiveModel {
        submission_id: Set(submission_id),
        row_number: Set(row as i32),
        cells: Set(serde_json::to_string(&cells).unwrap_or_default()),
        ..Default::default()
    }))
    .exec(txn)
    .await?;
    Ok(count)
}

/// One of this person's submissions, or 404 (also for others' ones: ids are not secret,
/// but their existence is nobody else's business).
async fn own(db: &impl ConnectionTrait, person: &SessionUser, id: i32) -> Result<submission::Model, AppError> {
    submission::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|s| s.submitter_id == Some(person.id) && s.status != SubmissionStatus::Storing.key())
        .ok_or(AppError::NotFound)
}

/// Sends a checked file for review.
pub async fn send_draft(db: &DatabaseConnection, person: &SessionUser, id: i32) -> Result<(), AppError> {
    let draft = own(db, person, id).await?;
    let moved = submission::Entity::update_many()
        .col_expr(submission::Column::Status, sea_orm::sea_query::Expr::value(SubmissionStatus::Submitted.key()))
        .col_expr(submission::Column::CreatedAt, sea_orm::sea_query::Expr::value(crate::core::clock::now()))
        .filter(submission::Column::Id.eq(draft.id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Draft.key()))
        .exec(db)
        .await?;
    if moved.rows_affected == 0 {
        return Err(AppError::Conflict(Msg::SubmissionAlreadySent));
    }
    Ok(())
}

/// Throws a checked file away, rows and all.
pub async fn discard_draft(db: &DatabaseConnection, person: &SessionUser, id: i32) -> Result<(), AppError> {
    let draft = own(db, person, id).await?;
    // First out of sight in one step (as if never stored), then its rows in short
    // transactions; if that stops half-way, `remove_unfinished` finishes it.
    let hidden = submission::Entity::update_many()
        .col_expr(submission::Column::Status, sea_orm::sea_query::Expr::value(SubmissionStatus::Storing.key()))
        .filter(submission::Column::Id.eq(draft.id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Draft.key()))
        .exec(db)
        .await?;
    if hidden.rows_affected == 0 {
        return Err(AppError::Conflict(Msg::SubmissionAlreadySent));
    }
    remove_submission(db, draft.id).await
}

pub async fn mine(db: &DatabaseConnection, person: &SessionUser) -> Result<Vec<submission::Model>, AppError> {
    Ok(submission::Entity::find()
        .filter(submission::Column::SubmitterId.eq(person.id))
        .filter(submission::Column::Status.ne(SubmissionStatus::Storing.key()))
        .order_by_desc(submission::Column::Id)
        .limit(100)
        .all(db)
        .await?)
}

/// A submission with its form and first rows, for its sender or a steward.
pub async fn with_rows(db: &DatabaseConnection, person: &SessionUser, id: i32, rows: u64) -> Result<(submission::Model, submission_form::Model, Vec<submission_row::Model>, bool), AppError> {
    let found = submission::Entity::find_by_id(id).one(db).await?.filter(|s| s.status != SubmissionStatus::Storing.key()).ok_or(AppError::NotFound)?;
    let is_own = found.submitter_id == Some(person.id);
    if !is_own && !(reviews(person) && found.status != SubmissionStatus::Draft.key()) {
        return Err(if person.is_staff() { AppError::Forbidden } else { AppError::NotFound });
    }
    let form = submission_form::Entity::find_by_id(found.form_id).one(db).await?.ok_or(AppError::NotFound)?;
    let first = submission_row::Entity::find()
        .filter(submission_row::Column::SubmissionId.eq(found.id))
        .order_by_asc(submission_row::Column::RowNumber)
        .limit(rows)
        .all(db)
        .await?;
    let has_photo = submission_photo::Entity::find().filter(submission_photo::Column::SubmissionId.eq(found.id)).count(db).await? > 0;
    Ok((found, form, first, has_photo))
}

/// A submission's photo, for its sender and stewards.
pub async fn photo(db: &DatabaseConnection, person: &SessionUser, id: i32) -> Result<submission_photo::Model, AppError> {
    let (found, _, _, _) = with_rows(db, person, id, 0).await?;
    submission_photo::Entity::find().filter(submission_photo::Column::SubmissionId.eq(found.id)).one(db).await?.ok_or(AppError::NotFound)
}

/// The stewards' list: waiting ones oldest first, decided ones newest first.
pub async fn for_review(db: &DatabaseConnection, steward: &SessionUser, status: SubmissionStatus) -> Result<Vec<submission::Model>, AppError> {
    if !reviews(steward) {
        return Err(AppError::Forbidden);
    }
    if matches!(status, SubmissionStatus::Draft | SubmissionStatus::Storing) {
        return Ok(Vec::new());
    }
    let query = submission::Entity::find().filter(submission::Column::Status.eq(status.key()));
    let query = if status == SubmissionStatus::Submitted { query.order_by_asc(submission::Column::Id) } else { query.order_by_desc(submission::Column::ReviewedAt) };
    Ok(query.limit(200).all(db).await?)
}

/// How many submissions wait for a steward (the dashboard shows it).
pub async fn waiting(db: &DatabaseConnection) -> Result<u64, AppError> {
    Ok(submission::Entity::find().filter(submission::Column::Status.eq(SubmissionStatus::Submitted.key())).count(db).await?)
}

/// A steward accepts or rejects, once; the sender hears of it in their inbox and by e-mail.
pub async fn decide_on(db: &DatabaseConnection, steward: &SessionUser, id: i32, accept: bool, reason: &str) -> Result<(), AppError> {
    if !reviews(steward) {
        return Err(AppError::Forbidden);
    }
    if reason.chars().count() > 1000 {
        return Err(AppError::field("reason", Msg::ValSubmissionReason));
    }
    let txn = begin_write(db).await?;
    let found = submission::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?;
    // Four eyes: what a steward sent is checked by another steward.
    if found.submitter_id == Some(steward.id) {
        return Err(AppError::Conflict(Msg::SubmissionOwnReview));
    }
    let current = SubmissionStatus::from_key(&found.status).ok_or(AppError::Internal)?;
    let next = decide(current, accept, reason).map_err(|message| match message {
        Msg::ValSubmissionReason => AppError::field("reason", message),
        other => AppError::Conflict(other),
    })?;
    let moved = submission::Entity::update_many()
        .col_expr(submission::Column::Status, sea_orm::sea_query::Expr::value(next.key()))
        .col_expr(submission::Column::Reason, sea_orm::sea_query::Expr::value(Some(reason.trim().to_owned()).filter(|r| !r.is_empty())))
        .col_expr(submission::Column::ReviewedBy, sea_orm::sea_query::Expr::value(Some(steward.id)))
        .col_expr(submission::Column::ReviewedAt, sea_orm::sea_query::Expr::value(Some(crate::core::clock::now())))
        .filter(submission::Column::Id.eq(found.id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Submitted.key()))
        .exec(&txn)
        .await?;
    if moved.rows_affected == 0 {
        return Err(AppError::Conflict(Msg::SubmissionAlreadyDecided));
    }
    if let Some(sender) = found.submitter_id {
        let form = submission_form::Entity::find_by_id(found.form_id).one(&txn).await?.ok_or(AppError::NotFound)?;
        let kind = if accept { crate::notifications::kinds::NoticeKind::SubmissionAccepted } else { crate::notifications::kinds::NoticeKind::SubmissionRejected };
        let why = (!accept).then(|| crate::notifications::mail::Detail::Reason(reason.trim().to_owned())).filter(|_| !reason.trim().is_empty());
        crate::notifications::server::tell(&txn, sender, kind, &form.title.0.et, &format!("/data-submission/submissions/{}", found.id), why).await?;
    }
    txn.commit().await?;
    tracing::info!(steward = steward.id, submission = id, accepted = accept, "submission decided");
    Ok(())
}

/// A form's accepted data, oldest submission first: the values of each row in field
/// order, with when it was accepted. The open dataset of the form.
pub async fn accepted_rows(db: &impl ConnectionTrait, form: &submission_form::Model, page: Option<(u64, u64)>) -> Result<Vec<(chrono::DateTime<Utc>, Option<(f64, f64)>, Vec<String>)>, AppError> {
    use sea_orm::sea_query::Query;
    use sea_orm::QuerySelect;
    let accepted = Query::select()
        .column(submission::Column::Id)
        .from(submission::Entity)
        .and_where(submission::Column::FormId.eq(form.id))
        .and_where(submission::Column::Status.eq(SubmissionStatus::Accepted.key()))
        .to_owned();
    // Paged in SQL: a page of a million-row dataset reads that page, not the million.
    let mut rows = submission_row::Entity::find()
        .filter(submission_row::Column::SubmissionId.in_subquery(accepted))
        .order_by_asc(submission_row::Column::SubmissionId)
        .order_by_asc(submission_row::Column::RowNumber);
    if let Some((offset, limit)) = page {
        rows = rows.offset(offset).limit(limit);
    }
    let rows = rows.all(db).await?;
    let owner_ids: std::collections::BTreeSet<i32> = rows.iter().map(|row| row.submission_id).collect();
    let mut owners = std::collections::HashMap::new();
    for chunk in owner_ids.into_iter().collect::<Vec<_>>().chunks(500) {
        for owner in submission::Entity::find().filter(submission::Column::Id.is_in(chunk.to_vec())).all(db).await? {
            owners.insert(owner.id, owner);
        }
    }
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let owner = owners.get(&row.submission_id)?;
            let cells: Vec<String> = serde_json::from_str(&row.cells).unwrap_or_default();
            Some((owner.reviewed_at.unwrap_or(owner.created_at), owner.latitude.zip(owner.longitude), cells))
        })
        .collect())
}

/// How many rows a form's dataset has.
pub async fn accepted_row_count(db: &impl ConnectionTrait, form_id: i32) -> Result<u64, AppError> {
    let accepted = submission::Entity::find()
        .filter(submission::Column::FormId.eq(form_id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Accepted.key()))
        .all(db)
        .await?;
    Ok(accepted.iter().map(|s| s.row_count.max(0) as u64).sum())
}

/// When a form's dataset last changed: its latest acceptance.
pub async fn last_accepted(db: &impl ConnectionTrait, form_id: i32) -> Result<Option<chrono::DateTime<Utc>>, AppError> {
    Ok(submission::Entity::find()
        .filter(submission::Column::FormId.eq(form_id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Accepted.key()))
        .order_by_desc(submission::Column::ReviewedAt)
        .one(db)
        .await?
        .and_then(|s| s.reviewed_at))
}

/// A CSV file people can fill in: the header row of the form's columns.
pub fn template_csv(fields: &[FieldSpec]) -> String {
    let header: Vec<String> = fields.iter().map(|f| crate::core::csv::field(&f.key)).collect();
    format!("{}\r\n", header.join(","))
}

/// A form as staff edit it.
#[derive(Clone, Debug, Default)]
pub struct FormEdit {
    pub original: Option<String>,
    pub slug: String,
    pub title: [String; 3],
    pub description: [String; 3],
    /// One field per line (`rules::parse_fields`).
    pub fields: String,
    pub with_location: bool,
    pub with_photo: bool,
    pub open: bool,
}

/// Creates or changes a form (data stewards and administrators). Once a form holds
/// submissions its fields' keys and kinds stay as they are (rows are stored by position);
/// labels, units, ranges and the rest may change.
pub async fn save_form(db: &DatabaseConnection, person: &SessionUser, edit: &FormEdit) -> Result<String, AppError> {
    use crate::participation::editor::{slug_ok, three};
    use crate::services::entity::service::TextJson;
    use submission_form::FieldsJson;
    if !reviews(person) {
        return Err(AppError::Forbidden);
    }
    let mut errors = Vec::new();
    let slug = edit.slug.trim().to_owned();
    if !slug_ok(&slug) {
        errors.push(FieldError::new("slug", Msg::ValSlug));
    }
    let title = three(&edit.title, "title_et", 200, &mut errors);
    let description = three(&edit.description, "description_et", 2000, &mut errors);
    let fields = match super::rules::parse_fields(&edit.fields) {
        Ok(fields) if fields.is_empty() => {
            errors.push(FieldError::new("fields", Msg::ValFieldsNone));
            Vec::new()
        }
        Ok(fields) => fields,
        Err(line) => {
            errors.push(FieldError::new("fields", Msg::ValFieldsLine).with_param("line", line));
            Vec::new()
        }
    };
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = begin_write(db).await?;
    let existing = match &edit.original {
        Some(original) => Some(form_by_slug(&txn, original).await?),
        None => None,
    };
    if let Some(taken) = submission_form::Entity::find().filter(submission_form::Column::Slug.eq(slug.as_str())).one(&txn).await? {
        if Some(taken.id) != existing.as_ref().map(|e| e.id) {
            return Err(AppError::field("slug", Msg::ValSlugTaken));
        }
    }
    if let Some(old) = &existing {
        let shape = |list: &[FieldSpec]| list.iter().map(|f| (f.key.clone(), f.kind)).collect::<Vec<_>>();
        let used = submission::Entity::find().filter(submission::Column::FormId.eq(old.id)).count(&txn).await? > 0;
        if used && shape(&old.fields.0) != shape(&fields) {
            return Err(AppError::field("fields", Msg::ValFieldsLocked));
        }
    }
    let mut active: submission_form::ActiveModel = match existing {
        Some(old) => old.into(),
        None => <submission_form::ActiveModel as Default>::default(),
    };
    active.slug = Set(slug.clone());
    active.title = Set(TextJson(title));
    active.description = Set(TextJson(description));
    active.fields = Set(FieldsJson(fields));
    active.with_location = Set(edit.with_location);
    active.with_photo = Set(edit.with_photo);
    active.open = Set(edit.open);
    active.updated_at = Set(crate::core::clock::now());
    if edit.original.is_some() {
        active.update(&txn).await?;
    } else {
        active.insert(&txn).await?;
    }
    txn.commit().await?;
    tracing::info!(staff = person.id, form = slug, "submission form saved");
    Ok(slug)
}

/// Every form with how many submissions it holds, for the stewards' list.
pub async fn forms_overview(db: &DatabaseConnection, person: &SessionUser) -> Result<Vec<(submission_form::Model, u64)>, AppError> {
    if !reviews(person) {
        return Err(AppError::Forbidden);
    }
    let mut out = Vec::new();
    for form in all_forms(db).await? {
        let count = submission::Entity::find().filter(submission::Column::FormId.eq(form.id)).filter(submission::Column::Status.ne(SubmissionStatus::Draft.key())).count(db).await?;
        out.push((form, count));
    }
    Ok(out)
}

/// Whether a form's fields are locked (it holds submissions).
pub async fn fields_locked(db: &DatabaseConnection, form_id: i32) -> Result<bool, AppError> {
    Ok(submission::Entity::find().filter(submission::Column::FormId.eq(form_id)).count(db).await? > 0)
}
