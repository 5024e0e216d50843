//! Sends the outbox over SMTP in the background. Every message is first saved in the
//! outbox, in the same transaction as what caused it; this job takes due messages, sends
//! each, and marks it sent. When the mail server is down the message stays, and is tried
//! again later with a growing wait (`app::notifications::delivery`): nothing is lost.
//!
//! Several app servers may run this job against one PostgreSQL: a message is *claimed*
//! with a conditional update (a lease) before sending, so only one of them sends it.

use std::time::Duration;

use app::notifications::delivery::next_attempt;
use app::notifications::entity::outbox;
use chrono::Utc;
use lettre::message::{header::ContentType, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::config::{SmtpConfig, SmtpTls};

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// How often and how patiently the job works. The defaults suit production; tests shorten them.
#[derive(Clone, Debug)]
pub struct DeliverySettings {
    /// Pause between passes over the outbox.
    pub every: Duration,
    /// The first wait after a failure; it doubles with each further failure, up to an hour.
    pub retry_base: chrono::Duration,
    /// How long a claimed message is left to its sender before another may take it.
    pub lease: chrono::Duration,
    /// Messages per pass.
    pub batch: u64,
}

impl Default for DeliverySettings {
    fn default() -> Self {
        DeliverySettings { every: Duration::from_secs(10), retry_base: chrono::Duration::seconds(30), lease: chrono::Duration::minutes(2), batch: 50 }
    }
}

impl Mailer {
    pub fn new(smtp: &SmtpConfig, from: &str) -> Result<Mailer, String> {
        let from: Mailbox = from.parse().map_err(|err| format!("SMTP_FROM is not an address: {err}"))?;
        let builder = match smtp.tls {
            SmtpTls::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host).map_err(|err| format!("SMTP_HOST: {err}"))?,
            SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host).map_err(|err| format!("SMTP_HOST: {err}"))?,
            SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
        };
        let mut builder = builder.port(smtp.port).timeout(Some(Duration::from_secs(20)));
        if let (Some(username), Some(password)) = (&smtp.username, &smtp.password) {
            builder = builder.credentials(Credentials::new(username.clone(), password.clone()));
        }
        Ok(Mailer { transport: builder.build(), from })
    }

    async fn send(&self, message: &outbox::Model) -> Result<(), String> {
        let to: Mailbox = message.to_email.parse().map_err(|err| format!("not an address: {err}"))?;
        let email = Message::builder()
            .from(self.from.clone())
            .to(to)
            // The outbox row's number: a receiver can tell a message it already has.
            .message_id(Some(format!("<outbox-{}@raekoda>", message.id)))
            .subject(message.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(message.body.clone())
            .map_err(|err| err.to_string())?;
        self.transport.send(email).await.map(|_| ()).map_err(|err| err.to_string())
    }
}

/// One pass over the outbox: claims the due messages, sends each, and marks it sent or
/// schedules its next try. Returns how many were sent and how many failed.
pub async fn deliver_due(db: &DatabaseConnection, mailer: &Mailer, settings: &DeliverySettings) -> Result<(usize, usize), DbErr> {
    let now = app::core::clock::now();
    let due = outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .filter(Condition::any().add(outbox::Column::NextAttemptAt.is_null()).add(outbox::Column::NextAttemptAt.lte(now)))
        .filter(Condition::any().add(outbox::Column::ClaimedUntil.is_null()).add(outbox::Column::ClaimedUntil.lt(now)))
        .order_by_asc(outbox::Column::Id)
        .limit(settings.batch)
        .all(db)
        .await?;
    let (mut sent, mut failed) = (0, 0);
    for message in due {
        // Claim it: only one sender wins the conditional update.
        let claimed = outbox::Entity::update_many()
            .col_expr(outbox::Column::ClaimedUntil, Expr::value(Some(now + settings.lease)))
            .filter(outbox::Column::Id.eq(message.id))
            .filter(outbox::Column::SentAt.is_null())
            .filter(Condition::any().add(outbox::Column::ClaimedUntil.is_null()).add(outbox::Column::ClaimedUntil.lt(now)))
            .exec(db)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        match mailer.send(&message).await {
            Ok(()) => {
                outbox::Entity::update_many()
                    .col_expr(outbox::Column::SentAt, Expr::value(Some(app::core::clock::now())))
                    .col_expr(outbox::Column::ClaimedUntil, Expr::value(Option::<chrono::DateTime<Utc>>::None))
                    .col_expr(outbox::Column::LastError, Expr::value(Option::<String>::None))
                    .filter(outbox::Column::Id.eq(message.id))
                    .exec(db)
                    .await?;
                sent += 1;
            }
            Err(error) => {
                let failures = message.attempts + 1;
                tracing::warn!(id = message.id, failures, %error, "could not send a message; it stays in the outbox");
                outbox::Entity::update_many()
                    .col_expr(outbox::Column::Attempts, Expr::col(outbox::Column::Attempts).add(1))
                    .col_expr(outbox::Column::NextAttemptAt, Expr::value(Some(next_attempt(app::core::clock::now(), failures, settings.retry_base))))
                    .col_expr(outbox::Column::ClaimedUntil, Expr::value(Option::<chrono::DateTime<Utc>>::None))
                    .col_expr(outbox::Column::LastError, Expr::value(Some(error.chars().take(500).collect::<String>())))
                    .filter(outbox::Column::Id.eq(message.id))
                    .exec(db)
                    .await?;
                failed += 1;
            }
        }
    }
    Ok((sent, failed))
}

/// Runs `deliver_due` for as long as the server runs.
pub fn spawn(db: DatabaseConnection, mailer: Mailer, settings: DeliverySettings) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match deliver_due(&db, &mailer, &settings).await {
                Ok((0, 0)) => {}
                Ok((sent, failed)) => tracing::info!(sent, failed, "outbox pass"),
                Err(err) => tracing::warn!(error = %err, "could not read the outbox"),
            }
            tokio::time::sleep(settings.every).await;
        }
    })
}
