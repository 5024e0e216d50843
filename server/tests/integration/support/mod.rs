//! A fresh Raekoda per test, on SQLite or PostgreSQL, called through the real router.
//!
//! SQLite tests get a private in-memory database. PostgreSQL tests get a new database on
//! the server named by `TEST_DATABASE_URL` (`make test` starts one on a loopback port);
//! without it they are skipped with a message, unless `REQUIRE_POSTGRES=1`, when they fail.

#![allow(dead_code)]

pub mod code;
pub mod process;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::sync::atomic::{AtomicUsize, Ordering};

use server::state::open_database as connect_and_migrate;
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
    /// The database's URL, for a server process started on it (`support::process`).
    pub url: String,
    /// Last field: dropped after the pool, removes the database.
    _cleanup: Cleanup,
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
    router_with(db, AppSettings::at(ORIGIN))
}

/// The router as a deployment with these settings (an https public URL, say) serves it.
pub fn router_with(db: DatabaseConnection, settings: AppSettings) -> Router {
    let services = AppServices { db, settings: Arc::new(settings), sessions: app::accounts::server::session_lookup };
    server::build_router(options(), services)
}

/// What a test starts from: the schema alone, or the schema with the Tartu demo data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Start {
    Empty,
    Demo,
}

/// Names this process's databases carry, so a later run can tell leftovers from live ones.
fn tag() -> String {
    format!("raekoda_t{}", std::process::id())
}

/// Runs `work` on a runtime of its own, on a thread of its own: templates are made once
/// for every test, and each test has its own runtime that may be gone by the next test.
fn on_own_runtime<T: Send + 'static>(work: impl std::future::Future<Output = T> + Send + 'static) -> T {
    std::thread::spawn(move || tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(work))
        .join()
        .expect("template thread")
}

/// Migrating and seeding cost seconds (500 services, seven password hashes): do each once
/// per process into a template, and give every test a copy.
fn sqlite_template(start: Start) -> &'static std::path::Path {
    static EMPTY: OnceLock<PathBuf> = OnceLock::new();
    static DEMO: OnceLock<PathBuf> = OnceLock::new();
    let cell = if start == Start::Empty { &EMPTY } else { &DEMO };
    cell.get_or_init(|| {
        remove_leftover_sqlite_files();
        let path = std::env::temp_dir().join(format!("{}_template_{start:?}.db", tag()));
        let _ = std::fs::remove_file(&path);
        let url = format!("sqlite://{}?mode=rwc", path.display());
        on_own_runtime(async move {
            let db = connect_and_migrate(&url).await.expect("migrate the SQLite template");
            if start == Start::Demo {
                app::seed::seed_demo(&db).await.expect("seed the SQLite template");
            }
            // Everything into the main file, so a plain copy of it is the whole database.
            db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)").await.expect("checkpoint");
            db.close().await.expect("close the template");
        });
        path
    })
}

/// Files of test processes that are gone (a test that panicked never cleaned up).
fn remove_leftover_sqlite_files() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(pid) = leftover_pid(&name) {
            if !std::path::Path::new(&format!("/proc/{pid}")).exists() {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// The process id in a name made by `tag()`, when it is one.
fn leftover_pid(name: &str) -> Option<u32> {
    let rest = name.strip_prefix("raekoda_t")?;
    rest.split('_').next()?.parse().ok()
}

fn postgres_server_url() -> Option<String> {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(url) => Some(url),
        Err(_) if std::env::var("REQUIRE_POSTGRES").is_ok_and(|v| v == "1") => panic!("REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set"),
        Err(_) => None,
    }
}

fn postgres_url(server_url: &str, name: &str) -> String {
    let (base, _) = server_url.rsplit_once('/').expect("TEST_DATABASE_URL ends with /database");
    format!("{base}/{name}")
}

/// The PostgreSQL template, migrated (and seeded) once; tests get `CREATE DATABASE … TEMPLATE`.
fn postgres_template(server_url: &str, start: Start) -> &'static str {
    static EMPTY: OnceLock<String> = OnceLock::new();
    static DEMO: OnceLock<String> = OnceLock::new();
    let cell = if start == Start::Empty { &EMPTY } else { &DEMO };
    cell.get_or_init(|| {
        let server_url = server_url.to_owned();
        let name = format!("{}_template_{}", tag(), format!("{start:?}").to_lowercase());
        on_own_runtime(async move {
            let admin = Database::connect(&server_url).await.expect("connect to TEST_DATABASE_URL");
            drop_leftover_postgres_databases(&admin).await;
            admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}")).await.expect("drop an old template");
            admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.expect("create the template");
            let db = connect_and_migrate(&postgres_url(&server_url, &name)).await.expect("migrate the PostgreSQL template");
            if start == Start::Demo {
                app::seed::seed_demo(&db).await.expect("seed the PostgreSQL template");
            }
            // A template may have no other connection while it is copied.
            db.close().await.expect("close the template");
            admin.close().await.expect("close");
            name
        })
    })
}

/// Databases of test processes that are gone.
async fn drop_leftover_postgres_databases(admin: &DatabaseConnection) {
    use sea_orm::{Statement, DatabaseBackend};
    let rows = admin
        .query_all_raw(Statement::from_string(DatabaseBackend::Postgres, "SELECT datname FROM pg_database WHERE datname LIKE 'raekoda_t%'"))
        .await
        .expect("list databases");
    for row in rows {
        let name: String = row.try_get("", "datname").expect("datname");
        if let Some(pid) = leftover_pid(&name) {
            if !std::path::Path::new(&format!("/proc/{pid}")).exists() {
                let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
            }
        }
    }
}

/// What a test's database is, so that it can be removed when the test ends.
enum Owned {
    SqliteFile(PathBuf),
    PostgresDatabase { server_url: String, name: String },
}

/// Removes a test's database when its `TestApp` goes, pass or fail.
pub struct Cleanup(Option<Owned>);

impl Drop for Cleanup {
    fn drop(&mut self) {
        match self.0.take() {
            Some(Owned::SqliteFile(path)) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Some(Owned::PostgresDatabase { server_url, name }) => on_own_runtime(async move {
                if let Ok(admin) = Database::connect(&server_url).await {
                    // FORCE: the test's own pool may still hold connections.
                    let _ = admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
                    let _ = admin.close().await;
                }
            }),
            None => {}
        }
    }
}

impl TestApp {
    /// SQLite in a file of its own with a real connection pool, so concurrent writers
    /// really race (an in-memory database has one connection, where everything queues).
    pub async fn sqlite() -> TestApp {
        TestApp::sqlite_from(Start::Empty).await
    }

    /// The same as `sqlite()`: every SQLite test database is a file now.
    pub async fn sqlite_file() -> TestApp {
        TestApp::sqlite_from(Start::Empty).await
    }

    async fn sqlite_from(start: Start) -> TestApp {
        let template = sqlite_template(start);
        let path = std::env::temp_dir().join(format!("{}_{}.db", tag(), DATABASE_COUNTER.fetch_add(1, Ordering::SeqCst)));
        std::fs::copy(template, &path).expect("copy the SQLite template");
        let cleanup = Cleanup(Some(Owned::SqliteFile(path.clone())));
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let db = connect_and_migrate(&url).await.expect("open the SQLite copy");
        TestApp { router: router_for(db.clone()), db, backend: Backend::Sqlite, url, _cleanup: cleanup }
    }

    /// `None` (with a note) when no PostgreSQL server is configured and none is required.
    pub async fn postgres() -> Option<TestApp> {
        TestApp::postgres_from(Start::Empty).await
    }

    async fn postgres_from(start: Start) -> Option<TestApp> {
        let Some(server_url) = postgres_server_url() else {
            eprintln!("skipped on PostgreSQL: TEST_DATABASE_URL is not set (make test sets it)");
            return None;
        };
        let template = postgres_template(&server_url, start);
        let name = format!("{}_{}", tag(), DATABASE_COUNTER.fetch_add(1, Ordering::SeqCst));
        let admin = Database::connect(&server_url).await.expect("connect to TEST_DATABASE_URL");
        // Copies of one template are made one at a time: PostgreSQL refuses a copy while
        // another session is connected to the template, which a parallel copy briefly is.
        {
            static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
            let _turn = ONE_AT_A_TIME.lock().await;
            admin.execute_unprepared(&format!("CREATE DATABASE {name} TEMPLATE {template}")).await.expect("copy the template");
        }
        admin.close().await.expect("close");
        let cleanup = Cleanup(Some(Owned::PostgresDatabase { server_url: server_url.clone(), name: name.clone() }));
        let url = postgres_url(&server_url, &name);
        let db = connect_and_migrate(&url).await.expect("open the PostgreSQL copy");
        Some(TestApp { router: router_for(db.clone()), db, backend: Backend::Postgres, url, _cleanup: cleanup })
    }

    /// A second app server (its own router) on this one's database, as behind a load balancer.
    pub fn second_server(&self) -> TestApp {
        TestApp { router: router_for(self.db.clone()), db: self.db.clone(), backend: self.backend, url: self.url.clone(), _cleanup: Cleanup(None) }
    }

    /// A fresh database with the Tartu demo data on the same backend, in place of this one.
    pub async fn with_demo(self) -> TestApp {
        match self.backend {
            Backend::Sqlite => TestApp::sqlite_from(Start::Demo).await,
            Backend::Postgres => TestApp::postgres_from(Start::Demo).await.expect("PostgreSQL was there a moment ago"),
        }
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

    /// Signs in as one of the demo accounts (`with_demo()`), with the demo password.
    pub async fn log_in_demo(&self, email: &str) -> String {
        let reply = self.call("/api/accounts/log_in", &[("email", email), ("password", app::seed::DEMO_PASSWORD)], &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "log in as {email}: {}", reply.body);
        reply.cookie("raekoda_session").expect("a session cookie")
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

/// One plain HTTP/1.1 POST over a new TCP connection to a server that must answer; gives
/// status and body (after the session cookie, when the answer sets one).
pub async fn http_post(addr: &str, path: &str, form: &[(&str, &str)], cookie: &str) -> (u16, String) {
    process::post(addr, path, form, cookie).await.unwrap_or_else(|| panic!("{path}: the server at {addr} gave no whole answer"))
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
