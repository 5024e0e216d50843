//! The foundation through the real router, on SQLite and PostgreSQL: health, languages,
//! sign-up, login, sessions, logout, roles, the staff dashboard and CSRF defence.

use crate::support;

use app::core::roles::Role;
use http::{StatusCode, header};
use crate::support::{ORIGIN, PASSWORD};

fn field_errors(reply: &support::Reply) -> Vec<(String, String)> {
    let json = reply.json();
    json["Validation"]
        .as_array()
        .unwrap_or_else(|| panic!("expected a validation error, got {json}"))
        .iter()
        .map(|e| (e["field"].as_str().unwrap().to_owned(), e["message"].as_str().unwrap().to_owned()))
        .collect()
}

on_both_databases! {
    async fn only_a_page_with_an_island_loads_the_wasm(app) {
        let app = app.with_demo().await;
        let mari = app.log_in_demo("citizen@raekoda.test").await;
        // Read-only pages are server HTML alone: no hydration script, no wasm, no island.
        for path in ["/", "/rooms", "/rooms/htg-auditoorium", "/services", "/topics/waste", "/my/bookings"] {
            let page = app.get(path, &[&mari]).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            assert!(!page.body.contains("/pkg/raekoda.js") && !page.body.contains(".wasm") && !page.body.contains("<leptos-island"), "{path} loads app code");
        }
        // The booking form: its live quote is the one island.
        let book = app.get("/rooms/htg-auditoorium/book", &[&mari]).await;
        assert_eq!(book.status, StatusCode::OK);
        assert_eq!(book.body.matches("<leptos-island").count(), 1, "one island");
        assert!(book.body.contains("/pkg/raekoda.js"), "the booking form loads the islands' code");
        // A page with a map asks for the map script; one without does not.
        assert!(app.get("/ideas", &[]).await.body.contains(r#"src="/map.js""#));
        assert!(!app.get("/services", &[]).await.body.contains("/map.js"));
    }

    async fn health_answers_when_the_database_does(app) {
        let reply = app.get("/healthz", &[]).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert_eq!(reply.body, "ok");
    }

    async fn health_fails_when_the_database_is_gone(app) {
        app.db.close_by_ref().await.unwrap();
        let reply = app.get("/healthz", &[]).await;
        assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE);
    }

    async fn pages_are_in_estonian_unless_asked_otherwise(app) {
        let reply = app.get("/", &[]).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert!(reply.body.contains(r#"<html lang="et""#), "{}", &reply.body[..200.min(reply.body.len())]);
        assert!(reply.body.contains("Tartu linna e-teenused ühest kohast"));

        let request = http::Request::get("/")
            .header(header::HOST, support::HOST)
            .header(header::ACCEPT, "text/html")
            .header(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9,et;q=0.5")
            .body(axum::body::Body::empty())
            .unwrap();
        let english = app.send(request).await;
        assert!(english.body.contains(r#"<html lang="en""#));
        assert!(english.body.contains("City of Tartu e-services in one place"));

        let russian = app.get("/", &["raekoda_lang=ru"]).await;
        assert!(russian.body.contains(r#"<html lang="ru""#));
        assert!(russian.body.contains("Электронные услуги Тарту в одном месте"));
    }

    async fn choosing_a_language_is_remembered_and_returns_to_the_page(app) {
        let reply = app.get("/language/en?return_to=%2Flogin%3Fnext%3D%2Fadmin", &[]).await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER);
        assert_eq!(reply.header(header::LOCATION), Some("/login?next=/admin"));
        assert_eq!(reply.cookie("raekoda_lang").as_deref(), Some("raekoda_lang=en"));

        let offsite = app.get("/language/ru?return_to=https://evil.example/", &[]).await;
        assert_eq!(offsite.header(header::LOCATION), Some("/"));
        assert_eq!(app.get("/language/fi", &[]).await.status, StatusCode::NOT_FOUND);
    }

    async fn unknown_pages_are_a_real_404(app) {
        let reply = app.get("/no-such-page", &[]).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND);
        assert!(reply.body.contains("Lehte ei leitud"));
    }

    async fn sign_up_creates_a_citizen_and_signs_them_in(app) {
        let reply = app
            .call(
                "/api/accounts/sign_up",
                &[("name", "Mari Maasikas"), ("email", " Mari@Example.EE "), ("password", PASSWORD), ("accept_terms", "yes")],
                &[],
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
        assert_eq!(reply.json(), "/account");
        let session = reply.cookie("raekoda_session").expect("session cookie");
        let cookie_line = reply.set_cookies().into_iter().find(|c| c.starts_with("raekoda_session=")).unwrap();
        assert!(cookie_line.contains("HttpOnly") && cookie_line.contains("SameSite=Lax"), "{cookie_line}");

        let account = app.get("/account", &[&session]).await;
        assert_eq!(account.status, StatusCode::OK);
        assert!(account.body.contains("Mari Maasikas"));
        assert!(account.body.contains("mari@example.ee"));
        assert!(account.body.contains("Linlane"), "the citizen role is shown");
    }

    async fn sign_up_reports_every_problem_by_field(app) {
        let reply = app.call("/api/accounts/sign_up", &[("name", ""), ("email", "mari@"), ("password", "lühike")], &[]).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST);
        assert_eq!(
            field_errors(&reply),
            [
                ("name".into(), "ValNameRequired".into()),
                ("email".into(), "ValEmailInvalid".into()),
                ("password".into(), "ValPasswordTooShort".into()),
                ("accept_terms".into(), "ValTermsRequired".into()),
            ]
        );
        assert!(reply.cookie("raekoda_session").is_none());
    }

    async fn an_address_can_have_only_one_account(app) {
        app.with_user("mari@example.ee", &[]).await;
        let reply = app
            .call(
                "/api/accounts/sign_up",
                &[("name", "Teine Mari"), ("email", "MARI@example.ee"), ("password", PASSWORD), ("accept_terms", "yes")],
                &[],
            )
            .await;
        assert_eq!(field_errors(&reply), [("email".into(), "ValEmailTaken".into())]);
    }

    async fn without_javascript_errors_come_back_next_to_the_fields(app) {
        let reply = app
            .post_plain(
                "/api/accounts/sign_up",
                &[("name", "Mari <b>Maasikas</b>"), ("email", "mari@example"), ("password", "secret-but-short")],
                &[],
                "/signup",
            )
            .await;
        assert_eq!(reply.status, StatusCode::FOUND);
        assert_eq!(reply.header(header::LOCATION), Some("/signup"), "back to the clean form address");
        let flash = reply.cookie("raekoda_flash").expect("a flash with the errors");

        let page = app.get("/signup", &[&flash]).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Sisesta e-posti aadress õigel kujul"), "email error shown");
        assert!(page.body.contains("Konto loomiseks nõustu andmete töötlemise põhimõtetega"), "terms error shown");
        assert!(page.body.contains(r##"href="#email""##), "the summary links to the field");
        assert!(page.body.contains(r#"value="mari@example""#), "what was typed is kept");
        assert!(page.body.contains("Mari &lt;b&gt;Maasikas&lt;/b&gt;"), "kept text is escaped");
        assert!(!page.body.contains("secret-but-short"), "passwords are never kept");
        let cleared = page.set_cookies().into_iter().any(|c| c.starts_with("raekoda_flash=;") && c.contains("Max-Age=0"));
        assert!(cleared, "the flash is shown once: {:?}", page.set_cookies());
    }

    async fn without_javascript_sign_up_redirects_signed_in(app) {
        let reply = app
            .post_plain(
                "/api/accounts/sign_up",
                &[("name", "Jaan Tamm"), ("email", "jaan@example.ee"), ("password", PASSWORD), ("accept_terms", "yes")],
                &[],
                "/signup",
            )
            .await;
        assert_eq!(reply.status, StatusCode::FOUND);
        assert_eq!(reply.header(header::LOCATION), Some("/account"));
        let session = reply.cookie("raekoda_session").expect("session cookie");
        let flash = reply.cookie("raekoda_flash").expect("a welcome notice");
        let page = app.get("/account", &[&session, &flash]).await;
        assert!(page.body.contains("Konto on loodud ja oled sisse logitud."));
    }

    async fn a_wrong_password_is_named_next_to_the_password(app) {
        app.with_user("mari@example.ee", &[]).await;
        let reply = app.call("/api/accounts/log_in", &[("email", "mari@example.ee"), ("password", "vale-parool-123")], &[]).await;
        assert_eq!(field_errors(&reply), [("password".into(), "ValLoginWrong".into())]);
        // An unknown address gets the very same answer: no probing for accounts.
        let unknown = app.call("/api/accounts/log_in", &[("email", "keegi@example.ee"), ("password", "vale-parool-123")], &[]).await;
        assert_eq!(field_errors(&unknown), [("password".into(), "ValLoginWrong".into())]);
        assert!(reply.cookie("raekoda_session").is_none());
    }

    async fn repeated_failures_lock_the_address_for_a_while(app) {
        app.with_user("mari@example.ee", &[]).await;
        for _ in 0..5 {
            let reply = app.call("/api/accounts/log_in", &[("email", "mari@example.ee"), ("password", "vale-parool-123")], &[]).await;
            assert_eq!(field_errors(&reply)[0].1, "ValLoginWrong");
        }
        // Locked now, even with the right password.
        let locked = app.call("/api/accounts/log_in", &[("email", "mari@example.ee"), ("password", PASSWORD)], &[]).await;
        assert_eq!(field_errors(&locked), [("email".into(), "ValLoginLocked".into())]);
        assert_eq!(locked.json()["Validation"][0]["params"][0][1], "15");
        // Other people are not affected.
        app.with_user("jaan@example.ee", &[]).await;
        app.log_in("jaan@example.ee").await;
    }

    async fn a_session_survives_a_restart_and_works_on_a_second_server(app) {
        app.with_user("mari@example.ee", &[]).await;
        let session = app.log_in("mari@example.ee").await;
        // A second app server on the same database, as behind a load balancer.
        let second = app.second_server();
        let page = second.get("/account", &[&session]).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("mari@example.ee"));
    }

    async fn logging_out_ends_the_session_everywhere(app) {
        app.with_user("mari@example.ee", &[]).await;
        let session = app.log_in("mari@example.ee").await;
        let reply = app.call("/api/accounts/log_out", &[], &[&session]).await;
        assert_eq!(reply.status, StatusCode::OK);
        assert!(reply.set_cookies().iter().any(|c| c.starts_with("raekoda_session=;") && c.contains("Max-Age=0")));
        // Even a browser that kept the old cookie is no longer signed in.
        let page = app.get("/account", &[&session]).await;
        assert_eq!(page.status, StatusCode::FOUND);
        assert_eq!(page.header(header::LOCATION), Some("/login?next=/account"));
    }

    async fn the_dashboard_is_for_staff_only(app) {
        let anonymous = app.get("/admin", &[]).await;
        assert_eq!(anonymous.status, StatusCode::FOUND);
        assert_eq!(anonymous.header(header::LOCATION), Some("/login?next=/admin"));

        app.with_user("mari@example.ee", &[]).await;
        let citizen = app.log_in("mari@example.ee").await;
        let refused = app.get("/admin", &[&citizen]).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert!(refused.body.contains("Sul ei ole sellele lehele ligipääsu"));

        use sea_orm::EntityTrait;
        let app = app.with_demo().await;
        let first = app::rooms::entity::institution::Entity::find_by_id(1).one(&app.db).await.unwrap().expect("the demo's first institution");
        app.with_user("ruth@example.ee", &[(Role::RoomManager, Some(1))]).await;
        let manager = app.log_in("ruth@example.ee").await;
        let page = app.get("/admin", &[&manager]).await;
        assert_eq!(page.status, StatusCode::OK);
        // The institution by its name, not its number; the sessions count is for administrators.
        assert!(page.body.contains("Ruumide haldaja") && page.body.contains(&format!(" ({})", first.name)), "{}", page.body);
        assert!(!page.body.contains("asutus nr"));
        assert!(page.body.contains("Registreeritud inimesi"));
        assert!(!page.body.contains("Aktiivseid seansse"));
        let admin = app.log_in_demo("admin@raekoda.test").await;
        assert!(app.get("/admin", &[&admin]).await.body.contains("Aktiivseid seansse"));
    }

    async fn a_staff_page_names_the_role_it_needs_to_staff_without_it(app) {
        app.with_user("ruth@example.ee", &[(Role::RoomManager, Some(1))]).await;
        let manager = app.log_in("ruth@example.ee").await;
        for (path, roles, lead) in [
            ("/admin/moderation", "Moderaator, Administraator", "Kommentaarid ja ideed, millest on teatatud"),
            ("/admin/outbox", "Administraator", "Viimased 200 e-kirja"),
        ] {
            let page = app.get(path, &[&manager]).await;
            assert_eq!(page.status, StatusCode::FORBIDDEN, "{path}");
            assert!(page.body.contains(&format!("Selle lehe jaoks on vaja üht neist rollidest: {roles}.")), "{path}: {}", page.body);
            assert!(!page.body.contains(lead), "{path}: none of the page itself is shown");
        }
        app.with_user("mati@example.ee", &[(Role::Moderator, None)]).await;
        let moderator = app.log_in("mati@example.ee").await;
        assert_eq!(app.get("/admin/moderation", &[&moderator]).await.status, StatusCode::OK);
    }

    async fn staff_server_functions_refuse_citizens_and_strangers(app) {
        let anonymous = app.call("/api/admin/overview", &[], &[]).await;
        assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
        assert_eq!(anonymous.json(), "Unauthorized");

        app.with_user("mari@example.ee", &[]).await;
        let citizen = app.log_in("mari@example.ee").await;
        let refused = app.call("/api/admin/overview", &[], &[&citizen]).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert_eq!(refused.json(), "Forbidden");

        app.with_user("admin@example.ee", &[(Role::Administrator, None)]).await;
        let admin = app.log_in("admin@example.ee").await;
        let figures = app.call("/api/admin/overview", &[], &[&admin]).await;
        assert_eq!(figures.status, StatusCode::OK, "{}", figures.body);
        assert_eq!(figures.json()["people"], 2);
        assert_eq!(figures.json()["staff"], 1);
    }

    async fn writes_from_other_sites_are_refused(app) {
        app.with_user("mari@example.ee", &[]).await;
        let form = [("email", "mari@example.ee"), ("password", PASSWORD)];
        let forged = app.post("/api/accounts/log_in", &form, &[], "application/json", Some("https://evil.example")).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        assert!(forged.cookie("raekoda_session").is_none());
        let anonymous = app.post("/api/accounts/log_in", &form, &[], "application/json", None).await;
        assert_eq!(anonymous.status, StatusCode::FORBIDDEN);
        let ours = app.post("/api/accounts/log_in", &form, &[], "application/json", Some(ORIGIN)).await;
        assert_eq!(ours.status, StatusCode::OK);
    }

    async fn internal_details_never_reach_the_page(app) {
        // Break the database under the app: the person sees a plain message, not SQL.
        use sea_orm::ConnectionTrait;
        app.db.execute_unprepared("DROP TABLE login_attempts").await.unwrap();
        app.with_user("mari@example.ee", &[]).await;
        let reply = app.call("/api/accounts/log_in", &[("email", "mari@example.ee"), ("password", PASSWORD)], &[]).await;
        assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(reply.json(), "Internal");
        assert!(!reply.body.to_lowercase().contains("login_attempts"));
    }

    async fn the_demo_seed_is_idempotent(app) {
        app::seed::seed_demo(&app.db).await.unwrap();
        app::seed::seed_demo(&app.db).await.unwrap();
        use sea_orm::{EntityTrait, PaginatorTrait};
        let people = app::accounts::entity::user::Entity::find().count(&app.db).await.unwrap();
        assert_eq!(people as usize, app::seed::DEMO_ACCOUNTS.len());
        let cookie = {
            let reply = app
                .call("/api/accounts/log_in", &[("email", "admin@raekoda.test"), ("password", app::seed::DEMO_PASSWORD)], &[])
                .await;
            reply.cookie("raekoda_session").expect("demo admin can log in")
        };
        assert_eq!(app.get("/admin", &[&cookie]).await.status, StatusCode::OK);
    }
}
