//! Building what the app shares across requests from the configuration.

use std::sync::Arc;

use app::core::database::connect_and_migrate;
use app::core::request::{AppServices, AppSettings};
use sea_orm::{DatabaseConnection, DbErr};

use crate::config::Config;

/// Connects, migrates and (with `RAEKODA_DEMO`) seeds; fails loudly if the database is
/// unusable, since nothing works without it.
pub async fn build_services(config: &Config) -> Result<AppServices, String> {
    let db = open_database(&config.database_url)
        .await
        .map_err(|err| format!("cannot open the database: {err}"))?;
    if config.demo {
        app::seed::seed_demo(&db).await.map_err(|err| format!("cannot load the demo data: {err:?}"))?;
    }
    let trusted_proxies = config.trusted_proxies.clone().map_err(|entry| format!("RAEKODA_TRUSTED_PROXIES: {entry} is not an IP address"))?;
    Ok(AppServices {
        db,
        settings: Arc::new(AppSettings {
            secure_cookies: config.secure_cookies(),
            public_url: config.public_url.clone(),
            trusted_proxies,
            rate_limit_scale: config.rate_limit_scale,
        }),
        sessions: app::accounts::server::session_lookup,
    })
}

/// The database with its schema up to date and what the features need before their first
/// page: the first proposal template.
pub async fn open_database(url: &str) -> Result<DatabaseConnection, DbErr> {
    let db = connect_and_migrate(url).await?;
    app::proposals::server::ensure_first_template(&db).await?;
    Ok(db)
}
