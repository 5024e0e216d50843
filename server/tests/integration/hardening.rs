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
