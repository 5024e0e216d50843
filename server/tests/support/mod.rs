//! A fresh Raekoda per test, on SQLite or PostgreSQL, called through the real router.
//!
//! SQLite tests get a private in-memory database. PostgreSQL tests get a new database on
//! the server named by `TEST_DATABASE_URL` (`make test` starts one on a loopback port);
//! without it they are skipped with a message, unless `REQUIRE_POSTGRES=1`, when they fail.

#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use app::core::database::connect_and_migrate;
use app::core::request::{AppServices, AppSettings};
use app::core::roles::Role;
use axum::Router;
use axum::body::Body;
use http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use tower::ServiceExt;

pub const ORIGIN: &str = "http://raekoda.localhost";
pub const HOST: &str = "raekoda.localhost";
pub const PASSWORD: &str = "pikk-test-parool-1";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub router: Router,
    pub db: DatabaseConnection,
    pub backend: Backend,
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: http::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// Every `Set-Cookie` value.
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok().map(str::to_owned)).collect()
    }

    /// `name=value` of the cookie `name` this reply sets, as a browser would send it back.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.set_cookies().into_iter().find_map(|c| {
            let pair = c.split(';').next()?.to_owned();
            pair.starts_with(&format!("{name}=")).then_some(pair)
        })
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", self.body))
    }
}

static DATABASE_COUNTER: AtomicUsize = AtomicUsize::new(0);

fn options() -> LeptosOptions {
    LeptosOptions::builder().output_name("raekoda").site_root("target/site").site_pkg_dir("pkg").build()
}

pub fn router_for(db: DatabaseConnection) -> Router {
    let services = AppServices {
        db,
        settings: Arc::new(AppSettings { secure_cookies: false, public_url: ORIGIN.to_owned() }),
    };
    server::build_router(options(), services)
}

impl TestApp {
    pub async fn sqlite() -> TestApp {
        let db = connect_and_migrate("sqlite::memory:").await.expect("migrate SQLite");
        TestApp { router: router_for(db.clone()), db, backend: Backend::Sqlite }
    }

    /// SQLite in a file with a real connection pool, for tests of concurrent writers
    /// (an in-memory database has one connection, so everything would queue anyway).
    pub async fn sqlite_file() -> TestApp {
        let path = std::env::temp_dir().join(format!(
            "raekoda-test-{}-{}.db",
            std::process::id(),
            DATABASE_COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_file(&path);
        let db = connect_and_migrate(&format!("sqlite://{}?mode=rwc", path.display())).await.expect("migrate SQLite file");
        TestApp { router: router_for(db.clone()), db, backend: Backend::Sqlite }
    }

    /// Serves the app over real HTTP on a loopback port; returns `host:port`.
    pub async fn serve(&self) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind a loopback port");
        let addr = listener.local_addr().unwrap();
        let router = self.router.clone();
        tokio::spawn(async move {
            axum::serve(listener, router).await.expect("serve");
        });
        addr.to_string()
    }

    /// `None` (with a note) when no PostgreSQL server is configured and none is required.
    pub async fn postgres() -> Option<TestApp> {
        let Ok(server_url) = std::env::var("TEST_DATABASE_URL") else {
            if std::env::var("REQUIRE_POSTGRES").is_ok_and(|v| v == "1") {
                panic!("REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set");
            }
            eprintln!("skipped on PostgreSQL: TEST_DATABASE_URL is not set (make test sets it)");
            return None;
        };
        let admin = Database::connect(&server_url).await.expect("connect to TEST_DATABASE_URL");
        let name = format!(
            "raekoda_test_{}_{}",
            std::process::id(),
            DATABASE_COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}")).await.expect("drop old test database");
        admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.expect("create test database");
        let (base, _) = server_url.rsplit_once('/').expect("TEST_DATABASE_URL ends with /database");
        let db = connect_and_migrate(&format!("{base}/{name}")).await.expect("migrate PostgreSQL");
        Some(TestApp { router: router_for(db.clone()), db, backend: Backend::Postgres })
    }

    /// One request through the router. A reply that takes longer than a minute fails the
    /// test naming the request, rather than leaving CI waiting until its time runs out.
    pub async fn send(&self, request: Request<Body>) -> Reply {
        let what = format!("{} {}", request.method(), request.uri());
        let answer = async {
            let response = self.router.clone().oneshot(request).await.expect("router answers");
            let status = response.status();
            let headers = response.headers().clone();
            let bytes = response.into_body().collect().await.expect("read body").to_bytes();
            Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
        };
        match tokio::time::timeout(std::time::Duration::from_secs(60), answer).await {
            Ok(reply) => reply,
            Err(_) => panic!("no reply within 60 s to {what}"),
        }
    }

    /// A page as a browser navigates to it.
    pub async fn get(&self, path: &str, cookies: &[&str]) -> Reply {
        let mut request = Request::get(path).header(header::HOST, HOST).header(header::ACCEPT, "text/html");
        if !cookies.is_empty() {
            request = request.header(header::COOKIE, cookies.join("; "));
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    /// A server function called by the browser with JavaScript (as `ActionForm` does).
    pub async fn call(&self, endpoint: &str, form: &[(&str, &str)], cookies: &[&str]) -> Reply {
        self.post(endpoint, form, cookies, "application/json", Some(ORIGIN)).await
    }

    /// The same form posted as plain HTML, without JavaScript, from `referer`.
    pub async fn post_plain(&self, endpoint: &str, form: &[(&str, &str)], cookies: &[&str], referer: &str) -> Reply {
        let mut request = self.request(endpoint, form, cookies, "text/html,application/xhtml+xml", Some(ORIGIN));
        request.headers_mut().insert(header::REFERER, format!("{ORIGIN}{referer}").parse().unwrap());
        self.send(request).await
    }

    pub async fn post(&self, endpoint: &str, form: &[(&str, &str)], cookies: &[&str], accept: &str, origin: Option<&str>) -> Reply {
        let request = self.request(endpoint, form, cookies, accept, origin);
        self.send(request).await
    }

    fn request(&self, endpoint: &str, form: &[(&str, &str)], cookies: &[&str], accept: &str, origin: Option<&str>) -> Request<Body> {
        let body = form
            .iter()
            .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut request = Request::post(endpoint)
            .header(header::HOST, HOST)
            .header(header::ACCEPT, accept)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(origin) = origin {
            request = request.header(header::ORIGIN, origin);
        }
        if !cookies.is_empty() {
            request = request.header(header::COOKIE, cookies.join("; "));
        }
        request.body(Body::from(body)).unwrap()
    }

    /// An account with the given extra roles; returns its e-mail.
    pub async fn with_user(&self, email: &str, roles: &[(Role, Option<i32>)]) -> String {
        app::accounts::server::ensure_account(&self.db, "Testi Inimene", email, PASSWORD, roles).await.expect("create account");
        email.to_owned()
    }

    /// Signs in and returns the session cookie as the browser sends it.
    pub async fn log_in(&self, email: &str) -> String {
        let reply = self.call("/api/accounts/log_in", &[("email", email), ("password", PASSWORD)], &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "log in as {email}: {}", reply.body);
        reply.cookie("raekoda_session").expect("a session cookie")
    }
}

pub fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            b' ' => "+".to_owned(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// Runs each test body once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! on_both_databases {
    ($( $(#[$meta:meta])* async fn $name:ident($app:ident) $body:block )*) => {$(
        $(#[$meta])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let $app = $crate::support::TestApp::sqlite().await;
                $body
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let Some($app) = $crate::support::TestApp::postgres().await else { return };
                $body
            }
        }
    )*};
}

/// One plain HTTP/1.1 POST over a new TCP connection; gives status and body.
pub async fn http_post(addr: &str, path: &str, form: &[(&str, &str)], cookie: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let body = form.iter().map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v))).collect::<Vec<_>>().join("&");
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {HOST}\r\nOrigin: {ORIGIN}\r\nCookie: {cookie}\r\nAccept: application/json\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.expect("read");
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text.split(' ').nth(1).and_then(|code| code.parse().ok()).unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map(|(_, body)| body.to_owned()).unwrap_or_default();
    (status, body)
}

/// A part of a multipart form: a text field, or a file with its name and bytes.
pub enum Part<'a> {
    Text(&'a str, &'a str),
    File(&'a str, &'a str, &'a [u8]),
}

impl TestApp {
    /// A multipart form posted as a plain HTML form (no JavaScript).
    pub async fn post_multipart(&self, endpoint: &str, parts: &[Part<'_>], cookies: &[&str]) -> Reply {
        const BOUNDARY: &str = "raekoda-test-boundary-7f3a";
        let mut body: Vec<u8> = Vec::new();
        for part in parts {
            body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
            match part {
                Part::Text(name, value) => {
                    body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes());
                }
                Part::File(name, file_name, bytes) => {
                    body.extend_from_slice(
                        format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
                    );
                    body.extend_from_slice(bytes);
                    body.extend_from_slice(b"\r\n");
                }
            }
        }
        body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
        let mut request = Request::post(endpoint)
            .header(header::HOST, HOST)
            .header(header::ACCEPT, "text/html,application/xhtml+xml")
            .header(header::ORIGIN, ORIGIN)
            .header(header::REFERER, format!("{ORIGIN}{endpoint}"))
            .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={BOUNDARY}"));
        if !cookies.is_empty() {
            request = request.header(header::COOKIE, cookies.join("; "));
        }
        self.send(request.body(Body::from(body)).unwrap()).await
    }

    /// How many rows `table` has.
    pub async fn count(&self, table: &str) -> i64 {
        use sea_orm::{ConnectionTrait, Statement};
        let row = self
            .db
            .query_one_raw(Statement::from_string(self.db.get_database_backend(), format!("SELECT COUNT(*) AS n FROM {table}")))
            .await
            .expect("count")
            .expect("a row");
        row.try_get::<i64>("", "n").expect("a count")
    }
}
