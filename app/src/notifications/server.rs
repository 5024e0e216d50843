//! Server only: queueing messages in the outbox, inside the caller's transaction, so a
//! status change and its message are saved together or not at all.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

use super::entity::outbox;
use crate::error::AppError;

pub async fn queue(db: &impl ConnectionTrait, to_email: &str, subject: &str, body: &str) -> Result<(), AppError> {
    outbox::ActiveModel {
        to_email: Set(to_email.to_owned()),
        subject: Set(subject.to_owned()),
        body: Set(body.to_owned()),
        created_at: Set(Utc::now()),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
