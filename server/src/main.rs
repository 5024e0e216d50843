//! Starts Raekoda: reads the configuration, opens the database, serves HTTP.

use std::net::SocketAddr;

use leptos::prelude::get_configuration;
use server::config::Config;
use server::{build_router, state};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();

    let leptos = match get_configuration(None) {
        Ok(conf) => conf.leptos_options,
        Err(err) => fail(&format!("cannot read the Leptos configuration: {err}")),
    };
    let addr = leptos.site_addr;
    let config = Config::from_env(&addr.to_string());
    // Before anything reads the time: a test run on another date moves the clock first.
    match &config.clock_start {
        Ok(None) => {}
        Ok(Some(start)) => {
            app::core::clock::start_at(*start);
            tracing::warn!(now = %start, "RAEKODA_NOW is set: the clock is moved (tests only)");
        }
        Err(text) => fail(&format!("RAEKODA_NOW is not an RFC 3339 time such as 2027-03-26T09:00:00+02:00: {text}")),
    }
    let services = match state::build_services(&config).await {
        Ok(services) => services,
        Err(err) => fail(&err),
    };
    spawn_expiry_sweep(services.db.clone());
    spawn_weekly_digests(services.db.clone(), config.public_url.clone());
    // Without SMTP_HOST messages wait in the outbox, where administrators can read them.
    match &config.smtp {
        Some(smtp) => match server::mail::Mailer::new(smtp, &config.mail_from) {
            Ok(mailer) => {
                let mut settings = server::mail::DeliverySettings::default();
                if let Some(seconds) = config.mail_every_seconds {
                    settings.every = std::time::Duration::from_secs(seconds);
                }
                server::mail::spawn(services.db.clone(), mailer, settings);
                tracing::info!(host = %smtp.host, port = smtp.port, "sending the outbox over SMTP");
            }
            Err(err) => fail(&err),
        },
        None => tracing::info!("no SMTP_HOST: messages stay in the outbox (/admin/outbox)"),
    }
    let app = build_router(leptos, services);

    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(listener) => listener,
        Err(err) => fail(&format!("cannot listen on {addr}: {err}")),
    };
    tracing::info!(%addr, public_url = %config.public_url, demo = config.demo, "Raekoda is listening");
    let served = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
    if let Err(err) = served {
        fail(&format!("server stopped: {err}"));
    }
}

/// Requests nobody decided before their time stop holding the room (the staff queue sweeps
/// too; this keeps calendars right when nobody opens it); expired sessions and old login
/// attempts are deleted.
fn spawn_expiry_sweep(db: sea_orm::DatabaseConnection) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            every.tick().await;
            match app::rooms::workflow::expire_stale(&db, app::core::clock::now()).await {
                Ok(0) => {}
                Ok(count) => tracing::info!(count, "expired undecided booking requests"),
                Err(_) => tracing::warn!("could not expire undecided booking requests"),
            }
            match app::data_submission::server::remove_unfinished(&db, app::core::clock::now()).await {
                Ok(0) => {}
                Ok(count) => tracing::info!(count, "removed data files whose storing was cut off"),
                Err(_) => tracing::warn!("could not remove unfinished data files"),
            }
            match app::accounts::server::purge_stale(&db, app::core::clock::now()).await {
                Ok((0, 0)) => {}
                Ok((sessions, attempts)) => tracing::info!(sessions, attempts, "purged expired sessions and old login attempts"),
                Err(_) => tracing::warn!("could not purge expired sessions"),
            }
        }
    });
}

/// Weekly digests go out on Monday mornings; every app server checks every ten minutes
/// and only one sends each digest (see `send_digests`). They go to the outbox, so they
/// wait there like any message when no mail server is configured.
fn spawn_weekly_digests(db: sea_orm::DatabaseConnection, public_url: String) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            every.tick().await;
            match app::notifications::server::send_digests(&db, &public_url, app::core::clock::now()).await {
                Ok(0) => {}
                Ok(count) => tracing::info!(count, "weekly digests queued"),
                Err(_) => tracing::warn!("could not send the weekly digests"),
            }
        }
    });
}

fn fail(message: &str) -> ! {
    tracing::error!("{message}");
    eprintln!("raekoda: {message}");
    std::process::exit(1);
}
