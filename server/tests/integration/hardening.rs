//! A careless or hostile client gets an honest answer (issue 14), on both databases:
//! malformed calls are 400s that name the field, absurd dates are named next to their
//! field instead of being computed with, a panic is the error page at once, return paths
//! never leave the site, and a search cannot be made arbitrarily costly.

use std::time::Duration;

use axum::body::Body;
use http::{header, Request, StatusCode};

use crate::support::{Reply, TestApp, HOST, ORIGIN};

/// Every answer here must come quickly: a panic inside rendering used to hang.
async fn within_5_s(app: &TestApp, request: Request<Body>) -> Reply {
    let what = format!("{} {}", request.method(), request.uri());
    tokio::time::timeout(Duration::from_secs(5), app.send(request)).await.unwrap_or_else(|_| panic!("no answer within 5 s to {what}"))
}

fn page(path: &str) -> Request<Body> {
    Request::get(path).header(header::HOST, HOST).header(header::ACCEPT, "text/html").body(Body::empty()).unwrap()
}

fn raw_call(endpoint: &str, content_type: &str, body: Vec<u8>) -> Request<Body> {
    Request::post(endpoint)
        .header(header::HOST, HOST)
        .header(header::ORIGIN, ORIGIN)
        .header(header::ACCEPT, "application/json")
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .unwrap()
}

on_both_databases! {
    async fn a_return_path_a_browser_would_read_as_another_host_goes_home(app) {
        for return_to in ["/%09/evil.example", "/%0A/evil.example", "/%0D%0A/evil.example", "%09//evil.example", "/%5Cevil.example"] {
            let reply = app.get(&format!("/language/en?return_to={return_to}"), &[]).await;
            assert_eq!((reply.status, reply.header(header::LOCATION)), (StatusCode::SEE_OTHER, Some("/")), "{return_to}");
        }
        app.with_user("suunatav@raekoda.test", &[]).await;
        let login = app.call("/api/accounts/log_in", &[("email", "suunatav@raekoda.test"), ("password", crate::support::PASSWORD), ("next", "/\t/evil.example")], &[]).await;
        assert_eq!((login.status, login.json()), (StatusCode::OK, serde_json::json!("/")), "{}", login.body);
        let login = app.call("/api/accounts/log_in", &[("email", "suunatav@raekoda.test"), ("password", crate::support::PASSWORD), ("next", "/my/bookings")], &[]).await;
        assert_eq!(login.json(), serde_json::json!("/my/bookings"), "a real path still works");
    }

    async fn dates_no_city_could_mean_are_named_next_to_their_field_not_computed(app) {
        let app = app.with_demo().await;
        for date in ["-0002-06-01", "+99999-06-01", "1899-12-31", "2201-01-01"] {
            let search = within_5_s(&app, page(&format!("/rooms?date={date}&from=10:00&to=11:00"))).await;
            assert_eq!(search.status, StatusCode::OK, "{date}");
            assert!(search.body.contains("Vali kuupäev, et otsida vaba aega."), "{date}: the date is named as the problem");
        }
        for week in ["-0002-W10", "99999-W10", "262143-W52"] {
            let room = within_5_s(&app, page(&format!("/rooms/htg-auditoorium?week={week}"))).await;
            assert_eq!(room.status, StatusCode::OK, "{week}: the room page shows this week instead");
        }
        for month in ["-0002-01", "99999-12"] {
            assert!(within_5_s(&app, page(&format!("/rooms/htg-auditoorium?month={month}"))).await.status.is_success(), "{month}");
        }
        let quote = app.call("/api/rooms/quote", &[("room", "htg-auditoorium"), ("date", "-0002-06-01"), ("start", "10:00"), ("end", "11:00"), ("category", "standard"), ("add_ons", ""), ("repeat_until", "")], &[]).await;
        assert_eq!((quote.status, quote.body.as_str()), (StatusCode::OK, "null"), "no price for such a date");
        app.with_user("kaugele@raekoda.test", &[]).await;
        let booker = app.log_in("kaugele@raekoda.test").await;
        let bookings = app.count("bookings").await;
        let request = app.call("/api/rooms/request_booking", &[("room", "htg-auditoorium"), ("date", "262143-12-31"), ("start", "10:00"), ("end", "11:00"), ("participants", "5"), ("purpose", "Koosolek"), ("category", "standard"), ("repeat_until", "+99999-01-01"), ("accept_terms", "yes")], &[&booker]).await;
        assert_eq!(request.status, StatusCode::BAD_REQUEST, "{}", request.body);
        let fields: Vec<String> = request.json()["Validation"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_owned()).collect();
        assert!(fields.contains(&"date".to_owned()), "{fields:?}");
        assert_eq!(app.count("bookings").await, bookings, "nothing was booked");
    }

    async fn a_malformed_call_is_the_clients_mistake_a_400_that_names_the_field(app) {
        // A missing argument: named.
        let missing = within_5_s(&app, raw_call("/api/accounts/log_in", "application/x-www-form-urlencoded", b"password=x".to_vec())).await;
        assert_eq!(missing.status, StatusCode::BAD_REQUEST, "{}", missing.body);
        assert_eq!(missing.json()["Validation"][0]["field"], "email", "{}", missing.body);
        // A mistyped one, a body that is not UTF-8, a body of another type.
        let mistyped = within_5_s(&app, raw_call("/api/proposals/move", "application/x-www-form-urlencoded", b"id=twelve&transition=submit".to_vec())).await;
        assert_eq!(mistyped.status, StatusCode::BAD_REQUEST, "{}", mistyped.body);
        let not_utf8 = within_5_s(&app, raw_call("/api/accounts/log_in", "application/x-www-form-urlencoded", vec![b'e', b'=', 0xff, 0xfe, b'&'])).await;
        assert_eq!(not_utf8.status, StatusCode::BAD_REQUEST, "{}", not_utf8.body);
        let json = within_5_s(&app, raw_call("/api/accounts/log_in", "application/json", br#"{"email": 1}"#.to_vec())).await;
        assert_eq!(json.status, StatusCode::BAD_REQUEST, "{}", json.body);
        for reply in [&missing, &mistyped, &not_utf8, &json] {
            assert!(!reply.body.contains("invalid") && !reply.body.contains("serde"), "no parser's words reach the client: {}", reply.body);
        }
        assert_eq!(app.count("sessions").await, 0, "nothing was written");
    }

    async fn on_https_browsers_are_told_to_stay_and_the_session_cookie_is_host_only(app) {
        use app::core::request::AppSettings;
        use tower::ServiceExt;
        app.with_user("turvaline@raekoda.test", &[]).await;
        assert!(app.get("/", &[]).await.header(header::STRICT_TRANSPORT_SECURITY).is_none(), "not over plain http (local runs)");
        let https = crate::support::router_with(app.db.clone(), AppSettings::at("https://raekoda.tartu.ee"));
        let send = |request: Request<Body>| {
            let https = https.clone();
            async move {
                let response = https.oneshot(request).await.unwrap();
                let (status, headers) = (response.status(), response.headers().clone());
                (status, headers)
            }
        };
        let (_, front) = send(page("/")).await;
        assert_eq!(front.get(header::STRICT_TRANSPORT_SECURITY).and_then(|v| v.to_str().ok()), Some("max-age=31536000; includeSubDomains"));
        let body = format!("email=turvaline%40raekoda.test&password={}", crate::support::PASSWORD);
        let login = Request::post("/api/accounts/log_in")
            .header(header::HOST, "raekoda.tartu.ee")
            .header(header::ORIGIN, "https://raekoda.tartu.ee")
            .header(header::ACCEPT, "application/json")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        let (status, headers) = send(login).await;
        assert_eq!(status, StatusCode::OK);
        let cookie = headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).find(|c| c.contains("raekoda_session=")).unwrap().to_owned();
        assert!(cookie.starts_with("__Host-raekoda_session=") && cookie.contains("; Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"), "{cookie}");
        let pair = cookie.split(';').next().unwrap().to_owned();
        let account = Request::get("/account").header(header::HOST, "raekoda.tartu.ee").header(header::ACCEPT, "text/html").header(header::COOKIE, &pair).body(Body::empty()).unwrap();
        assert_eq!(send(account).await.0, StatusCode::OK, "the __Host- cookie signs them in");
        let unprefixed = pair.replacen("__Host-", "", 1);
        let account = Request::get("/account").header(header::HOST, "raekoda.tartu.ee").header(header::ACCEPT, "text/html").header(header::COOKIE, &unprefixed).body(Body::empty()).unwrap();
        assert!(send(account).await.0.is_redirection(), "a cookie without the prefix is not read on https");
    }

    async fn every_response_has_one_content_security_policy_and_only_the_islands_start_script_runs(app) {
        let app = app.with_demo().await;
        let policy = |reply: &Reply| reply.header(header::CONTENT_SECURITY_POLICY).unwrap_or_default().to_owned();
        let allowed = |policy: &str, script: &str| policy.contains(&format!("'sha256-{}'", app::core::policy::script_hash(script)));
        let front = app.get("/", &[]).await;
        let one = policy(&front);
        assert!(one.contains("script-src 'self' 'sha256-") && one.contains("frame-ancestors 'none'"), "{one}");
        assert!(!front.body.contains(" style=\""), "no inline style");
        let front_scripts = app::core::policy::inline_scripts(&front.body);
        assert!(front_scripts.iter().all(|script| allowed(&one, script)), "every inline script is allowed by its hash: {front_scripts:?}");
        assert!(front_scripts.iter().all(|script| !script.contains("Auditoorium")), "no page writes its data a second time, as a script: {front_scripts:?}");
        app.with_user("csp@raekoda.test", &[]).await;
        let session = app.log_in("csp@raekoda.test").await;
        let form = app.get("/rooms/htg-auditoorium/book", &[&session]).await;
        assert_eq!(policy(&form), one, "a page with an island has the same policy");
        let scripts = app::core::policy::inline_scripts(&form.body);
        assert!(scripts.iter().any(|script| script.contains("hydrate")), "the islands' start-up script is there: {scripts:?}");
        assert!(scripts.iter().all(|script| allowed(&one, script)), "and every inline script is allowed by its hash: {scripts:?}");
        let survey = app.get("/have-your-say/jaatmejaamad-2027", &[]).await;
        assert!(!survey.body.contains(" style=\""), "progress bars are SVG, not inline styles");
        assert_eq!(policy(&app.get("/services.jsonld", &[]).await), one, "files get the same policy");
        assert_eq!(policy(&app.get("/no-such-page", &[]).await), one, "so does the page that is not there");
    }

    async fn expired_sessions_and_old_login_attempts_are_purged(app) {
        use app::accounts::entity::{login_attempt, session, user};
        use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
        app.with_user("vana@raekoda.test", &[]).await;
        let id = user::Entity::find().filter(user::Column::Email.eq("vana@raekoda.test")).one(&app.db).await.unwrap().unwrap().id;
        let live = app.log_in("vana@raekoda.test").await;
        let now = chrono::Utc::now();
        let (sessions, attempts) = (app.count("sessions").await, app.count("login_attempts").await);
        session::ActiveModel { id: Set("aegunud".to_owned()), user_id: Set(id), created_at: Set(now - chrono::Duration::days(40)), expires_at: Set(now - chrono::Duration::days(10)), ..Default::default() }.insert(&app.db).await.unwrap();
        login_attempt::ActiveModel { email: Set("vana@raekoda.test".to_owned()), ip: Set(None), succeeded: Set(false), attempted_at: Set(now - chrono::Duration::days(2)), ..Default::default() }.insert(&app.db).await.unwrap();
        assert_eq!(app::accounts::server::purge_stale(&app.db, now).await.unwrap(), (1, 1));
        assert_eq!((app.count("sessions").await, app.count("login_attempts").await), (sessions, attempts), "only the stale ones went");
        assert_eq!(app.get("/account", &[&live]).await.status, StatusCode::OK, "a live session stays");
    }

    async fn a_nul_character_is_refused_with_its_field_named_and_never_stored(app) {
        let app = app.with_demo().await;
        let users = app.count("users").await;
        let sign_up = within_5_s(&app, raw_call("/api/accounts/sign_up", "application/x-www-form-urlencoded", b"name=Nul%00Inimene&email=nul%40raekoda.test&password=pikk-test-parool-1&accept_terms=yes".to_vec())).await;
        assert_eq!(sign_up.status, StatusCode::BAD_REQUEST, "{}", sign_up.body);
        assert_eq!((sign_up.json()["Validation"][0]["field"].as_str(), sign_up.json()["Validation"][0]["message"].as_str()), (Some("name"), Some("ValInvisibleCharacter")));
        let room = within_5_s(&app, page("/rooms/htg%00auditoorium")).await;
        assert_eq!(room.status, StatusCode::BAD_REQUEST);
        assert!(room.body.contains("Aadressis või vormis on lubamatu märk"), "said in the person's language: {}", room.body);
        let twice = within_5_s(&app, page("/unsubscribe/x%2500y")).await;
        assert_eq!(twice.status, StatusCode::BAD_REQUEST, "encoded twice is still a NUL");
        let api = app.get("/api/v1/datasets/services/rows?limit=%00", &[]).await;
        assert_eq!((api.status, api.json()["error"].as_str()), (StatusCode::BAD_REQUEST, Some("bad_request")), "the read API's own error shape");
        assert_eq!(app.count("users").await, users, "nobody was signed up");
    }

    async fn a_search_too_long_to_be_cheap_is_refused_next_to_the_field(app) {
        let app = app.with_demo().await;
        let words = vec!["lasteaed"; 13].join("+");
        let refused = within_5_s(&app, page(&format!("/services?q={words}"))).await;
        assert_eq!(refused.status, StatusCode::OK);
        assert!(refused.body.contains("Otsi lühemalt: kuni 12 sõna ja 200 märki."), "the limit is said next to the field");
        let long = "a".repeat(201);
        assert!(within_5_s(&app, page(&format!("/services?q={long}"))).await.body.contains("Otsi lühemalt"));
        let found = within_5_s(&app, page("/services?q=lasteaed")).await;
        assert!(!found.body.contains("Otsi lühemalt"), "an ordinary search is searched");
    }
}

/// A panic in a handler, or in a task it spawned the way Leptos spawns a page's data, is
/// answered with the error page at once; the server goes on answering.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_is_the_error_page_at_once_not_a_hung_connection() {
    use axum::routing::get;
    use leptos::prelude::{provide_context, Owner};
    use tower::ServiceExt;
    server::panics::install();
    let router = axum::Router::new()
        .route("/in-the-handler", get(|| async {
            let failed = true;
            if failed {
                panic!("the handler failed");
            }
            "never"
        }))
        .route(
            "/in-a-task",
            get(|request: axum::extract::Request| async move {
                let (parts, _) = request.into_parts();
                let owner = Owner::new();
                owner.with(|| {
                    provide_context(parts);
                    leptos::task::spawn(async { panic!("a page's data failed") });
                });
                // What the page did: wait for data that never comes.
                std::future::pending::<()>().await;
                "never"
            }),
        )
        .route("/fine", get(|| async { "fine" }))
        .layer(axum::middleware::from_fn(server::panics::answer_panics));
    for (path, accept) in [("/in-the-handler", "text/html"), ("/in-a-task", "text/html")] {
        let request = Request::get(path).header(header::ACCEPT, accept).body(Body::empty()).unwrap();
        let response = tokio::time::timeout(Duration::from_secs(5), router.clone().oneshot(request)).await.unwrap_or_else(|_| panic!("{path} hung")).unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR, "{path}");
        let body = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
        let body = String::from_utf8_lossy(&body);
        assert!(body.contains("Midagi läks valesti") && !body.contains("failed"), "{path}: the error page, not the cause: {body}");
    }
    let fine = router.oneshot(Request::get("/fine").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(fine.status(), StatusCode::OK);
}

/// A request as it arrives over a connection from `peer` (what `ConnectInfo` gives).
fn from_peer(peer: &str, mut request: Request<Body>) -> Request<Body> {
    let address: std::net::SocketAddr = format!("{peer}:40000").parse().unwrap();
    request.extensions_mut().insert(axum::extract::ConnectInfo(address));
    request
}

fn sign_up_call(email: &str, accept: &str) -> Request<Body> {
    let body = format!("name=Mari&email={}&password={}&accept_terms=yes", crate::support::urlencode(email), crate::support::PASSWORD);
    Request::post("/api/accounts/sign_up")
        .header(header::HOST, HOST)
        .header(header::ORIGIN, ORIGIN)
        .header(header::REFERER, format!("{ORIGIN}/sign-up"))
        .header(header::ACCEPT, accept)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap()
}

on_both_databases! {
    async fn sign_ups_from_one_address_are_limited_with_a_clear_answer_and_retry_after(app) {
        let limit = server::limits::RULES.iter().find(|r| r.name == "sign-up").unwrap().per_address.unwrap().max;
        for n in 0..limit {
            let reply = app.send(from_peer("192.0.2.10", sign_up_call(&format!("mari{n}@example.ee"), "application/json"))).await;
            assert_eq!(reply.status, StatusCode::OK, "{n}: {}", reply.body);
        }
        let users = app.count("users").await;
        let refused = app.send(from_peer("192.0.2.10", sign_up_call("liiga@example.ee", "application/json"))).await;
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
        let wait: u64 = refused.header(header::RETRY_AFTER).unwrap().parse().unwrap();
        assert!((1..=3600).contains(&wait), "{wait}");
        assert_eq!(refused.json()["RateLimited"], wait);
        // Without JavaScript: a page in the person's language.
        let mut plain = from_peer("192.0.2.10", sign_up_call("liiga@example.ee", "text/html"));
        plain.headers_mut().insert(header::COOKIE, "raekoda_lang=en".parse().unwrap());
        let page = app.send(plain).await;
        assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(page.body.contains("<html lang=\"en\"") && page.body.contains("Too many requests have come from you lately"), "{}", page.body);
        assert_eq!(app.count("users").await, users, "nothing refused was written");
        // Another address is not held back.
        assert_eq!(app.send(from_peer("192.0.2.11", sign_up_call("teine@example.ee", "application/json"))).await.status, StatusCode::OK);
    }

    async fn a_trusted_proxy_names_the_client_and_anyone_else_is_the_client(app) {
        use app::core::request::AppSettings;
        use tower::ServiceExt;
        let limit = server::limits::RULES.iter().find(|r| r.name == "sign-up").unwrap().per_address.unwrap().max;
        let behind_proxy = crate::support::router_with(app.db.clone(), AppSettings { trusted_proxies: vec!["10.0.0.5".parse().unwrap()], ..AppSettings::at(ORIGIN) });
        let send = |client: &str, email: String| {
            let router = behind_proxy.clone();
            let mut request = from_peer("10.0.0.5", sign_up_call(&email, "application/json"));
            request.headers_mut().insert("x-forwarded-for", client.parse().unwrap());
            async move { router.oneshot(request).await.unwrap().status() }
        };
        for n in 0..limit {
            assert_eq!(send("203.0.113.1", format!("proksi{n}@example.ee")).await, StatusCode::OK);
        }
        assert_eq!(send("203.0.113.1", "proksi-liiga@example.ee".to_owned()).await, StatusCode::TOO_MANY_REQUESTS, "the forwarded client is limited");
        assert_eq!(send("203.0.113.2", "proksi-teine@example.ee".to_owned()).await, StatusCode::OK, "not everyone behind the proxy");
        // Without a trusted proxy the header is the client's claim: changing it changes nothing.
        for n in 0..limit {
            let mut request = from_peer("192.0.2.20", sign_up_call(&format!("valetaja{n}@example.ee"), "application/json"));
            request.headers_mut().insert("x-forwarded-for", format!("198.51.100.{n}").parse().unwrap());
            assert_eq!(app.send(request).await.status, StatusCode::OK);
        }
        let mut request = from_peer("192.0.2.20", sign_up_call("valetaja-liiga@example.ee", "application/json"));
        request.headers_mut().insert("x-forwarded-for", "198.51.100.200".parse().unwrap());
        assert_eq!(app.send(request).await.status, StatusCode::TOO_MANY_REQUESTS);
    }

    async fn an_account_posting_comments_is_limited_wherever_it_posts_from(app) {
        let app = app.with_demo().await;
        app.with_user("kommenteerija@raekoda.test", &[]).await;
        let session = app.log_in("kommenteerija@raekoda.test").await;
        let limit = server::limits::RULES.iter().find(|r| r.name == "comment").unwrap().per_account.unwrap().max;
        let comment = |n: u32| {
            let body = format!("slug=jaatmejaamad-2027&body=Kommentaar+number+{n}");
            let request = Request::post("/api/consultations/comment")
                .header(header::HOST, HOST)
                .header(header::ORIGIN, ORIGIN)
                .header(header::ACCEPT, "application/json")
                .header(header::COOKIE, &session)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap();
            from_peer(&format!("192.0.2.{}", n + 1), request)
        };
        for n in 0..limit {
            let reply = app.send(comment(n)).await;
            assert_eq!(reply.status, StatusCode::OK, "{n}: {}", reply.body);
        }
        assert_eq!(app.send(comment(limit)).await.status, StatusCode::TOO_MANY_REQUESTS, "from yet another address");
    }
}

fn log_in_call(peer: &str, email: &str, password: &str) -> Request<Body> {
    let body = format!("email={}&password={}", crate::support::urlencode(email), crate::support::urlencode(password));
    let request = Request::post("/api/accounts/log_in")
        .header(header::HOST, HOST)
        .header(header::ORIGIN, ORIGIN)
        .header(header::ACCEPT, "application/json")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    from_peer(peer, request)
}

/// The message key a refused login answered with.
fn login_refusal(reply: &Reply) -> String {
    reply.json()["Validation"][0]["message"].as_str().unwrap_or("").to_owned()
}

on_both_databases! {
    async fn concurrent_guesses_count_each_other_so_only_the_limit_get_through(app) {
        app.with_user("arvatav@raekoda.test", &[]).await;
        let guesses: Vec<_> = (0..20)
            .map(|n| {
                let router = app.router.clone();
                tokio::spawn(async move {
                    use tower::ServiceExt;
                    let response = router.oneshot(log_in_call("192.0.2.50", "arvatav@raekoda.test", &format!("vale-parool-{n}"))).await.unwrap();
                    let body = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
                    String::from_utf8_lossy(&body).into_owned()
                })
            })
            .collect();
        let mut wrong = 0;
        for guess in guesses {
            let body = guess.await.unwrap();
            match body.contains("ValLoginWrong") {
                true => wrong += 1,
                false => assert!(body.contains("ValLoginLocked"), "{body}"),
            }
        }
        // At most the limit; when all arrive together each sees the others in flight and
        // none is checked (PostgreSQL does that), which errs on the safe side.
        assert!(wrong <= app::accounts::rules::MAX_FAILED_LOGINS, "{wrong} of 20 concurrent guesses were checked");
    }

    async fn a_strangers_guesses_do_not_lock_the_person_out_of_their_own_account(app) {
        app.with_user("ohver@raekoda.test", &[]).await;
        for _ in 0..app::accounts::rules::MAX_FAILED_LOGINS {
            assert_eq!(login_refusal(&app.send(log_in_call("192.0.2.66", "ohver@raekoda.test", "vale-parool-123")).await), "ValLoginWrong");
        }
        assert_eq!(login_refusal(&app.send(log_in_call("192.0.2.66", "ohver@raekoda.test", crate::support::PASSWORD)).await), "ValLoginLocked", "the guesser is locked out");
        let own = app.send(log_in_call("192.0.2.1", "ohver@raekoda.test", crate::support::PASSWORD)).await;
        assert_eq!(own.status, StatusCode::OK, "the person, from their own address, is not: {}", own.body);
    }

    async fn guesses_from_many_addresses_lock_the_account_for_everyone(app) {
        use app::accounts::rules::{MAX_FAILED_LOGINS, MAX_FAILED_LOGINS_ANYWHERE};
        app.with_user("sihtmark@raekoda.test", &[]).await;
        for n in 0..MAX_FAILED_LOGINS_ANYWHERE {
            let peer = format!("198.51.100.{}", n / MAX_FAILED_LOGINS + 1);
            assert_eq!(login_refusal(&app.send(log_in_call(&peer, "sihtmark@raekoda.test", "vale-parool-123")).await), "ValLoginWrong", "{n}");
        }
        let locked = app.send(log_in_call("192.0.2.2", "sihtmark@raekoda.test", crate::support::PASSWORD)).await;
        assert_eq!(login_refusal(&locked), "ValLoginLocked", "a distributed guess locks the address for a while, for everyone");
    }
}
