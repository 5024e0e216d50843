//! Requests generated from the code itself (issue 14), so a new server function, page or
//! query key is covered without anyone remembering to add it here:
//!
//! - **bad input**: thousands of malformed requests to every server function and every
//!   route that reads a path or a query, anonymously, as a citizen and as an
//!   administrator. No answer is a 5xx, none takes longer than 5 s, none shows internal
//!   text, a refused request writes no row, and the server is well afterwards.
//! - **the authorization matrix**: every staff server function, staff page and staff
//!   file refuses strangers (401, or a redirect to the login page) and citizens (403).
//!
//! The generator is seeded; the seed is printed and `RAEKODA_FUZZ_SEED=<seed>` repeats a
//! run exactly. `RAEKODA_FUZZ_REQUESTS` sets how many requests per database (10 000).

use std::time::Duration;

use axum::body::Body;
use http::{header, Method, Request, StatusCode};

use crate::support::code::{self, Arg, Kind, ServerFunction};
use crate::support::{Reply, TestApp, HOST, ORIGIN};

/// A small seeded generator (SplitMix64): the same seed, the same requests.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One of a list of words.
    fn one<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn seed() -> u64 {
    std::env::var("RAEKODA_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(14)
    })
}

fn requests_per_database() -> usize {
    std::env::var("RAEKODA_FUZZ_REQUESTS").ok().and_then(|s| s.parse().ok()).unwrap_or(10_000)
}

/// Values of the right type that an ordinary request might carry.
const ORDINARY_TEXT: &[&str] = &[
    "htg-auditoorium", "energy", "waste", "mobility", "x", "yes", "on", "standard", "approve", "reject",
    "weekly", "immediate", "consultation", "topic", "service", "room", "et", "en", "ru", "10:00", "11:00",
    "2027-01-15", "2027-W03", "2027-01", "Koosolek", "kodanik@raekoda.test", "1", "",
];
const ORDINARY_NUMBERS: &[&str] = &["1", "2", "3", "7", "12"];
/// Not numbers, or not ones that fit.
const NOT_NUMBERS: &[&str] = &[
    "twelve", "", "1.5", "1e400", "99999999999999999999999", "-", "0x1F", "NaN", "+-1", " 7", "١٢", "9223372036854775808",
];
const EXTREME_NUMBERS: &[&str] = &["2147483647", "-2147483648", "0", "-1", "-0"];
const NOT_BOOLS: &[&str] = &["maybe", "2", "", "TRUE ", "null"];
/// Dates and times no city means, and ones that do not exist.
const ABSURD_DATES: &[&str] = &[
    "-0002-06-01", "+99999-12-31", "262143-12-31", "2026-02-30", "1899-12-31", "2201-01-01", "0000-00-00", "2027-13-01",
    "9999-W99", "2027-W00", "-0002-W10", "2027-00", "99999-12", "24:61", "25:00", "10:00:00:00", "2027-01-15T10:00",
    "10:00-09:00", "1e9", "tomorrow",
];

/// Text that breaks careless code: sizes, control characters, markup, injections.
fn nasty_text(rng: &mut Rng) -> Vec<u8> {
    let pieces: &[&str] = &[
        "\u{0}", "\u{1}\u{7}\u{1b}[31m", "\r\nSet-Cookie: raekoda_session=x", "\u{202e}kodanik", "<script>alert(1)</script>",
        "'; DROP TABLE users; --", "../../../etc/passwd", "=HYPERLINK(\"https://evil.example\")", "x;=1+1", "\t-1",
        "🏛️👩‍👩‍👧‍👦", "Z̴̡̢a̶l̷g̸o̵", "     ", "%00", "{{7*7}}", "\\u0000", "null", "[]", "{}", "a\u{0}b",
    ];
    match rng.below(6) {
        // Huge: up to ~200 KB, well under the body limit, far over any field's.
        0 => "ä".repeat(1_000 + rng.below(100_000)).into_bytes(),
        1 => "x".repeat(256 + rng.below(10_000)).into_bytes(),
        2 => {
            let mut text = String::new();
            for _ in 0..1 + rng.below(4) {
                text.push_str(rng.one(pieces));
            }
            text.into_bytes()
        }
        // Not UTF-8: a lone continuation byte, an overlong slash, a surrogate half.
        3 => rng.pick(&[&b"\xff\xfe"[..], b"\xc0\xaf", b"\xed\xa0\x80", b"caf\xe9"]).to_vec(),
        _ => rng.one(pieces).as_bytes().to_vec(),
    }
}

fn looks_like_a_date(name: &str) -> bool {
    ["date", "week", "month", "until", "deadline", "from", "to", "start", "end", "day", "year", "time", "opens", "closes"]
        .iter()
        .any(|part| name == *part || name.contains(part))
}

/// `name=value` pairs an ordinary caller would send for `arg`.
fn ordinary(rng: &mut Rng, name: &str, kind: &Kind) -> Vec<(Vec<u8>, Vec<u8>)> {
    let pair = |key: String, value: &str| (key.into_bytes(), value.as_bytes().to_vec());
    match kind {
        Kind::Integer | Kind::Float => vec![pair(name.to_owned(), rng.one(ORDINARY_NUMBERS))],
        Kind::Bool => vec![pair(name.to_owned(), rng.one(&["true", "false"]))],
        Kind::Text => vec![pair(name.to_owned(), rng.one(ORDINARY_TEXT))],
        Kind::List => (0..rng.below(3)).map(|i| pair(format!("{name}[{i}]"), rng.one(ORDINARY_TEXT))).collect(),
        Kind::Map => vec![pair(format!("{name}[{}]", rng.one(ORDINARY_TEXT)), rng.one(ORDINARY_TEXT))],
        Kind::Struct(fields) => {
            let mut pairs = Vec::new();
            for field in fields {
                if !field.optional() || rng.chance(50) {
                    pairs.extend(ordinary(rng, &format!("{name}[{}]", field.name), &field.kind()));
                }
            }
            pairs
        }
    }
}

/// A value of the wrong type, or of the right type but absurd, for `arg`.
fn malformed(rng: &mut Rng, arg: &Arg) -> Vec<(Vec<u8>, Vec<u8>)> {
    let name = arg.name.clone();
    let value: Vec<u8> = match arg.kind() {
        Kind::Integer | Kind::Float if rng.chance(70) => rng.one(NOT_NUMBERS).as_bytes().to_vec(),
        Kind::Integer | Kind::Float => rng.one(EXTREME_NUMBERS).as_bytes().to_vec(),
        Kind::Bool => rng.one(NOT_BOOLS).as_bytes().to_vec(),
        Kind::Text if looks_like_a_date(&arg.name) && rng.chance(70) => rng.one(ABSURD_DATES).as_bytes().to_vec(),
        Kind::List | Kind::Map | Kind::Struct(_) if rng.chance(50) => {
            // A scalar where a list or struct belongs, or a list nested too deep.
            return vec![(if rng.chance(50) { name.clone() } else { format!("{name}[0][0][0]") }.into_bytes(), nasty_text(rng))];
        }
        Kind::Struct(fields) if !fields.is_empty() => {
            let field = rng.pick(&fields).clone();
            let mut pairs = ordinary(rng, &name, &Kind::Struct(fields));
            pairs.retain(|(key, _)| *key != format!("{name}[{}]", field.name).into_bytes());
            pairs.extend(malformed(rng, &Arg { name: format!("{name}[{}]", field.name), ty: field.ty }));
            return pairs;
        }
        _ => nasty_text(rng),
    };
    vec![(name.into_bytes(), value)]
}

fn percent_encode(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (*b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

fn form_body(pairs: &[(Vec<u8>, Vec<u8>)]) -> Vec<u8> {
    pairs.iter().map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v))).collect::<Vec<_>>().join("&").into_bytes()
}

#[derive(Clone, Copy, Debug)]
enum Who {
    Stranger,
    Citizen,
    Administrator,
}

/// A generated request and what it is, for the failure message.
struct Generated {
    request: Request<Body>,
    what: String,
}

/// One malformed call of `function`.
fn bad_call(rng: &mut Rng, function: &ServerFunction) -> Generated {
    let mut pairs: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    let required: Vec<&Arg> = function.args.iter().filter(|a| !a.optional()).collect();
    let shape = rng.below(8);
    let broken = if function.args.is_empty() { None } else { Some(rng.below(function.args.len())) };
    for (i, arg) in function.args.iter().enumerate() {
        let is_broken = Some(i) == broken;
        match shape {
            // A required argument missing (or, with none required, an optional one).
            0 if is_broken && (!arg.optional() || required.is_empty()) => {}
            // Every argument present; the broken one mistyped, absurd or huge.
            1..=3 if is_broken => pairs.extend(malformed(rng, arg)),
            _ if arg.optional() && rng.chance(40) => {}
            _ => pairs.extend(ordinary(rng, &arg.name, &arg.kind())),
        }
    }
    let mut content_type = "application/x-www-form-urlencoded".to_owned();
    let mut body = form_body(&pairs);
    let mut method = Method::POST;
    let mut note = String::new();
    match shape {
        // Fields the function does not take, and one given twice.
        4 => {
            let extra = format!("&zz_unknown={}&{}", percent_encode(&nasty_text(rng)), String::from_utf8_lossy(&body).split('&').next().unwrap_or("x=1"));
            body.extend_from_slice(extra.as_bytes());
            note = "extra and repeated fields".into();
        }
        // Bytes that are no UTF-8 and no percent-encoding, raw in the body.
        5 => {
            body.extend_from_slice(b"&");
            body.extend_from_slice(function.args.first().map_or("x", |a| a.name.as_str()).as_bytes());
            body.extend_from_slice(b"=\xff\xfe%zz%");
            note = "raw bytes that are not UTF-8".into();
        }
        // The wrong content type for the body, or a body of another kind.
        6 => {
            let (kind, replacement): (&str, Vec<u8>) = match rng.below(5) {
                0 => ("application/json", br#"{"id": "#.to_vec()),
                1 => ("application/json", serde_json::json!({ "args": [1, 2, 3], "id": {"nested": true} }).to_string().into_bytes()),
                2 => ("text/plain", body.clone()),
                3 => ("multipart/form-data; boundary=zz", b"--zz\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n\xff\r\n".to_vec()),
                _ => ("application/x-www-form-urlencoded; charset=latin1", nasty_text(rng)),
            };
            content_type = kind.to_owned();
            body = replacement;
            note = format!("as {kind}");
        }
        // The wrong method.
        7 => {
            method = rng.pick(&[Method::GET, Method::PUT, Method::DELETE, Method::PATCH]).clone();
            note = format!("with {method}");
        }
        _ => {}
    }
    let html = rng.chance(15);
    let mut request = Request::builder()
        .method(method.clone())
        .uri(&function.path)
        .header(header::HOST, HOST)
        .header(header::ACCEPT, if html { "text/html,application/xhtml+xml" } else { "application/json" })
        .header(header::CONTENT_TYPE, content_type);
    if rng.chance(95) {
        request = request.header(header::ORIGIN, ORIGIN).header(header::REFERER, format!("{ORIGIN}/"));
    }
    let preview: String = String::from_utf8_lossy(&body).chars().take(200).collect();
    Generated {
        request: request.body(Body::from(body)).expect("a request"),
        what: format!("{method} {}{}{} body {preview:?}", function.path, if html { " as a plain form" } else { "" }, if note.is_empty() { String::new() } else { format!(", {note}") }),
    }
}

/// Path parameters as the routes write them: `:slug` (pages) and `{slug}` (axum).
fn fill_path(rng: &mut Rng, path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.starts_with(':') || segment.starts_with('{') {
                if rng.chance(40) {
                    rng.one(&["1", "htg-auditoorium", "energy", "jaatmejaamad-2027", "et", "service-status", "2"]).to_string()
                } else {
                    let mut junk = nasty_text(rng);
                    junk.truncate(2_000);
                    percent_encode(&junk)
                }
            } else {
                segment.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// One GET with a malformed path parameter or query.
fn bad_read(rng: &mut Rng, routes: &[String], keys: &[String]) -> Generated {
    let route = rng.pick(routes).clone();
    let path = fill_path(rng, &route);
    let mut query = Vec::new();
    for _ in 0..1 + rng.below(4) {
        let key = rng.pick(keys).clone();
        let value = if looks_like_a_date(&key) && rng.chance(60) { rng.one(ABSURD_DATES).as_bytes().to_vec() } else { nasty_text(rng) };
        let mut value = value;
        value.truncate(4_000);
        query.push(format!("{}={}", percent_encode(key.as_bytes()), percent_encode(&value)));
    }
    if rng.chance(10) {
        query.push("%zz=%".into());
    }
    if rng.chance(10) {
        query.push(format!("{0}=1&{0}=2", rng.pick(keys)));
    }
    let uri = format!("{path}?{}", query.join("&"));
    let json = rng.chance(10);
    let request = Request::get(&uri)
        .header(header::HOST, HOST)
        .header(header::ACCEPT, if json { "application/json" } else { "text/html" })
        .body(Body::empty());
    let request = request.unwrap_or_else(|_| Request::get(&path).header(header::HOST, HOST).body(Body::empty()).unwrap());
    let shown: String = uri.chars().take(300).collect();
    Generated { request, what: format!("GET {shown}") }
}

/// How many rows each table has, by name: what "nothing was written" is checked against.
/// Login attempts are left out: a refused login is recorded on purpose (the lockout counts it).
async fn row_counts(app: &TestApp) -> Vec<(String, i64)> {
    use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
    static TABLES: std::sync::OnceLock<std::sync::Mutex<std::collections::HashMap<bool, String>>> = std::sync::OnceLock::new();
    let backend = app.db.get_database_backend();
    let postgres = backend == DatabaseBackend::Postgres;
    let cached = TABLES.get_or_init(Default::default).lock().unwrap().get(&postgres).cloned();
    let query = match cached {
        Some(query) => query,
        None => {
            let list = if postgres {
                "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'"
            } else {
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            };
            let rows = app.db.query_all_raw(Statement::from_string(backend, list)).await.expect("list the tables");
            let names: Vec<String> = rows
                .iter()
                .map(|row| row.try_get::<String>("", "name").expect("a table name"))
                .filter(|name| name != "login_attempts" && name != "seaql_migrations")
                .collect();
            assert!(names.len() > 20, "the schema's tables: {names:?}");
            let query = names.iter().map(|n| format!("SELECT '{n}' AS t, COUNT(*) AS n FROM {n}")).collect::<Vec<_>>().join(" UNION ALL ");
            TABLES.get().unwrap().lock().unwrap().insert(postgres, query.clone());
            query
        }
    };
    let rows = app.db.query_all_raw(Statement::from_string(backend, query)).await.expect("count the rows");
    let mut counts: Vec<(String, i64)> = rows.iter().map(|row| (row.try_get("", "t").unwrap(), row.try_get("", "n").unwrap())).collect();
    counts.sort();
    counts
}

fn changed(before: &[(String, i64)], after: &[(String, i64)]) -> Vec<String> {
    before.iter().zip(after).filter(|(b, a)| b != a).map(|((table, b), (_, a))| format!("{table}: {b} → {a}")).collect()
}

/// Words that must never reach a person: what a panic, the database or a parser says.
const INTERNAL_WORDS: &[&str] = &["panicked at", "DbErr", "sqlx", "SqlxError", "RUST_BACKTRACE", "serde_qs", "Deserialization(", "stack backtrace"];

async fn sessions(app: &TestApp) -> (String, String) {
    app.with_user("katsetaja@raekoda.test", &[]).await;
    let citizen = app.log_in("katsetaja@raekoda.test").await;
    app.with_user("katsejuht@raekoda.test", &[(app::core::roles::Role::Administrator, None)]).await;
    let admin = app.log_in("katsejuht@raekoda.test").await;
    (citizen, admin)
}

on_both_databases! {
    async fn thousands_of_malformed_requests_get_an_honest_answer_and_write_nothing(app) {
        let app = app.with_demo().await;
        // One client sends everything here: its limits are scaled out of the way, as in the browser tests.
        let settings = app::core::request::AppSettings { rate_limit_scale: 1_000_000, ..app::core::request::AppSettings::at(ORIGIN) };
        let mut app = app;
        app.router = crate::support::router_with(app.db.clone(), settings);
        let seed = seed();
        let total = requests_per_database();
        eprintln!("bad input on {:?}: {total} requests, seed {seed} (RAEKODA_FUZZ_SEED={seed} repeats this run)", app.backend);
        let mut rng = Rng(seed);

        let functions = code::server_functions();
        let mut reads: Vec<String> = code::pages().into_iter().map(|p| p.path).filter(|p| p.contains(':')).collect();
        reads.extend(code::file_routes());
        // Pages without parameters read queries too.
        reads.extend(["/", "/rooms", "/services", "/calendar", "/login", "/ideas", "/have-your-say", "/admin/bookings", "/admin/rooms/report", "/admin/service-map", "/data-submission"].map(String::from));
        let keys: Vec<String> = code::query_keys().into_iter().collect();
        let (mut citizen, mut admin) = sessions(&app).await;

        let mut before = row_counts(&app).await;
        let (mut refused, mut by_status) = (0usize, std::collections::BTreeMap::<u16, usize>::new());
        for n in 0..total {
            let who = *rng.pick(&[Who::Stranger, Who::Citizen, Who::Administrator]);
            let (Generated { mut request, what }, keeps_drafts) = if rng.chance(80) {
                let function = rng.pick(&functions).clone();
                (bad_call(&mut rng, &function), function.keeps_a_draft_when_refused())
            } else {
                (bad_read(&mut rng, &reads, &keys), false)
            };
            let cookie = match who {
                Who::Stranger => None,
                Who::Citizen => Some(citizen.clone()),
                Who::Administrator => Some(admin.clone()),
            };
            if let Some(cookie) = &cookie {
                request.headers_mut().insert(header::COOKIE, cookie.parse().unwrap());
            }
            let context = || format!("request {n} of seed {seed} on {:?}, as {who:?}: {what}", app.backend);
            let reply: Reply = match tokio::time::timeout(Duration::from_secs(5), app.send(request)).await {
                Ok(reply) => reply,
                Err(_) => panic!("no answer within 5 s to {}", context()),
            };
            assert!(reply.status.as_u16() < 500, "{} answered {}: {}", context(), reply.status, reply.body.chars().take(500).collect::<String>());
            for word in INTERNAL_WORDS {
                assert!(!reply.body.contains(word), "{} shows {word:?}: {}", context(), reply.body.chars().take(500).collect::<String>());
            }
            *by_status.entry(reply.status.as_u16()).or_default() += 1;
            let after = row_counts(&app).await;
            if reply.status.is_client_error() {
                refused += 1;
            }
            // A form that keeps a draft of what was typed saves it even when it refuses the rest.
            if reply.status.is_client_error() && !keeps_drafts {
                assert!(changed(&before, &after).is_empty(), "{} was refused ({}) yet wrote: {:?}", context(), reply.status, changed(&before, &after));
            }
            before = after;
            // A call that signed the persona out (or in as someone else) is followed by a fresh session.
            if cookie.is_some() && reply.set_cookies().iter().any(|c| c.contains("raekoda_session=")) {
                (citizen, admin) = sessions(&app).await;
                before = row_counts(&app).await;
            }
        }
        eprintln!("bad input on {:?}: {total} requests, {refused} refused with 4xx; by status {by_status:?}", app.backend);
        assert!(refused * 2 > total, "most malformed requests are refused: {by_status:?}");

        // Still well: the health check, a page, a sign-in.
        assert_eq!(app.get("/healthz", &[]).await.status, StatusCode::OK);
        assert!(app.get("/rooms/htg-auditoorium", &[]).await.body.contains("Auditoorium"));
        app.log_in("katsetaja@raekoda.test").await;
    }

    async fn every_staff_function_page_and_file_refuses_strangers_and_citizens(app) {
        let app = app.with_demo().await;
        let (citizen, _) = sessions(&app).await;
        let before = row_counts(&app).await;

        let functions: Vec<ServerFunction> = code::server_functions();
        for function in functions.iter().filter(|f| f.path.starts_with("/api/admin/")) {
            assert!(function.is_staff_only(), "{} ({}) is under /api/admin/ but does not ask for staff first", function.path, function.file);
        }
        let staff_functions: Vec<&ServerFunction> = functions.iter().filter(|f| f.is_staff_only()).collect();
        assert!(staff_functions.len() >= 40, "{} staff server functions", staff_functions.len());
        let mut rng = Rng(1);
        for function in &staff_functions {
            // Well-formed arguments, so that what answers is the permission check.
            let pairs: Vec<(Vec<u8>, Vec<u8>)> = function.args.iter().filter(|a| !a.optional()).flat_map(|a| ordinary(&mut rng, &a.name, &a.kind())).map(|(k, v)| (k, if v.is_empty() { b"1".to_vec() } else { v })).collect();
            let form: Vec<(String, String)> = pairs.iter().map(|(k, v)| (String::from_utf8_lossy(k).into_owned(), String::from_utf8_lossy(v).into_owned())).collect();
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let stranger = app.call(&function.path, &form, &[]).await;
            assert_eq!(stranger.status, StatusCode::UNAUTHORIZED, "{} as a stranger: {}", function.path, stranger.body);
            let as_citizen = app.call(&function.path, &form, &[&citizen]).await;
            assert_eq!(as_citizen.status, StatusCode::FORBIDDEN, "{} as a citizen: {}", function.path, as_citizen.body);
        }

        let pages = code::pages();
        for page in pages.iter().filter(|p| p.path.starts_with("/admin") || p.path.starts_with("/proposals")) {
            assert!(page.is_staff_only(), "{} ({}) has no staff gate", page.path, page.component);
        }
        let staff_pages: Vec<_> = pages.iter().filter(|p| p.is_staff_only()).collect();
        assert!(staff_pages.len() >= 30, "{} staff pages", staff_pages.len());
        let mut wrong = Vec::new();
        for page in &staff_pages {
            let path: String = page.path.split('/').map(|s| if s.starts_with(':') { "1" } else { s }).collect::<Vec<_>>().join("/");
            let stranger = app.get(&path, &[]).await;
            // To the login page, and back to this very page afterwards.
            if (stranger.status, stranger.header(header::LOCATION)) != (StatusCode::FOUND, Some(format!("/login?next={path}").as_str())) {
                wrong.push(format!("{path} as a stranger: {} to {:?}", stranger.status, stranger.header(header::LOCATION)));
            }
            let as_citizen = app.get(&path, &[&citizen]).await;
            let says_why = as_citizen.body.contains("Sul ei ole sellele lehele ligipääsu") || as_citizen.body.contains("Selle lehe jaoks on vaja");
            if as_citizen.status != StatusCode::FORBIDDEN || !says_why {
                wrong.push(format!("{path} as a citizen: {}", as_citizen.status));
            }
        }
        assert!(wrong.is_empty(), "staff pages:\n{}", wrong.join("\n"));
        for route in code::file_routes().iter().filter(|r| r.starts_with("/admin")) {
            let path: String = route.split('/').map(|s| if s.starts_with('{') { "jaatmejaamad-2027" } else { s }).collect::<Vec<_>>().join("/");
            let stranger = app.get(&path, &[]).await;
            assert!(matches!(stranger.status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN | StatusCode::FOUND | StatusCode::SEE_OTHER), "{path} as a stranger: {}", stranger.status);
            assert!(stranger.status != StatusCode::FOUND || stranger.header(header::LOCATION).is_some_and(|l| l.starts_with("/login")), "{path}");
            assert_eq!(app.get(&path, &[&citizen]).await.status, StatusCode::FORBIDDEN, "{path} as a citizen");
        }
        assert!(changed(&before, &row_counts(&app).await).is_empty(), "no refused call wrote anything");
        eprintln!("authorization matrix on {:?}: {} server functions, {} pages, staff files refused", app.backend, staff_functions.len(), staff_pages.len());
    }
}
