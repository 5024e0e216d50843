//! Rate limits: one mechanism for every write and the costly reads, per client address and
//! per account (issue 14). Without them one client could sign up thousands of accounts,
//! e-mail a comment's author with every reply, or spend the server's CPU on searches.
//!
//! A limit is a number of requests in a fixed window (say 10 per hour). The counts live in
//! this process: with several app servers each counts for itself, so a client may make up
//! to N times as many in all; the login lockout, which must hold across servers, is in the
//! database (`accounts::server::verify_login`). The client's address is the connection's,
//! or with a trusted proxy (`RAEKODA_TRUSTED_PROXIES`) the one it forwarded
//! (`core::request::client_address`). Refused: 429 with `Retry-After`, and words in the
//! person's language; a script gets `{"RateLimited": seconds}`.
//!
//! The numbers are in [`RULES`]; `RAEKODA_RATE_LIMIT_SCALE` multiplies them all (the
//! browser tests, which come from one address, run with 1000). Both are documented in
//! `server/src/config.rs`.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use app::core::i18n::Locale;
use app::core::request::RequestContext;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// At most `max` requests per `seconds`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub max: u32,
    pub seconds: u64,
}

const fn per(max: u32, seconds: u64) -> Option<Limit> {
    Some(Limit { max, seconds })
}

const MINUTE: u64 = 60;
const HOUR: u64 = 60 * MINUTE;

/// What a group of requests may cost, per client address and per signed-in account.
#[derive(Debug)]
pub struct Rule {
    pub name: &'static str,
    pub per_address: Option<Limit>,
    pub per_account: Option<Limit>,
}

/// The limits, by what the request does. A request matches the first rule whose test it
/// passes; every other write (any POST) falls under `write`, so a new server function is
/// limited without anyone remembering to.
pub const RULES: &[Rule] = &[
    Rule { name: "sign-up", per_address: per(10, HOUR), per_account: None },
    // Each sends an e-mail (a reset link, a verification link): a person's own are also
    // limited in the database (`accounts::rules::wait_before_next_link`).
    Rule { name: "account-link", per_address: per(20, HOUR), per_account: per(10, HOUR) },
    // Guessing many addresses' passwords from one place (each address also locks itself).
    Rule { name: "log-in", per_address: per(30, 15 * MINUTE), per_account: None },
    // Each comment or reply may e-mail its parent's author.
    Rule { name: "comment", per_address: per(60, 10 * MINUTE), per_account: per(20, 10 * MINUTE) },
    Rule { name: "report", per_address: per(60, HOUR), per_account: per(30, HOUR) },
    Rule { name: "idea", per_address: per(30, HOUR), per_account: per(10, HOUR) },
    Rule { name: "support", per_address: per(300, HOUR), per_account: per(120, HOUR) },
    // Per address generously: a whole office may book from behind one address.
    Rule { name: "booking", per_address: per(600, HOUR), per_account: per(60, HOUR) },
    Rule { name: "submission", per_address: per(60, HOUR), per_account: per(30, HOUR) },
    Rule { name: "feedback", per_address: per(20, HOUR), per_account: None },
    // Reads that cost: the open-data API, searching services and rooms.
    Rule { name: "read-api", per_address: per(600, MINUTE), per_account: None },
    Rule { name: "search", per_address: per(120, MINUTE), per_account: None },
    // Every other POST. Generous: the booking form's live quote asks while one types.
    Rule { name: "write", per_address: per(600, MINUTE), per_account: per(300, MINUTE) },
];

/// The rule a request falls under, if any (plain page reads have none).
pub fn rule_for(method: &Method, path: &str, query: Option<&str>) -> Option<&'static Rule> {
    let named = |name: &str| RULES.iter().find(|rule| rule.name == name);
    let has = |key: &str| query.is_some_and(|q| q.split('&').any(|pair| pair.split_once('=').is_some_and(|(k, v)| k == key && !v.is_empty())));
    if *method == Method::GET || *method == Method::HEAD {
        return if path.starts_with("/api/v1/") {
            named("read-api")
        } else if (path == "/services" && has("q")) || (path == "/rooms" && has("date")) {
            named("search")
        } else {
            None
        };
    }
    if *method != Method::POST {
        return None;
    }
    let name = match path {
        "/api/accounts/sign_up" => "sign-up",
        "/api/accounts/log_in" | "/api/accounts/reset_password" | "/api/accounts/change_password" => "log-in",
        "/api/accounts/forgot_password" | "/api/accounts/resend_verification" => "account-link",
        "/api/consultations/comment" | "/api/consultations/comment/edit" => "comment",
        "/api/consultations/comment/report" | "/api/ideas/report" => "report",
        "/api/ideas/submit" => "idea",
        "/api/ideas/support" | "/api/consultations/support" => "support",
        "/api/rooms/request_booking" | "/api/admin/bookings/new" => "booking",
        "/api/services/feedback" => "feedback",
        _ if path.starts_with("/data-submission/") => "submission",
        _ => "write",
    };
    named(name)
}

/// Who a count is kept for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Who {
    Address(IpAddr),
    Account(i32),
}

#[derive(Clone, Copy, Debug)]
struct Window {
    started: Instant,
    count: u32,
}

/// Counts fixed windows, per rule and client. Cheap to clone (shared).
#[derive(Clone)]
pub struct RateLimiter {
    scale: u32,
    windows: Arc<Mutex<HashMap<(&'static str, Who), Window>>>,
}

/// Windows kept before the expired ones are swept out (memory stays bounded).
const SWEEP_ABOVE: usize = 100_000;

impl RateLimiter {
    /// `scale` multiplies every limit (1 in production).
    pub fn new(scale: u32) -> Self {
        RateLimiter { scale: scale.max(1), windows: Arc::default() }
    }

    /// Counts one request; `Err(seconds)` until the window ends, when it is over the limit.
    /// Counts the address and the account together: a refused one counts for neither.
    fn hit(&self, rule: &'static Rule, address: Option<IpAddr>, account: Option<i32>, now: Instant) -> Result<(), u64> {
        let mut windows = self.windows.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if windows.len() > SWEEP_ABOVE {
            windows.retain(|_, window| now.duration_since(window.started) < Duration::from_secs(24 * HOUR));
        }
        let checks: Vec<(Who, Limit)> = [address.map(Who::Address).zip(rule.per_address), account.map(Who::Account).zip(rule.per_account)].into_iter().flatten().collect();
        for (who, limit) in &checks {
            if let Some(window) = windows.get(&(rule.name, *who)) {
                let elapsed = now.duration_since(window.started).as_secs();
                if elapsed < limit.seconds && window.count >= limit.max.saturating_mul(self.scale) {
                    return Err((limit.seconds - elapsed).max(1));
                }
            }
        }
        for (who, limit) in checks {
            let window = windows.entry((rule.name, who)).or_insert(Window { started: now, count: 0 });
            if now.duration_since(window.started).as_secs() >= limit.seconds {
                *window = Window { started: now, count: 0 };
            }
            window.count += 1;
        }
        Ok(())
    }
}

/// Middleware (inside `attach_request_context`, which knows the person and the address).
pub async fn enforce_rate_limits(State(limiter): State<RateLimiter>, req: Request, next: Next) -> Response {
    let Some(rule) = rule_for(req.method(), req.uri().path(), req.uri().query()) else {
        return next.run(req).await;
    };
    let context = req.extensions().get::<RequestContext>();
    let (address, account) = (context.and_then(|c| c.client_ip), context.and_then(|c| c.boot.user.as_ref().map(|u| u.id)));
    match limiter.hit(rule, address, account, Instant::now()) {
        Ok(()) => next.run(req).await,
        Err(seconds) => {
            let locale = context.map(|c| c.boot.locale).unwrap_or_default();
            let for_a_script = context.is_some_and(|c| !c.accepts_html);
            tracing::warn!(rule = rule.name, ?address, ?account, seconds, "rate limited");
            too_many(locale, seconds, for_a_script)
        }
    }
}

fn too_many(locale: Locale, seconds: u64, for_a_script: bool) -> Response {
    let retry = [(header::RETRY_AFTER, HeaderValue::from(seconds))];
    if for_a_script {
        return (StatusCode::TOO_MANY_REQUESTS, retry, [(header::CONTENT_TYPE, "application/json")], format!("{{\"RateLimited\":{seconds}}}")).into_response();
    }
    let minutes = seconds.div_ceil(60);
    let (title, text, back) = match locale {
        Locale::Et => ("Liiga palju päringuid", format!("Sinult on viimasel ajal tulnud liiga palju päringuid. Proovi uuesti {minutes} minuti pärast."), "Tagasi avalehele"),
        Locale::En => ("Too many requests", format!("Too many requests have come from you lately. Please try again in {minutes} minutes."), "Back to the front page"),
        Locale::Ru => ("Слишком много запросов", format!("От вас недавно пришло слишком много запросов. Попробуйте снова через {minutes} мин."), "На главную страницу"),
    };
    let page = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} – Raekoda</title><link rel=\"stylesheet\" href=\"/pkg/raekoda.css\"></head>\
         <body><main class=\"container page\"><h1>{title}</h1><p>{text}</p><p><a href=\"/\">{back}</a></p></main></body></html>",
        locale.code()
    );
    (StatusCode::TOO_MANY_REQUESTS, retry, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIGN_UP: &Rule = &RULES[0];
    fn ip(last: u8) -> Option<IpAddr> {
        Some(IpAddr::from([192, 0, 2, last]))
    }

    #[test]
    fn every_write_falls_under_a_rule_and_page_reads_under_none() {
        assert_eq!(rule_for(&Method::POST, "/api/accounts/sign_up", None).map(|r| r.name), Some("sign-up"));
        assert_eq!(rule_for(&Method::POST, "/api/some/new-function", None).map(|r| r.name), Some("write"));
        assert_eq!(rule_for(&Method::POST, "/data-submission/hoone-energiatarve/upload", None).map(|r| r.name), Some("submission"));
        assert_eq!(rule_for(&Method::GET, "/api/v1/datasets", None).map(|r| r.name), Some("read-api"));
        assert_eq!(rule_for(&Method::GET, "/services", Some("q=lasteaed")).map(|r| r.name), Some("search"));
        assert_eq!(rule_for(&Method::GET, "/services", Some("q=")).map(|r| r.name), None, "the empty catalogue page is a page");
        assert_eq!(rule_for(&Method::GET, "/rooms/htg-auditoorium", None).map(|r| r.name), None);
    }

    #[test]
    fn a_limit_refuses_until_its_window_ends_and_counts_each_client_alone() {
        let limiter = RateLimiter::new(1);
        let start = Instant::now();
        for _ in 0..10 {
            assert_eq!(limiter.hit(SIGN_UP, ip(1), None, start), Ok(()));
        }
        assert_eq!(limiter.hit(SIGN_UP, ip(1), None, start + Duration::from_secs(600)), Err(3000), "the rest of the hour");
        assert_eq!(limiter.hit(SIGN_UP, ip(2), None, start), Ok(()), "another address has its own count");
        assert_eq!(limiter.hit(SIGN_UP, ip(1), None, start + Duration::from_secs(HOUR)), Ok(()), "a new window");
    }

    #[test]
    fn an_account_is_limited_from_any_address_and_a_refusal_is_not_counted() {
        let comment = RULES.iter().find(|r| r.name == "comment").unwrap();
        let limiter = RateLimiter::new(1);
        let now = Instant::now();
        for n in 0..20 {
            assert_eq!(limiter.hit(comment, ip(n), Some(7), now), Ok(()));
        }
        assert!(limiter.hit(comment, ip(99), Some(7), now).is_err(), "21st comment of the account, from a new address");
        assert_eq!(limiter.hit(comment, ip(99), Some(8), now), Ok(()), "another account at that address still may");
        assert_eq!(RateLimiter::new(1000).hit(comment, None, Some(7), now), Ok(()));
    }

    #[test]
    fn a_scale_multiplies_every_limit() {
        let limiter = RateLimiter::new(3);
        let now = Instant::now();
        assert!((0..30).all(|_| limiter.hit(SIGN_UP, ip(1), None, now).is_ok()));
        assert!(limiter.hit(SIGN_UP, ip(1), None, now).is_err());
    }
}
