//! Accounts people can rely on (issue 15), over real HTTP on both databases: a new address
//! must be proven before its holder may book or follow; a forgotten password is reset by a
//! single-use link that ends every session; people see and end their own sessions; and
//! each person's e-mails are written in the language stored on their account.

use crate::support::{self, TestApp, PASSWORD};

use app::accounts::entity::{account_token, user};
use app::core::i18n::{Locale, Msg};
use app::notifications::entity::outbox;
use http::{header, Request, StatusCode};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

const NEW_PASSWORD: &str = "uus-pikk-parool-2";

/// The newest e-mail queued for `to`.
async fn last_mail(app: &TestApp, to: &str) -> outbox::Model {
    outbox::Entity::find().filter(outbox::Column::ToEmail.eq(to)).order_by_desc(outbox::Column::Id).one(&app.db).await.unwrap().unwrap_or_else(|| panic!("no e-mail to {to}"))
}

async fn mails_to(app: &TestApp, to: &str) -> u64 {
    outbox::Entity::find().filter(outbox::Column::ToEmail.eq(to)).count(&app.db).await.unwrap()
}

/// The token of the link after `path` in an e-mail's body.
fn token_after(body: &str, path: &str) -> String {
    body.split(path).nth(1).unwrap_or_else(|| panic!("no {path} link in: {body}")).split_whitespace().next().unwrap().to_owned()
}

/// Signs up through the real server function, the page in `language`; gives the session cookie.
async fn sign_up(app: &TestApp, email: &str, language: &str) -> String {
    let lang = format!("raekoda_lang={language}");
    let reply = app.call("/api/accounts/sign_up", &[("name", "Uus Inimene"), ("email", email), ("password", PASSWORD), ("accept_terms", "yes")], &[&lang]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.cookie("raekoda_session").expect("signed in")
}

fn message_of(reply: &support::Reply) -> String {
    reply.json()["Validation"][0]["message"].as_str().unwrap_or_default().to_owned()
}

/// A booking request for the Auditoorium on the first weekday at least `days` ahead.
async fn request_booking(app: &TestApp, session: &str, days: i64) -> support::Reply {
    let mut day = app::core::clock::today() + chrono::Duration::days(days);
    while matches!(chrono::Datelike::weekday(&day), chrono::Weekday::Sat | chrono::Weekday::Sun) || app::rooms::rules::estonian_public_holidays(chrono::Datelike::year(&day)).contains(&day) {
        day += chrono::Duration::days(1);
    }
    let date = day.format("%Y-%m-%d").to_string();
    app.call(
        "/api/rooms/request_booking",
        &[("room", "htg-auditoorium"), ("date", &date), ("start", "18:00"), ("end", "19:00"), ("participants", "30"), ("purpose", "Koosolek"), ("public_title", ""), ("accept_terms", "yes")],
        &[session],
    )
    .await
}

/// Signs in with the browser named by `user_agent`; gives the session cookie.
async fn log_in_from(app: &TestApp, email: &str, password: &str, user_agent: &str) -> String {
    let body = format!("email={}&password={}", support::urlencode(email), support::urlencode(password));
    let request = Request::post("/api/accounts/log_in")
        .header(header::HOST, support::HOST)
        .header(header::ACCEPT, "application/json")
        .header(header::ORIGIN, support::ORIGIN)
        .header(header::USER_AGENT, user_agent)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(body))
        .unwrap();
    let reply = app.send(request).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.cookie("raekoda_session").unwrap()
}

/// Whether a session cookie still signs anyone in.
async fn signed_in(app: &TestApp, session: &str) -> bool {
    app.call("/api/accounts/sessions", &[], &[session]).await.status == StatusCode::OK
}

on_both_databases! {
    async fn a_new_account_may_look_but_not_book_or_follow_until_the_link_proves_its_address(app) {
        let app = app.with_demo().await;
        let session = sign_up(&app, "uus@example.ee", "et").await;
        let mail = last_mail(&app, "uus@example.ee").await;
        assert_eq!(mail.subject, "Kinnita oma e-posti aadress");
        assert!(mail.body.contains("72 tundi"), "{}", mail.body);
        let token = token_after(&mail.body, "/account/verify/");

        // Looking is allowed, and every page says what waits for the link.
        let home = app.get("/", &[&session]).await;
        assert!(home.body.contains("Kinnita oma e-posti aadress uus@example.ee") && home.body.contains("Saada link uuesti"), "{}", home.body);
        assert!(app.get("/account", &[&session]).await.body.contains("uus@example.ee (kinnitamata)"));
        let refused = request_booking(&app, &session, 3).await;
        assert_eq!((refused.status, refused.json()), (StatusCode::FORBIDDEN, serde_json::json!("Unverified")), "{}", refused.body);
        let follow = app.call("/api/follow", &[("kind", "topic"), ("key", "energy"), ("mode", "weekly"), ("back", "/topics/energy")], &[&session]).await;
        assert_eq!(follow.status, StatusCode::FORBIDDEN);
        let idea = app.call("/api/ideas/submit", &[("title", "Pink"), ("description", "Pargipink Toomemäele"), ("topic", "mobility")], &[&session]).await;
        assert_eq!(idea.status, StatusCode::FORBIDDEN);
        // Without JavaScript the refusal comes back to the form, in words.
        let plain = app.post_plain("/api/follow", &[("kind", "topic"), ("key", "energy"), ("mode", "weekly"), ("back", "/topics/energy")], &[&session], "/topics/energy").await;
        assert_eq!(plain.status, StatusCode::FOUND);
        let flash = plain.set_cookies().into_iter().find(|c| c.starts_with("raekoda_flash=")).expect("a flash");
        let value = flash.trim_start_matches("raekoda_flash=").split(';').next().unwrap();
        let flash = app::core::cookies::decode_flash(value).expect("a readable flash");
        assert_eq!(flash.errors[0].message, Msg::ErrorUnverified);

        // Asking for the link again at once is refused with the wait; a wrong token changes nothing.
        let again = app.call("/api/accounts/resend_verification", &[], &[&session]).await;
        assert_eq!((again.status, message_of(&again)), (StatusCode::BAD_REQUEST, "ValLinkWait".to_owned()), "{}", again.body);
        assert_eq!(mails_to(&app, "uus@example.ee").await, 1);
        let wrong = app.call("/api/accounts/verify_email", &[("token", "arvatud")], &[&session]).await;
        assert_eq!((wrong.status, message_of(&wrong)), (StatusCode::BAD_REQUEST, "ValLinkInvalid".to_owned()));

        // The link's page asks for one press (a mail scanner's fetch uses nothing up).
        let page = app.get(&format!("/account/verify/{token}"), &[]).await;
        assert!(page.body.contains("Kinnita minu aadress"), "{}", page.body);
        let uus = user::Entity::find().filter(user::Column::Email.eq("uus@example.ee")).one(&app.db).await.unwrap().unwrap().id;
        let unused = || account_token::Entity::find().filter(account_token::Column::UserId.eq(uus)).filter(account_token::Column::UsedAt.is_null()).count(&app.db);
        assert_eq!(unused().await.unwrap(), 1, "opening the link's page uses nothing up");
        let verified = app.call("/api/accounts/verify_email", &[("token", &token)], &[&session]).await;
        assert_eq!((verified.status, verified.json()), (StatusCode::OK, serde_json::json!("/account")), "{}", verified.body);
        assert_eq!(unused().await.unwrap(), 0, "pressing the button uses the link");
        assert!(app.get("/account", &[&session]).await.body.contains("uus@example.ee (kinnitatud)"));
        assert!(!app.get("/", &[&session]).await.body.contains("Saada link uuesti"));
        assert_eq!(request_booking(&app, &session, 3).await.status, StatusCode::OK, "booking is allowed now");
        let reused = app.call("/api/accounts/verify_email", &[("token", &token)], &[]).await;
        assert_eq!((reused.status, message_of(&reused)), (StatusCode::BAD_REQUEST, "ValLinkInvalid".to_owned()), "single use");

        // An expired link proves nothing.
        let late = sign_up(&app, "hiline@example.ee", "et").await;
        let late_token = token_after(&last_mail(&app, "hiline@example.ee").await.body, "/account/verify/");
        let late_id = user::Entity::find().filter(user::Column::Email.eq("hiline@example.ee")).one(&app.db).await.unwrap().unwrap().id;
        account_token::Entity::update_many()
            .col_expr(account_token::Column::ExpiresAt, Expr::value(app::core::clock::now() - chrono::Duration::seconds(1)))
            .filter(account_token::Column::UserId.eq(late_id))
            .exec(&app.db)
            .await
            .unwrap();
        let expired = app.call("/api/accounts/verify_email", &[("token", &late_token)], &[&late]).await;
        assert_eq!((expired.status, message_of(&expired)), (StatusCode::BAD_REQUEST, "ValLinkInvalid".to_owned()));
        assert!(user::Entity::find_by_id(late_id).one(&app.db).await.unwrap().unwrap().email_verified_at.is_none());
    }

    async fn a_forgotten_password_is_reset_by_a_link_that_works_once_and_ends_every_session(app) {
        let app = app.with_demo().await;
        app.with_user("unustaja@example.ee", &[]).await;
        let phone = app.log_in("unustaja@example.ee").await;
        let laptop = app.log_in("unustaja@example.ee").await;

        // The same answer whether or not the address has an account; only a real one gets mail.
        let unknown = app.call("/api/accounts/forgot_password", &[("email", "keegi@example.ee")], &[]).await;
        let known = app.call("/api/accounts/forgot_password", &[("email", " Unustaja@Example.ee ")], &[]).await;
        assert_eq!((unknown.status, unknown.json()), (known.status, known.json()));
        assert_eq!(known.status, StatusCode::OK);
        assert_eq!(mails_to(&app, "keegi@example.ee").await, 0);
        let mail = last_mail(&app, "unustaja@example.ee").await;
        assert_eq!(mail.subject, "Uue parooli seadmine");
        assert!(mail.body.contains("1 tund"), "{}", mail.body);
        let token = token_after(&mail.body, "/reset-password/");
        let bad = app.call("/api/accounts/forgot_password", &[("email", "pole-aadress")], &[]).await;
        assert_eq!(bad.json()["Validation"][0]["field"], "email");

        // A too-short password is named and leaves the link usable.
        assert!(app.get(&format!("/reset-password/{token}"), &[]).await.body.contains("Vali uus parool"));
        let short = app.call("/api/accounts/reset_password", &[("token", &token), ("password", "lühike")], &[]).await;
        assert_eq!((short.status, short.json()["Validation"][0]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("password")));
        let reset = app.call("/api/accounts/reset_password", &[("token", &token), ("password", NEW_PASSWORD)], &[]).await;
        assert_eq!((reset.status, reset.json()), (StatusCode::OK, serde_json::json!("/account")), "{}", reset.body);
        let fresh = reset.cookie("raekoda_session").expect("signed in afresh");
        assert!(signed_in(&app, &fresh).await);
        assert!(!signed_in(&app, &phone).await && !signed_in(&app, &laptop).await, "every other session has ended");

        // The old password no longer works, the new one does; the link works once.
        let old = app.call("/api/accounts/log_in", &[("email", "unustaja@example.ee"), ("password", PASSWORD)], &[]).await;
        assert_eq!(old.status, StatusCode::BAD_REQUEST);
        assert_eq!(app.call("/api/accounts/log_in", &[("email", "unustaja@example.ee"), ("password", NEW_PASSWORD)], &[]).await.status, StatusCode::OK);
        let again = app.call("/api/accounts/reset_password", &[("token", &token), ("password", "kolmas-pikk-parool")], &[]).await;
        assert_eq!((again.status, message_of(&again)), (StatusCode::BAD_REQUEST, "ValLinkInvalid".to_owned()));

        // A link an hour old is refused (the row's expiry, as the clock would have it).
        account_token::Entity::delete_many().exec(&app.db).await.unwrap();
        app.call("/api/accounts/forgot_password", &[("email", "unustaja@example.ee")], &[]).await;
        let stale = token_after(&last_mail(&app, "unustaja@example.ee").await.body, "/reset-password/");
        account_token::Entity::update_many()
            .col_expr(account_token::Column::ExpiresAt, Expr::value(app::core::clock::now() - chrono::Duration::seconds(1)))
            .exec(&app.db)
            .await
            .unwrap();
        let expired = app.call("/api/accounts/reset_password", &[("token", &stale), ("password", "kolmas-pikk-parool")], &[]).await;
        assert_eq!(message_of(&expired), "ValLinkInvalid");
        assert_eq!(app.call("/api/accounts/log_in", &[("email", "unustaja@example.ee"), ("password", NEW_PASSWORD)], &[]).await.status, StatusCode::OK);
    }

    async fn people_see_their_sessions_end_one_or_all_others_and_a_new_password_ends_the_rest(app) {
        app.with_user("mitu@example.ee", &[]).await;
        app.with_user("teine@example.ee", &[]).await;
        let here = log_in_from(&app, "mitu@example.ee", PASSWORD, "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0").await;
        let phone = log_in_from(&app, "mitu@example.ee", PASSWORD, "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36").await;
        let office = log_in_from(&app, "mitu@example.ee", PASSWORD, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0").await;
        let stranger = app.log_in("teine@example.ee").await;

        let page = app.get("/account", &[&here]).await;
        assert!(page.body.contains("Firefox, Linux") && page.body.contains("Chrome, Android") && page.body.contains("Edge, Windows"), "{}", page.body);
        assert!(page.body.contains("See brauser") && page.body.contains("Logi välja kõikjal mujal"));
        let sessions = app.call("/api/accounts/sessions", &[], &[&here]).await.json();
        let rows = sessions.as_array().unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0]["this_one"], true, "this one first");
        let phone_id = rows.iter().find(|r| r["browser"] == "Chrome, Android").unwrap()["id"].as_str().unwrap().to_owned();

        // Only one's own sessions can be ended.
        assert_eq!(app.call("/api/accounts/end_session", &[("session", &phone_id)], &[&stranger]).await.status, StatusCode::NOT_FOUND);
        assert!(signed_in(&app, &phone).await);
        assert_eq!(app.call("/api/accounts/end_session", &[("session", &phone_id)], &[&here]).await.status, StatusCode::OK);
        assert!(!signed_in(&app, &phone).await && signed_in(&app, &office).await && signed_in(&app, &here).await);
        assert_eq!(app.call("/api/accounts/log_out_elsewhere", &[], &[&here]).await.status, StatusCode::OK);
        assert!(!signed_in(&app, &office).await && signed_in(&app, &here).await && signed_in(&app, &stranger).await);

        // Changing the password needs the current one, and ends the other sessions.
        let other = app.log_in("mitu@example.ee").await;
        let wrong = app.call("/api/accounts/change_password", &[("current_password", "vale-parool-123"), ("new_password", NEW_PASSWORD)], &[&here]).await;
        assert_eq!((wrong.status, wrong.json()["Validation"][0]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("current_password")));
        let short = app.call("/api/accounts/change_password", &[("current_password", PASSWORD), ("new_password", "lühike")], &[&here]).await;
        assert_eq!(short.json()["Validation"][0]["field"], "new_password");
        let changed = app.call("/api/accounts/change_password", &[("current_password", PASSWORD), ("new_password", NEW_PASSWORD)], &[&here]).await;
        assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
        assert!(signed_in(&app, &here).await && !signed_in(&app, &other).await);
        assert_eq!(app.call("/api/accounts/log_in", &[("email", "mitu@example.ee"), ("password", NEW_PASSWORD)], &[]).await.status, StatusCode::OK);
    }

    async fn a_russian_speakers_link_booking_decision_and_digest_arrive_in_russian(app) {
        let app = app.with_demo().await;
        let session = sign_up(&app, "vera@example.ee", "ru").await;
        let mail = last_mail(&app, "vera@example.ee").await;
        assert_eq!(mail.subject, "Подтвердите свой адрес e-mail");
        let token = token_after(&mail.body, "/account/verify/");
        assert_eq!(app.call("/api/accounts/verify_email", &[("token", &token)], &[&session]).await.status, StatusCode::OK);
        // Her pages follow her account's language until she picks another on the page.
        assert!(app.get("/account", &[&session]).await.body.contains("Мой профиль"));

        // She books from a page in Estonian: the e-mails stay in her language.
        let estonian_page = "raekoda_lang=et";
        let booked = request_booking(&app, &format!("{session}; {estonian_page}"), 4).await;
        assert_eq!(booked.status, StatusCode::OK, "{}", booked.body);
        assert_eq!(last_mail(&app, "vera@example.ee").await.subject, Msg::OutboxBookingRequestedSubject.text(Locale::Ru));
        let id = booked.json().as_str().unwrap().rsplit('/').next().unwrap().to_owned();
        let manager = app.log_in_demo("rooms@raekoda.test").await;
        let decided = app.call("/api/admin/bookings/decide", &[("id", &id), ("decision", "reject"), ("reason", "Saal on remondis.")], &[&manager]).await;
        assert_eq!(decided.status, StatusCode::OK, "{}", decided.body);
        let decision = last_mail(&app, "vera@example.ee").await;
        assert_eq!(decision.subject, Msg::OutboxBookingRejectedSubject.text(Locale::Ru));
        assert!(decision.body.contains("Saal on remondis.") && decision.body.contains(Msg::MailSignature.text(Locale::Ru)), "{}", decision.body);

        // Her weekly digest too.
        let follow = app.call("/api/follow", &[("kind", "consultation"), ("key", "paikesepaneelid-koolidel"), ("mode", "weekly"), ("back", "/x")], &[&session]).await;
        assert_eq!(follow.status, StatusCode::OK, "{}", follow.body);
        let admin = app.log_in_demo("admin@raekoda.test").await;
        let response = app.call("/api/consultations/respond", &[("slug", "paikesepaneelid-koolidel"), ("response", "Paneelid tulevad.")], &[&admin]).await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.body);
        let today = app::rooms::rules::to_local(chrono::Utc::now()).date();
        let monday = today + chrono::Duration::days(7 - i64::from(chrono::Datelike::weekday(&today).num_days_from_monday()));
        let monday_nine = app::rooms::rules::local_to_utc(monday, chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap()).unwrap();
        assert!(app::notifications::server::send_digests(&app.db, support::ORIGIN, monday_nine).await.unwrap() >= 1);
        let digest = last_mail(&app, "vera@example.ee").await;
        assert_eq!(digest.subject, "Еженедельная сводка Raekoda: новостей 1");
        assert!(digest.body.contains(Msg::DigestManage.text(Locale::Ru)), "{}", digest.body);

        // Choosing English on /account: stored, and the next e-mail is in English.
        let chosen = app.call("/api/accounts/language", &[("language", "en")], &[&session]).await;
        assert_eq!(chosen.status, StatusCode::OK);
        assert_eq!(user::Entity::find().filter(user::Column::Email.eq("vera@example.ee")).one(&app.db).await.unwrap().unwrap().locale, "en");
        assert_eq!(app.call("/api/accounts/language", &[("language", "xx")], &[&session]).await.json()["Validation"][0]["field"], "language");
        app.call("/api/accounts/forgot_password", &[("email", "vera@example.ee")], &[]).await;
        assert_eq!(last_mail(&app, "vera@example.ee").await.subject, "Setting a new password");
    }
}
