//! Every environment variable Raekoda reads, with its default. The README lists them too.
//!
//! | variable             | default                         | meaning                                              |
//! |----------------------|---------------------------------|------------------------------------------------------|
//! | `DATABASE_URL`       | `sqlite://raekoda.db?mode=rwc`  | SQLite file (embedded) or `postgres://…` (production) |
//! | `LEPTOS_SITE_ADDR`   | `127.0.0.1:3000`                | address and port to listen on                        |
//! | `RAEKODA_PUBLIC_URL` | `http://<LEPTOS_SITE_ADDR>`     | the address people use; `https://…` marks cookies `Secure` and is trusted as an `Origin` |
//! | `RAEKODA_DEMO`       | off                             | `1`/`true`: load the Tartu demo data and demo accounts |
//! | `SMTP_HOST`          | unset                           | mail server; unset keeps messages in the outbox (`/admin/outbox`) |
//! | `SMTP_PORT`          | `587`                           | mail server port                                     |
//! | `SMTP_USERNAME`, `SMTP_PASSWORD` | unset               | mail server login                                    |
//! | `SMTP_TLS`           | `starttls`                      | `starttls`, `tls` (port 465) or `none` (a local relay only) |
//! | `RAEKODA_MAIL_EVERY` | `10`                            | seconds between passes over the outbox               |
//! | `SMTP_FROM`          | `Raekoda <noreply@raekoda.test>` | sender of every message                             |
//! | `RAEKODA_MAP_TILES`  | OpenStreetMap's tile server     | map tile address template `…/{z}/{x}/{y}.png`; read by the page shell (`app::shell`); empty: no tiles |
//! | `RAEKODA_TRUSTED_PROXIES` | unset                      | comma-separated addresses of reverse proxies whose `X-Forwarded-For` names the client (for rate limits, login attempts, feedback); unset: the connection's address is the client's |
//! | `RAEKODA_RATE_LIMIT_SCALE` | `1`                       | multiplies every rate limit (`server/src/limits.rs`, `RULES`); the browser tests, all from one address, use `1000`. Keep 1 in production |
//! | `RUST_LOG`           | `info`                          | log filter (tracing-subscriber syntax)               |
//! | `RAEKODA_NOW`        | unset                           | **tests only**: an RFC 3339 instant (`2027-03-26T09:00:00+02:00`) the server's clock starts at and runs on from; every rule that reads "now" follows it. Never set it in production |
//!
//! cargo-leptos also sets `LEPTOS_SITE_ROOT`, `LEPTOS_SITE_PKG_DIR` and `LEPTOS_OUTPUT_NAME`
//! when it runs the server; a deployed binary reads them from the environment the same way.

use std::env;

#[derive(Clone, Debug)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub username: Option<String>,
    pub password: Option<String>,
    pub tls: SmtpTls,
}

/// How the connection to the mail server is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain connection upgraded with STARTTLS, which must succeed (port 587).
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: only for a relay on the same host or network (and the tests).
    None,
}

#[derive(Clone, Debug)]
pub struct Config {
    pub database_url: String,
    pub public_url: String,
    pub demo: bool,
    pub smtp: Option<SmtpConfig>,
    pub mail_from: String,
    /// Seconds between passes over the outbox (default 10).
    pub mail_every_seconds: Option<u64>,
    /// Reverse proxies whose `X-Forwarded-For` is believed; `Err` holds an unreadable entry.
    pub trusted_proxies: Result<Vec<std::net::IpAddr>, String>,
    /// Multiplies every rate limit (1 unless set).
    pub rate_limit_scale: u32,
    /// Test-only: where the server's clock starts (`RAEKODA_NOW`); `Err` holds the bad text.
    pub clock_start: Result<Option<chrono::DateTime<chrono::Utc>>, String>,
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://raekoda.db?mode=rwc";

fn flag(name: &str) -> bool {
    env::var(name).is_ok_and(|value| matches!(value.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes" | "on"))
}

fn non_empty(name: &str) -> Option<String> {
    env::var(name).ok().map(|value| value.trim().to_owned()).filter(|value| !value.is_empty())
}

impl Config {
    /// Reads the environment; `site_addr` is the listen address Leptos resolved.
    pub fn from_env(site_addr: &str) -> Config {
        Config {
            database_url: non_empty("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned()),
            public_url: non_empty("RAEKODA_PUBLIC_URL")
                .unwrap_or_else(|| format!("http://{site_addr}"))
                .trim_end_matches('/')
                .to_owned(),
            demo: flag("RAEKODA_DEMO"),
            smtp: non_empty("SMTP_HOST").map(|host| SmtpConfig {
                host,
                port: non_empty("SMTP_PORT").and_then(|port| port.parse().ok()).unwrap_or(587),
                username: non_empty("SMTP_USERNAME"),
                password: non_empty("SMTP_PASSWORD"),
                tls: match non_empty("SMTP_TLS").map(|v| v.to_ascii_lowercase()).as_deref() {
                    Some("tls") => SmtpTls::Tls,
                    Some("none") => SmtpTls::None,
                    _ => SmtpTls::StartTls,
                },
            }),
            mail_from: non_empty("SMTP_FROM").unwrap_or_else(|| "Raekoda <noreply@raekoda.test>".to_owned()),
            mail_every_seconds: non_empty("RAEKODA_MAIL_EVERY").and_then(|v| v.parse().ok()).filter(|s| *s > 0),
            trusted_proxies: non_empty("RAEKODA_TRUSTED_PROXIES")
                .map(|list| list.split(',').map(str::trim).filter(|a| !a.is_empty()).map(|a| a.parse().map_err(|_| a.to_owned())).collect())
                .unwrap_or(Ok(Vec::new())),
            rate_limit_scale: non_empty("RAEKODA_RATE_LIMIT_SCALE").and_then(|v| v.parse().ok()).filter(|s| *s > 0).unwrap_or(1),
            clock_start: match non_empty("RAEKODA_NOW") {
                None => Ok(None),
                Some(text) => chrono::DateTime::parse_from_rfc3339(&text)
                    .map(|start| Some(start.with_timezone(&chrono::Utc)))
                    .map_err(|_| text),
            },
        }
    }

    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}
