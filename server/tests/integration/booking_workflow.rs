//! The booking workflow against real databases: staff approve and reject, bookers cancel
//! within the policy, requests expire, and everything is in the history and the outbox.
//! Calendars, `.ics` files (parsed by Python's `icalendar`) and the monthly report.


use app::notifications::entity::outbox;
use app::rooms::entity::{booking, booking_event};
use chrono::{Datelike, Utc};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use crate::support::TestApp;

/// The next `weekday` at least two days after today in Tartu that is no public holiday.
fn next_weekday(weekday: chrono::Weekday) -> chrono::NaiveDate {
    let mut day = app::core::clock::today() + chrono::Duration::days(2);
    while day.weekday() != weekday || app::rooms::rules::estonian_public_holidays(day.year()).contains(&day) {
        day += chrono::Duration::days(1);
    }
    day
}

/// `from` or the first day after it that the Auditoorium opens (Monday to Friday, no holiday).
fn first_open_weekday_from(from: chrono::NaiveDate) -> chrono::NaiveDate {
    let mut day = from;
    while matches!(day.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun) || app::rooms::rules::estonian_public_holidays(day.year()).contains(&day) {
        day += chrono::Duration::days(1);
    }
    day
}

/// Sends a request for the Auditoorium; answers the new booking's id.
async fn request(app: &TestApp, session: &str, date: chrono::NaiveDate, start: &str, end: &str, title: &str) -> i32 {
    let date = date.format("%Y-%m-%d").to_string();
    let reply = app
        .call(
            "/api/rooms/request_booking",
            &[("room", "htg-auditoorium"), ("date", &date), ("start", start), ("end", end), ("participants", "80"),
              ("purpose", "Koolitus õpetajatele"), ("public_title", title), ("accept_terms", "yes")],
            &[session],
        )
        .await;
    assert_eq!(reply.status, http::StatusCode::OK, "{}", reply.body);
    reply.json().as_str().unwrap().rsplit('/').next().unwrap().parse().unwrap()
}

async fn demo_manager(app: &TestApp) -> String {
    app.call("/api/accounts/log_in", &[("email", "rooms@raekoda.test"), ("password", app::seed::DEMO_PASSWORD)], &[])
        .await
        .cookie("raekoda_session")
        .expect("the demo room manager logs in")
}

async fn status_of(app: &TestApp, id: i32) -> String {
    booking::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap().status
}

on_both_databases! {
    async fn a_room_manager_approves_and_the_booker_hears_of_it(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        let id = request(&app, &mari, next_weekday(chrono::Weekday::Tue), "18:00", "20:00", "").await;
        let id_text = id.to_string();

        // The queue shows it, oldest first, to the manager of its institution only.
        let ruth = demo_manager(&app).await;
        let queue = app.get("/admin/bookings", &[&ruth]).await;
        assert_eq!(queue.status, http::StatusCode::OK);
        assert!(queue.body.contains(&format!(r#"href="/admin/bookings/{id}""#)), "{}", queue.body);
        app.with_user("other-manager@example.ee", &[(app::core::roles::Role::RoomManager, Some(2))]).await;
        let other = app.log_in("other-manager@example.ee").await;
        assert!(!app.get("/admin/bookings", &[&other]).await.body.contains(&format!(r#"href="/admin/bookings/{id}""#)));
        assert_eq!(app.get("/admin/bookings", &[&mari]).await.status, http::StatusCode::FORBIDDEN);

        // Neither the booker nor another institution's manager may decide.
        let decide = |session: String, decision: &'static str, reason: &'static str| {
            let app = &app;
            let id_text = id_text.clone();
            async move { app.call("/api/admin/bookings/decide", &[("id", &id_text), ("decision", decision), ("reason", reason)], &[&session]).await }
        };
        assert_eq!(decide(mari.clone(), "approve", "").await.status, http::StatusCode::FORBIDDEN);
        assert_eq!(decide(other.clone(), "approve", "").await.status, http::StatusCode::FORBIDDEN);
        assert_eq!(status_of(&app, id).await, "requested");

        let approved = decide(ruth.clone(), "approve", "").await;
        assert_eq!(approved.status, http::StatusCode::OK, "{}", approved.body);
        assert_eq!(status_of(&app, id).await, "approved");
        // A second decision finds it decided.
        assert_eq!(decide(ruth.clone(), "reject", "Liiga hilja").await.status, http::StatusCode::CONFLICT);

        let history = booking_event::Entity::find().filter(booking_event::Column::BookingId.eq(id)).order_by_asc(booking_event::Column::Id).all(&app.db).await.unwrap();
        assert_eq!(history.iter().map(|e| e.status.as_str()).collect::<Vec<_>>(), ["requested", "approved"]);
        assert!(history[1].actor_id.is_some(), "who approved is kept");
        let mail = outbox::Entity::find().filter(outbox::Column::ToEmail.eq("mari@example.ee")).order_by_desc(outbox::Column::Id).one(&app.db).await.unwrap().unwrap();
        assert_eq!(mail.subject, "Broneering on kinnitatud");
        assert!(mail.body.contains("Auditoorium") && mail.body.contains("18:00–20:00"), "{}", mail.body);

        let page = app.get(&format!("/my/bookings/{id}"), &[&mari]).await;
        assert!(page.body.contains("Kinnitatud"));
        assert!(page.body.contains(&format!(r#"href="/my/bookings/{id}/booking.ics""#)));
        let inbox = app.get("/my/inbox", &[&mari]).await;
        assert!(inbox.body.contains("Sinu broneeringu „Auditoorium,") && inbox.body.contains(&format!(r#"href="/my/bookings/{id}""#)), "the decision is in the booker's inbox too");
    }

    async fn rejecting_needs_a_reason_the_booker_reads(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        let id = request(&app, &mari, next_weekday(chrono::Weekday::Wed), "18:00", "20:00", "").await;
        let ruth = demo_manager(&app).await;
        let id_text = id.to_string();
        let without = app.call("/api/admin/bookings/decide", &[("id", &id_text), ("decision", "reject"), ("reason", "  ")], &[&ruth]).await;
        assert_eq!(without.status, http::StatusCode::BAD_REQUEST);
        assert_eq!(without.json()["Validation"][0]["field"], "reason");
        // Without JavaScript the refusal comes back to the form with the message.
        let plain = app.post_plain("/api/admin/bookings/decide", &[("id", &id_text), ("decision", "reject"), ("reason", "")], &[&ruth], &format!("/admin/bookings/{id}")).await;
        assert_eq!(plain.header(http::header::LOCATION), Some(format!("/admin/bookings/{id}").as_str()));

        let with = app.call("/api/admin/bookings/decide", &[("id", &id_text), ("decision", "reject"), ("reason", "Saalis on remont")], &[&ruth]).await;
        assert_eq!(with.status, http::StatusCode::OK);
        assert_eq!(status_of(&app, id).await, "rejected");
        let page = app.get(&format!("/my/bookings/{id}"), &[&mari]).await;
        assert!(page.body.contains("Tagasi lükatud") && page.body.contains("Saalis on remont"));
        // The e-mail: what was decided, why, what the booker can do, and the page.
        let mail = outbox::Entity::find().filter(outbox::Column::ToEmail.eq("mari@example.ee")).order_by_desc(outbox::Column::Id).one(&app.db).await.unwrap().unwrap();
        assert!(mail.body.contains("Olek: Tagasi lükatud.") && mail.body.contains("Põhjus: Saalis on remont"), "{}", mail.body);
        assert!(mail.body.contains("Võid valida ruumi lehel teise aja") && mail.body.contains(&format!("/my/bookings/{id}")), "{}", mail.body);
        // A rejected request frees the time for others.
        app.with_user("jaan@example.ee", &[]).await;
        let jaan = app.log_in("jaan@example.ee").await;
        request(&app, &jaan, next_weekday(chrono::Weekday::Wed), "19:00", "21:00", "").await;
    }

    async fn the_booker_cancels_and_sees_the_fee_first(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        // Inside the Auditoorium's 7 days before (free cancelling ends then) on whatever
        // day this runs: the first open weekday 2 days or more after today in Tartu (at most
        // 6 days ahead, holidays included).
        let soon = first_open_weekday_from(app::core::clock::today() + chrono::Duration::days(2));
        assert!(soon - app::core::clock::today() < chrono::Duration::days(7));
        let id = request(&app, &mari, soon, "18:00", "20:00", "").await;
        let ruth = demo_manager(&app).await;
        app.call("/api/admin/bookings/decide", &[("id", &id.to_string()), ("decision", "approve")], &[&ruth]).await;
        let page = app.get(&format!("/my/bookings/{id}"), &[&mari]).await;
        assert!(page.body.contains("Jah, tühista broneering"));
        // Two hours at 50 € is 100 €; half of it after the free days.
        let free_until = (soon - chrono::Duration::days(7)).format("%Y-%m-%d").to_string();
        assert!(page.body.contains("Praegu tühistades tuleb maksta 50,00 €"), "the fee is shown before cancelling");
        assert!(page.body.contains(&free_until), "the page says until when cancelling was free");
        // Someone else cannot cancel it.
        app.with_user("jaan@example.ee", &[]).await;
        let jaan = app.log_in("jaan@example.ee").await;
        assert_eq!(app.call("/api/bookings/cancel", &[("id", &id.to_string())], &[&jaan]).await.status, http::StatusCode::NOT_FOUND);

        let cancelled = app.call("/api/bookings/cancel", &[("id", &id.to_string())], &[&mari]).await;
        assert_eq!(cancelled.status, http::StatusCode::OK, "{}", cancelled.body);
        assert_eq!(status_of(&app, id).await, "cancelled");
        assert_eq!(app.call("/api/bookings/cancel", &[("id", &id.to_string())], &[&mari]).await.status, http::StatusCode::CONFLICT);
        let page = app.get(&format!("/my/bookings/{id}"), &[&mari]).await;
        assert!(page.body.contains("Tühistatud") && !page.body.contains("Jah, tühista broneering"));
        let history = booking_event::Entity::find().filter(booking_event::Column::BookingId.eq(id)).order_by_desc(booking_event::Column::Id).one(&app.db).await.unwrap().unwrap();
        assert_eq!(history.note.as_deref(), Some("Tühistamistasu 50,00 €."), "the fee is kept in the history");
        // The time is free again.
        request(&app, &jaan, soon, "18:00", "20:00", "").await;
    }

    async fn an_unapproved_request_inside_the_fee_days_is_free_to_cancel_and_says_why(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        // The free days are over before it was ever approved.
        let soon = first_open_weekday_from(app::core::clock::today() + chrono::Duration::days(2));
        let id = request(&app, &mari, soon, "18:00", "20:00", "").await;
        let page = app.get(&format!("/my/bookings/{id}"), &[&mari]).await;
        assert!(page.body.contains("Praegu on tühistamine tasuta, sest soovi pole veel kinnitatud."), "{}", page.body);
        assert!(!page.body.contains("tasuta kuni"), "no free-until time that has already passed");
    }

    async fn the_booking_page_states_the_rules_and_a_buffer_refusal_says_so(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        let page = app.get("/rooms/htg-auditoorium/book", &[&mari]).await;
        for rule in ["Kestus 1 kuni 8 tundi, 30-minutiliste sammudena.", "Vähemalt 24 tundi ette ja kuni 180 päeva ette.", "Broneeringute vahele jääb 30 minutit"] {
            assert!(page.body.contains(rule), "the booking page says: {rule}");
        }
        let day = next_weekday(chrono::Weekday::Tue) + chrono::Duration::days(21);
        request(&app, &mari, day, "17:00", "18:00", "").await;
        let date = day.format("%Y-%m-%d").to_string();
        let refused = app
            .call("/api/rooms/request_booking", &[("room", "htg-auditoorium"), ("date", &date), ("start", "18:00"), ("end", "19:00"), ("participants", "10"), ("purpose", "Proov"), ("accept_terms", "yes")], &[&mari])
            .await;
        assert_eq!(refused.json()["Validation"][0]["message"], "RefusalTooCloseToAnother", "{}", refused.body);
        assert_eq!(refused.json()["Validation"][0]["params"][0][1], "30");
    }

    async fn rejected_and_cancelled_bookings_offer_no_calendar_file(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        let ruth = demo_manager(&app).await;
        let day = next_weekday(chrono::Weekday::Tue) + chrono::Duration::days(14);
        let rejected = request(&app, &mari, day, "17:00", "18:00", "").await;
        let decided = app.call("/api/admin/bookings/decide", &[("id", &rejected.to_string()), ("decision", "reject"), ("reason", "Remont")], &[&ruth]).await;
        assert_eq!(decided.status, http::StatusCode::OK, "{}", decided.body);
        let cancelled = request(&app, &mari, day, "19:00", "20:00", "").await;
        assert_eq!(app.call("/api/bookings/cancel", &[("id", &cancelled.to_string())], &[&mari]).await.status, http::StatusCode::OK);
        let live = request(&app, &mari, day, "20:00", "21:00", "").await;
        for (id, offers) in [(rejected, false), (cancelled, false), (live, true)] {
            let page = app.get(&format!("/my/bookings/{id}"), &[&mari]).await;
            assert_eq!(page.body.contains("booking.ics"), offers, "booking {id}: the calendar link");
        }
    }

    async fn undecided_requests_expire_when_their_time_comes(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        let id = request(&app, &mari, next_weekday(chrono::Weekday::Tue), "18:00", "20:00", "").await;
        let far = Utc::now() + chrono::Duration::days(60);
        assert_eq!(app::rooms::workflow::expire_stale(&app.db, Utc::now()).await.unwrap(), 0);
        assert_eq!(app::rooms::workflow::expire_stale(&app.db, far).await.unwrap(), 1);
        assert_eq!(status_of(&app, id).await, "expired");
        assert_eq!(outbox::Entity::find().filter(outbox::Column::Subject.eq("Broneerimissoov aegus")).count(&app.db).await.unwrap(), 1);
    }

    async fn calendars_show_busy_times_and_only_public_titles(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        let day = next_weekday(chrono::Weekday::Tue);
        let public = request(&app, &mari, day, "17:00", "18:00", "Avatud loeng kliimast").await;
        let private = request(&app, &mari, day, "19:00", "21:00", "").await;
        let week = app::rooms::calendar::iso_week_label(day);

        let room = app.get(&format!("/rooms/htg-auditoorium?week={week}"), &[]).await;
        assert!(room.body.contains("17:00–18:00 hõivatud"), "a request not yet approved is busy without its title");
        assert!(room.body.contains("19:00–21:00 hõivatud"));
        assert!(!room.body.contains("Avatud loeng kliimast"));
        let month = app.get(&format!("/rooms/htg-auditoorium?month={}", &day.format("%Y-%m")), &[]).await;
        assert!(month.body.contains("hõivatud: 2"), "the month grid counts the day's bookings");

        let ruth = demo_manager(&app).await;
        for id in [public, private] {
            app.call("/api/admin/bookings/decide", &[("id", &id.to_string()), ("decision", "approve")], &[&ruth]).await;
        }
        let city = app.get(&format!("/calendar?week={week}"), &[]).await;
        assert!(city.body.contains("17:00–18:00 Avatud loeng kliimast · Auditoorium, Hugo Treffneri Gümnaasium"), "{}", city.body);
        assert!(!city.body.contains("19:00–21:00"), "private bookings stay off the city calendar");
        let institution = app.get(&format!("/institutions/hugo-treffneri-gumnaasium?week={week}"), &[]).await;
        assert!(institution.body.contains("19:00–21:00 hõivatud · Auditoorium"));

        // The catalogue's "free at" filter now knows the Auditoorium is taken.
        let search = app.get(&format!("/rooms?people=80&date={}&from=19%3A00&to=20%3A00", day.format("%Y-%m-%d")), &[]).await;
        assert!(!search.body.contains(r#"href="/rooms/htg-auditoorium""#));
    }

    async fn the_monthly_report_counts_hours_and_money(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        let day = next_weekday(chrono::Weekday::Tue);
        let id = request(&app, &mari, day, "18:00", "20:00", "").await;
        let ruth = demo_manager(&app).await;
        app.call("/api/admin/bookings/decide", &[("id", &id.to_string()), ("decision", "approve")], &[&ruth]).await;
        // A morning renovation the same day: closed time, not use.
        let block = app
            .call("/api/admin/bookings/new", &[("room", "htg-auditoorium"), ("date", &day.format("%Y-%m-%d").to_string()), ("start", "08:00"), ("end", "12:00"),
                  ("kind", "block"), ("purpose", "Remont")], &[&ruth])
            .await;
        assert_eq!(block.status, http::StatusCode::OK, "{}", block.body);
        let month = day.format("%Y-%m").to_string();
        let csv = app.get(&format!("/admin/rooms/report.csv?month={month}"), &[&ruth]).await;
        assert_eq!(csv.status, http::StatusCode::OK);
        assert_eq!(csv.header(http::header::CONTENT_TYPE), Some("text/csv; charset=utf-8"));
        let line = csv.body.lines().find(|l| l.contains(",Auditoorium,")).expect("the Auditoorium's row");
        assert!(line.starts_with(&format!("{month},Hugo Treffneri Gümnaasium,Auditoorium,1,2.00,")), "{line}");
        assert!(line.ends_with(",100.00,1,4.00"), "one booking of 2 h and 100 €, and apart from it one block of 4 h: {line}");
        assert!(csv.body.starts_with("month,institution,room,bookings,booked_hours,bookable_hours,utilisation_percent,revenue_eur,blocks,blocked_hours\r\n"));
        assert!(!csv.body.contains("Konverentsisaal"), "only the manager's own institution");
        let page = app.get(&format!("/admin/rooms/report?month={month}"), &[&ruth]).await;
        assert!(page.body.contains("100,00 €"));
        assert!(page.body.contains("Mida veerud loevad") && page.body.contains("Sulgemised siia ei lähe"), "the page says which column counts what");
        // The room's week calendar shows the block as closed, the booking as busy.
        let week = day.format("%G-W%V").to_string();
        let calendar = app.get(&format!("/rooms/htg-auditoorium?week={week}"), &[]).await;
        assert!(calendar.body.contains("08:00–12:00 suletud (asutuse otsus)"), "the block is a closure");
        assert!(calendar.body.contains("18:00–20:00 hõivatud"), "the booking is busy");
        assert_eq!(app.get(&format!("/admin/rooms/report.csv?month={month}"), &[&mari]).await.status, http::StatusCode::FORBIDDEN);
        assert_eq!(app.get("/admin/rooms/report.csv?month=homme", &[&ruth]).await.status, http::StatusCode::BAD_REQUEST);
    }
}

/// Both .ics files open in Python's `icalendar`, with the times in UTC and the
/// Auditoorium's local 18:00–20:00 as 16:00–18:00 UTC in winter.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ics_files_parse_with_python_icalendar() {
    let app = TestApp::sqlite().await;
    let app = app.with_demo().await;
    app.with_user("mari@example.ee", &[]).await;
    let mari = app.log_in("mari@example.ee").await;
    let day = next_weekday(chrono::Weekday::Tue);
    let id = request(&app, &mari, day, "18:00", "20:00", "Avatud loeng, kõigile").await;
    let ruth = demo_manager(&app).await;
    app.call("/api/admin/bookings/decide", &[("id", &id.to_string()), ("decision", "approve")], &[&ruth]).await;

    let one = app.get(&format!("/my/bookings/{id}/booking.ics"), &[&mari]).await;
    assert_eq!(one.status, http::StatusCode::OK);
    assert_eq!(one.header(http::header::CONTENT_TYPE), Some("text/calendar; charset=utf-8"));
    assert_eq!(app.get(&format!("/my/bookings/{id}/booking.ics"), &[]).await.status, http::StatusCode::SEE_OTHER);
    app.with_user("jaan@example.ee", &[]).await;
    let jaan = app.log_in("jaan@example.ee").await;
    assert_eq!(app.get(&format!("/my/bookings/{id}/booking.ics"), &[&jaan]).await.status, http::StatusCode::NOT_FOUND);
    let feed = app.get("/rooms/htg-auditoorium/calendar.ics", &[]).await;
    assert_eq!(feed.status, http::StatusCode::OK);
    assert!(!feed.body.contains("Koolitus"), "the feed never shows a private purpose");

    let Some(python) = std::env::var("RAEKODA_PYTHON").ok() else {
        assert!(std::env::var("REQUIRE_ICALENDAR").is_err(), "REQUIRE_ICALENDAR=1 but RAEKODA_PYTHON is not set");
        eprintln!("skipped the icalendar check: RAEKODA_PYTHON is not set (make test sets it)");
        return;
    };
    let dir = std::env::temp_dir();
    let (one_path, feed_path) = (dir.join(format!("raekoda-{}-one.ics", std::process::id())), dir.join(format!("raekoda-{}-feed.ics", std::process::id())));
    std::fs::write(&one_path, &one.body).unwrap();
    std::fs::write(&feed_path, &feed.body).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/check_ics.py");
    let output = std::process::Command::new(python).arg(script).arg(&one_path).arg(&feed_path).output().expect("run python");
    assert!(output.status.success(), "icalendar could not read the files: {}", String::from_utf8_lossy(&output.stderr));
    let parsed: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let event = &parsed[0]["events"][0];
    let start = app::rooms::rules::local_to_utc(day, chrono::NaiveTime::from_hms_opt(18, 0, 0).unwrap()).unwrap();
    assert_eq!(event["start"], start.format("%Y-%m-%dT%H:%M:%S+00:00").to_string());
    assert_eq!(event["status"], "CONFIRMED");
    assert_eq!(event["summary"], "Auditoorium – Hugo Treffneri Gümnaasium");
    let busy = &parsed[1]["events"][0];
    assert_eq!(busy["summary"], "Avatud loeng, kõigile", "a public booking shows its title, commas intact");
    let _ = (std::fs::remove_file(one_path), std::fs::remove_file(feed_path));
}

on_both_databases! {
    async fn one_person_cannot_hold_every_room_with_waiting_requests(app) {
        let app = app.with_demo().await;
        app.with_user("koguja@raekoda.test", &[]).await;
        let hoarder = app.log_in("koguja@raekoda.test").await;
        let mut day = first_open_weekday_from(app::core::clock::today() + chrono::Duration::days(2));
        for _ in 0..app::rooms::request::PENDING_DATES_MAX {
            request(&app, &hoarder, day, "18:00", "19:00", "").await;
            day = first_open_weekday_from(day + chrono::Duration::days(1));
        }
        let date = day.format("%Y-%m-%d").to_string();
        let form = [("room", "htg-auditoorium"), ("date", date.as_str()), ("start", "18:00"), ("end", "19:00"), ("participants", "10"), ("purpose", "Veel üks"), ("accept_terms", "yes")];
        let refused = app.call("/api/rooms/request_booking", &form, &[&hoarder]).await;
        assert_eq!(refused.status, http::StatusCode::BAD_REQUEST, "{}", refused.body);
        assert_eq!((refused.json()["Validation"][0]["field"].as_str(), refused.json()["Validation"][0]["message"].as_str()), (Some("date"), Some("ValTooManyWaiting")));
        app.with_user("teine-broneerija@raekoda.test", &[]).await;
        let other = app.log_in("teine-broneerija@raekoda.test").await;
        request(&app, &other, day, "18:00", "19:00", "").await;
    }

    async fn a_weekly_series_is_sent_whole_or_names_the_dates_that_conflict(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        app.with_user("jaan@example.ee", &[]).await;
        let jaan = app.log_in("jaan@example.ee").await;
        // Four Mondays in a row, skipping holidays so the test stays true all year.
        let mut first = next_weekday(chrono::Weekday::Mon);
        let holidays = |d: chrono::NaiveDate| app::rooms::rules::estonian_public_holidays(d.year()).contains(&d);
        while (0..4).any(|w| holidays(first + chrono::Duration::weeks(w))) {
            first += chrono::Duration::weeks(1);
        }
        let third = first + chrono::Duration::weeks(2);
        request(&app, &jaan, third, "18:00", "20:00", "").await;
        let until = (first + chrono::Duration::weeks(3)).format("%Y-%m-%d").to_string();
        let first_text = first.format("%Y-%m-%d").to_string();
        let form = |until: &str| {
            vec![("room", "htg-auditoorium".to_owned()), ("date", first_text.clone()), ("start", "18:00".to_owned()), ("end", "20:00".to_owned()),
                 ("participants", "30".to_owned()), ("purpose", "Kooriproov".to_owned()), ("repeat_until", until.to_owned()), ("accept_terms", "yes".to_owned())]
        };
        let pairs = form(&until);
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let refused = app.call("/api/rooms/request_booking", &pairs, &[&mari]).await;
        assert_eq!(refused.status, http::StatusCode::BAD_REQUEST);
        let error = &refused.json()["Validation"][0];
        assert_eq!(error["field"], "repeat_until");
        assert_eq!(error["message"], "SeriesConflicts");
        let named = error["params"][0][1].as_str().unwrap();
        assert!(named.contains(&third.format("%d.%m.%Y").to_string()) && named.contains("juba broneeritud"), "{named}");
        assert_eq!(booking::Entity::find().filter(booking::Column::Purpose.eq("Kooriproov")).count(&app.db).await.unwrap(), 0, "nothing is half-sent");

        // The quote shows the same per-date report before sending.
        let quote = app
            .call("/api/rooms/quote", &[("room", "htg-auditoorium"), ("date", &first_text), ("start", "18:00"), ("end", "20:00"),
                  ("category", "standard"), ("add_ons", ""), ("repeat_until", &until)], &[])
            .await;
        let dates = quote.json()["dates"].as_array().unwrap().clone();
        assert_eq!(dates.len(), 4);
        assert!(dates[2][1].as_str().unwrap().contains("juba broneeritud") && dates[0][1].is_null());
        assert_eq!(quote.json()["series_total"], "400,00 €");
        // The live quote (the island's call) is the same report as the page's HTML, in the
        // reader's language: a JSON string the island puts in place.
        let live_quote = |language: &'static str| {
            let (first_text, until) = (first_text.clone(), until.clone());
            let app = &app;
            async move {
                let cookie = format!("raekoda_lang={language}");
                let fields = [("room", "htg-auditoorium"), ("date", first_text.as_str()), ("start", "18:00"), ("end", "20:00"),
                              ("category", "standard"), ("add_ons", ""), ("repeat_until", until.as_str())];
                let reply = app.call("/api/rooms/live-quote", &fields, &[&cookie]).await;
                assert_eq!(reply.status, http::StatusCode::OK, "{}", reply.body);
                reply.json().as_str().expect("the quote's HTML as a JSON string").to_owned()
            }
        };
        let estonian = live_quote("et").await;
        assert!(estonian.contains(r#"<table class="quote-table">"#) && estonian.contains("400,00 €"), "{estonian}");
        assert_eq!(estonian.matches("<li>").count(), 4, "{estonian}");
        assert!(estonian.contains("juba broneeritud"), "{estonian}");
        let russian = live_quote("ru").await;
        assert!(russian.contains("400,00 €") && !russian.contains("juba broneeritud"), "{russian}");

        // Ending before the clash sends two bookings of one series.
        let until = (first + chrono::Duration::weeks(1)).format("%Y-%m-%d").to_string();
        let pairs = form(&until);
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let sent = app.call("/api/rooms/request_booking", &pairs, &[&mari]).await;
        assert_eq!(sent.status, http::StatusCode::OK, "{}", sent.body);
        let series = booking::Entity::find().filter(booking::Column::Purpose.eq("Kooriproov")).order_by_asc(booking::Column::StartAt).all(&app.db).await.unwrap();
        assert_eq!(series.len(), 2);
        assert!(series.iter().all(|b| b.series_id == Some(series[0].id)));
    }

    /// Staff decide a weekly series as a whole, with a date decided apart as the exception;
    /// the booker hears of it in one e-mail and can cancel what is left as a whole.
    async fn a_weekly_series_is_decided_and_cancelled_as_a_whole_with_exceptions(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        let mut first = next_weekday(chrono::Weekday::Tue);
        let holidays = |d: chrono::NaiveDate| app::rooms::rules::estonian_public_holidays(d.year()).contains(&d);
        while (0..3).any(|w| holidays(first + chrono::Duration::weeks(w))) {
            first += chrono::Duration::weeks(1);
        }
        let (first_text, until) = (first.format("%Y-%m-%d").to_string(), (first + chrono::Duration::weeks(2)).format("%Y-%m-%d").to_string());
        let sent = app
            .call("/api/rooms/request_booking", &[("room", "htg-auditoorium"), ("date", &first_text), ("start", "18:00"), ("end", "20:00"),
                  ("participants", "30"), ("purpose", "Kammerkoori proov"), ("repeat_until", &until), ("accept_terms", "yes")], &[&mari])
            .await;
        assert_eq!(sent.status, http::StatusCode::OK, "{}", sent.body);
        let dates = || async { booking::Entity::find().filter(booking::Column::Purpose.eq("Kammerkoori proov")).order_by_asc(booking::Column::StartAt).all(&app.db).await.unwrap() };
        let series = dates().await;
        assert_eq!(series.len(), 3);
        let ids: Vec<String> = series.iter().map(|b| b.id.to_string()).collect();
        let ruth = demo_manager(&app).await;
        let page = app.get(&format!("/admin/bookings/{}", ids[1]), &[&ruth]).await;
        assert!(page.body.contains("Korduse kuupäevad") && page.body.contains("Kinnita kogu kordus") && page.body.contains("kõik 3 veel otsustamata"), "{}", page.body);
        // The exception first: the first date alone is rejected.
        let one = app.call("/api/admin/bookings/decide", &[("id", &ids[0]), ("decision", "reject"), ("reason", "Sel päeval on aktus")], &[&ruth]).await;
        assert_eq!(one.status, http::StatusCode::OK, "{}", one.body);
        // Rejecting the rest as a whole needs a reason, next to its own field.
        let nameless = app.call("/api/admin/bookings/decide", &[("id", &ids[1]), ("decision", "reject-series"), ("series_reason", " ")], &[&ruth]).await;
        assert_eq!(nameless.json()["Validation"][0]["field"], "series_reason");
        let mails_before = outbox::Entity::find().filter(outbox::Column::ToEmail.eq("mari@example.ee")).count(&app.db).await.unwrap();
        let whole = app.call("/api/admin/bookings/decide", &[("id", &ids[1]), ("decision", "approve-series")], &[&ruth]).await;
        assert_eq!(whole.status, http::StatusCode::OK, "{}", whole.body);
        let statuses: Vec<String> = dates().await.into_iter().map(|b| b.status).collect();
        assert_eq!(statuses, ["rejected", "approved", "approved"], "the exception keeps its decision");
        let mails: Vec<outbox::Model> = outbox::Entity::find().filter(outbox::Column::ToEmail.eq("mari@example.ee")).order_by_asc(outbox::Column::Id).all(&app.db).await.unwrap();
        assert_eq!(mails.len() as u64, mails_before + 1, "one e-mail for the series");
        let last = mails.last().unwrap();
        assert!(last.body.contains("2 kuupäeva") && last.body.contains(&(first + chrono::Duration::weeks(2)).format("%d.%m.%Y").to_string()), "{}", last.body);
        // The booker cancels what is left, as a whole.
        let mine = app.get(&format!("/my/bookings/{}", ids[2]), &[&mari]).await;
        assert!(mine.body.contains("Tühista kogu kordus") && mine.body.contains("Tühistatakse 2 kuupäeva"), "{}", mine.body);
        let cancelled = app.call("/api/bookings/cancel-series", &[("id", &ids[2])], &[&mari]).await;
        assert_eq!(cancelled.status, http::StatusCode::OK, "{}", cancelled.body);
        let statuses: Vec<String> = dates().await.into_iter().map(|b| b.status).collect();
        assert_eq!(statuses, ["rejected", "cancelled", "cancelled"]);
        app.with_user("jaan@example.ee", &[]).await;
        let jaan = app.log_in("jaan@example.ee").await;
        assert_eq!(app.call("/api/bookings/cancel-series", &[("id", &ids[2])], &[&jaan]).await.status, http::StatusCode::NOT_FOUND, "only the booker");
        assert_eq!(app.call("/api/bookings/cancel-series", &[("id", &ids[2])], &[&mari]).await.status, http::StatusCode::CONFLICT, "nothing left to cancel");
    }

    async fn add_ons_layouts_and_invoice_details_are_kept_and_priced(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        let day = next_weekday(chrono::Weekday::Wed).format("%Y-%m-%d").to_string();
        // The library hall 10:00–18:00 with equipment: the day rates (150 € + 25 €) are cheaper.
        let reply = app
            .call("/api/rooms/request_booking", &[("room", "linnaraamatukogu-konverentsisaal"), ("date", &day), ("start", "10:00"), ("end", "18:00"),
                  ("participants", "60"), ("purpose", "Seminar"), ("invoice_details", "MTÜ Näide, 80000000"), ("add_ons[0]", "equipment"),
                  ("accept_terms", "yes")], &[&mari])
            .await;
        assert_eq!(reply.status, http::StatusCode::OK, "{}", reply.body);
        let saved = booking::Entity::find().filter(booking::Column::Purpose.eq("Seminar")).one(&app.db).await.unwrap().unwrap();
        assert_eq!(saved.total_cents, 17_500);
        assert_eq!(saved.add_ons.0, ["equipment"]);
        assert_eq!(saved.invoice_details.as_deref(), Some("MTÜ Näide, 80000000"));
        let page = app.get(&format!("/my/bookings/{}", saved.id), &[&mari]).await;
        assert!(page.body.contains("Tehnika kasutamine") && page.body.contains("MTÜ Näide"));

        // At tables the branch auditorium takes 15, in rows 40.
        let at_tables = app
            .call("/api/rooms/request_booking", &[("room", "annelinna-raamatukogu-auditoorium"), ("date", &day), ("start", "12:00"), ("end", "14:00"),
                  ("participants", "30"), ("layout", "tables"), ("purpose", "Töötuba"), ("accept_terms", "yes")], &[&mari])
            .await;
        assert_eq!(at_tables.json()["Validation"][0]["message"], "RefusalOverCapacity");
        assert_eq!(at_tables.json()["Validation"][0]["params"][0][1], "15");
        let in_rows = app
            .call("/api/rooms/request_booking", &[("room", "annelinna-raamatukogu-auditoorium"), ("date", &day), ("start", "12:00"), ("end", "14:00"),
                  ("participants", "30"), ("layout", "theatre"), ("purpose", "Töötuba"), ("accept_terms", "yes")], &[&mari])
            .await;
        assert_eq!(in_rows.status, http::StatusCode::OK, "{}", in_rows.body);
        // An add-on the room does not offer is refused by name.
        let unknown = app
            .call("/api/rooms/request_booking", &[("room", "htg-auditoorium"), ("date", &day), ("start", "18:00"), ("end", "20:00"),
                  ("participants", "30"), ("purpose", "x"), ("add_ons[0]", "equipment"), ("accept_terms", "yes")], &[&mari])
            .await;
        assert_eq!(unknown.json()["Validation"][0]["field"], "add_ons");
    }
}

on_both_databases! {
    /// A reduced price needs an organisation, and the room manager decides whether it
    /// applies: staff see the category, the organisation and every quote line, and may
    /// approve at the standard price instead.
    async fn a_reduced_price_is_the_room_managers_to_confirm(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        let date = next_weekday(chrono::Weekday::Thu).format("%Y-%m-%d").to_string();
        let ask = |organisation: &'static str| {
            let (app, mari, date) = (&app, mari.clone(), date.clone());
            async move {
                app.call(
                    "/api/rooms/request_booking",
                    &[("room", "htg-auditoorium"), ("date", &date), ("start", "18:00"), ("end", "20:00"), ("participants", "30"),
                      ("purpose", "Seltsi aastakoosolek"), ("organisation", organisation), ("category", "city_institution"), ("accept_terms", "yes")],
                    &[&mari],
                )
                .await
            }
        };
        let without = ask("  ").await;
        assert_eq!(without.status, http::StatusCode::BAD_REQUEST);
        assert_eq!(without.json()["Validation"][0]["field"], "organisation", "{}", without.body);
        let asked = ask("Tartu Rahvaülikool").await;
        assert_eq!(asked.status, http::StatusCode::OK, "{}", asked.body);
        let id: i32 = asked.json().as_str().unwrap().rsplit('/').next().unwrap().parse().unwrap();
        let saved = booking::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
        assert_eq!((saved.status.as_str(), saved.total_cents), ("requested", 0), "free only once confirmed");

        let ruth = demo_manager(&app).await;
        let page = app.get(&format!("/admin/bookings/{id}"), &[&ruth]).await;
        for expected in ["Linna asutus", "Tartu Rahvaülikool", "Hinna koosseis", "Soodustus: Linna asutus maksab 0%", "Kinnita tavahinnaga", "Kinnita soodushinnaga ainult siis"] {
            assert!(page.body.contains(expected), "the staff page shows {expected:?}");
        }
        let decided = app.call("/api/admin/bookings/decide", &[("id", &id.to_string()), ("decision", "approve-standard")], &[&ruth]).await;
        assert_eq!(decided.status, http::StatusCode::OK, "{}", decided.body);
        let approved = booking::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
        assert_eq!((approved.status.as_str(), approved.price_category.as_str(), approved.total_cents), ("approved", "standard", 10_000));
        let mine = app.get(&format!("/my/bookings/{id}"), &[&mari]).await;
        assert!(mine.body.contains("Kinnitatud tavahinnaga") && mine.body.contains("100,00 €") && mine.body.contains("Tavahind"), "the booker sees why and the new price");
        assert!(!mine.body.contains("Kinnita tavahinnaga"), "the booker has no decision buttons");
    }

    async fn staff_block_times_and_book_on_someones_behalf(app) {
        let app = app.with_demo().await;
        let ruth = demo_manager(&app).await;
        let saturday = next_weekday(chrono::Weekday::Sat).format("%Y-%m-%d").to_string();
        // Staff may block outside the bookable hours (a Saturday renovation).
        let block = app
            .call("/api/admin/bookings/new", &[("room", "htg-auditoorium"), ("date", &saturday), ("start", "08:00"), ("end", "16:00"),
                  ("kind", "block"), ("purpose", "Remont")], &[&ruth])
            .await;
        assert_eq!(block.status, http::StatusCode::OK, "{}", block.body);
        // A block shows as a closed time, not as an approved booking of 0 people for 0,00 €.
        let blocked = booking::Entity::find().filter(booking::Column::Purpose.eq("Remont")).one(&app.db).await.unwrap().unwrap();
        let page = app.get(&format!("/admin/bookings/{}", blocked.id), &[&ruth]).await;
        assert!(page.body.contains(&format!("Suletud aeg nr {}", blocked.id)) && page.body.contains("Sulgemise põhjus"), "{}", page.body);
        assert!(!page.body.contains("0,00 €") && !page.body.contains("Osalejate arv"), "no price or people for a block");
        let queue = app.get(&format!("/admin/bookings?status=all&date={saturday}"), &[&ruth]).await;
        assert!(queue.body.contains("Suletud aeg") && !queue.body.contains("0 inimest"), "the queue says what it is");
        let tuesday = next_weekday(chrono::Weekday::Tue).format("%Y-%m-%d").to_string();
        let on_behalf = app
            .call("/api/admin/bookings/new", &[("room", "htg-auditoorium"), ("date", &tuesday), ("start", "18:00"), ("end", "20:00"),
                  ("kind", "booking"), ("name", "Peeter Telefon"), ("email", "peeter@example.ee"), ("participants", "40"),
                  ("purpose", "Vilistlaste kokkutulek"), ("category", "standard")], &[&ruth])
            .await;
        assert_eq!(on_behalf.status, http::StatusCode::OK, "{}", on_behalf.body);
        let saved = booking::Entity::find().filter(booking::Column::Purpose.eq("Vilistlaste kokkutulek")).one(&app.db).await.unwrap().unwrap();
        assert_eq!((saved.status.as_str(), saved.total_cents), ("approved", 10_000));
        assert_eq!(outbox::Entity::find().filter(outbox::Column::ToEmail.eq("peeter@example.ee")).count(&app.db).await.unwrap(), 1);
        // Nothing may overlap, staff or not.
        let clash = app
            .call("/api/admin/bookings/new", &[("room", "htg-auditoorium"), ("date", &tuesday), ("start", "19:00"), ("end", "21:00"),
                  ("kind", "block"), ("purpose", "Koristus")], &[&ruth])
            .await;
        assert_eq!(clash.json()["Validation"][0]["message"], "RefusalAlreadyBooked");
        // A citizen, and a manager of another institution, may not.
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        let fields = [("room", "htg-auditoorium"), ("date", saturday.as_str()), ("start", "17:00"), ("end", "18:00"), ("kind", "block"), ("purpose", "x")];
        assert_eq!(app.call("/api/admin/bookings/new", &fields, &[&mari]).await.status, http::StatusCode::FORBIDDEN);
        app.with_user("other-manager@example.ee", &[(app::core::roles::Role::RoomManager, Some(2))]).await;
        let other = app.log_in("other-manager@example.ee").await;
        assert_eq!(app.call("/api/admin/bookings/new", &fields, &[&other]).await.status, http::StatusCode::FORBIDDEN);
        // A booking on behalf needs a name and an address, named next to their fields.
        let missing = app
            .call("/api/admin/bookings/new", &[("room", "htg-auditoorium"), ("date", &tuesday), ("start", "10:00"), ("end", "11:00"),
                  ("kind", "booking"), ("participants", "5"), ("purpose", "x")], &[&ruth])
            .await;
        let fields: Vec<String> = missing.json()["Validation"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_owned()).collect();
        assert_eq!(fields, ["name", "email"]);
        let page = app.get("/admin/bookings/new", &[&ruth]).await;
        assert_eq!(page.status, http::StatusCode::OK);
        assert!(page.body.contains("Auditoorium · Hugo Treffneri Gümnaasium"));
    }
}

on_both_databases! {
    async fn room_managers_edit_their_rooms_prices_and_hours(app) {
        use app::rooms::entity::room;
        let app = app.with_demo().await;
        let ruth = demo_manager(&app).await;
        let page = app.get("/admin/rooms/htg-auditoorium", &[&ruth]).await;
        assert_eq!(page.status, http::StatusCode::OK);
        assert!(page.body.contains(r#"value="17:00–21:00""#), "the form opens with the room's hours");
        let mut form: Vec<(&str, String)> = vec![
            ("slug", "htg-auditoorium".into()), ("name", "Auditoorium".into()), ("description_et", "Saal".into()), ("terms_et", "Tingimused".into()),
            ("hourly_price", "55,50".into()), ("day_price", "".into()), ("day_hours", "".into()), ("non_profit_percent", "50".into()),
            ("city_percent", "0".into()), ("hours_mon", "17:00–21:00".into()), ("hours_tue", "17:00–21:00".into()), ("hours_wed", "17:00–21:00".into()),
            ("hours_thu", "17:00–21:00".into()), ("hours_fri", "17:00–21:00".into()), ("hours_sat", "10:00–14:00".into()), ("hours_sun", "".into()),
            ("slot_minutes", "30".into()), ("min_minutes", "60".into()), ("max_minutes", "240".into()), ("buffer_minutes", "30".into()),
            ("notice_hours", "24".into()), ("advance_days", "180".into()), ("closed_dates", "".into()), ("free_until_days", "7".into()),
            ("fee_percent", "50".into()), ("featured", "yes".into()),
        ];
        let pairs = |form: &Vec<(&'static str, String)>| form.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
        let send = |form: Vec<(&'static str, String)>, session: String| {
            let app = &app;
            async move {
                let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                app.call("/api/admin/rooms/save", &pairs, &[&session]).await
            }
        };
        app.with_user("ruumisober@raekoda.test", &[]).await;
        let fan = app.log_in("ruumisober@raekoda.test").await;
        let followed = app.call("/api/follow", &[("kind", "room"), ("key", "htg-auditoorium"), ("mode", "immediate"), ("back", "/rooms/htg-auditoorium")], &[&fan]).await;
        assert_eq!(followed.status, http::StatusCode::OK, "{}", followed.body);
        let saved = send(pairs(&form), ruth.clone()).await;
        assert_eq!(saved.status, http::StatusCode::OK, "{}", saved.body);
        assert!(app.get("/my/inbox", &[&fan]).await.body.contains("Ruumi „Auditoorium” tingimused, hinnad või lahtiolekuajad muutusid."), "the room's follower hears of it");
        let auditorium = room::Entity::find().filter(room::Column::Slug.eq("htg-auditoorium")).one(&app.db).await.unwrap().unwrap();
        assert_eq!(auditorium.hourly_cents, 5_550);
        assert_eq!(app::rooms::rules::hours_in_words(&auditorium.settings.0.rules.weekly, app::core::i18n::Locale::Et), "E–R 17:00–21:00; L 10:00–14:00");

        // A bad field is named and nothing is saved.
        form.iter_mut().find(|(k, _)| *k == "hourly_price").unwrap().1 = "palju".into();
        let refused = send(pairs(&form), ruth.clone()).await;
        assert_eq!(refused.json()["Validation"][0]["field"], "hourly_price");
        assert_eq!(room::Entity::find_by_id(auditorium.id).one(&app.db).await.unwrap().unwrap().hourly_cents, 5_550);

        // Another institution's manager may not open or save it.
        app.with_user("other-manager@example.ee", &[(app::core::roles::Role::RoomManager, Some(2))]).await;
        let other = app.log_in("other-manager@example.ee").await;
        form.iter_mut().find(|(k, _)| *k == "hourly_price").unwrap().1 = "1".into();
        assert_eq!(send(pairs(&form), other.clone()).await.status, http::StatusCode::FORBIDDEN);
        assert_eq!(app.get("/admin/rooms/htg-auditoorium", &[&other]).await.status, http::StatusCode::FORBIDDEN);
        assert!(!app.get("/admin/rooms", &[&other]).await.body.contains("htg-auditoorium"));
    }
}
