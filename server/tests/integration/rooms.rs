//! Rooms against real databases (issue 3, in progress): the Tartu demo data.

use crate::support;

use app::rooms::entity::{institution, room};
use app::rooms::model::{Feature, LayoutKind};
use app::rooms::rules::{check_request, hours_in_words, local_to_utc, quote, Interval, PriceCategory};
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

on_both_databases! {
    async fn the_demo_city_has_its_institutions_and_rooms_once(app) {
        app::seed::seed_demo(&app.db).await.unwrap();
        app::seed::seed_demo(&app.db).await.unwrap();
        assert!(institution::Entity::find().count(&app.db).await.unwrap() >= 8);
        assert!(room::Entity::find().count(&app.db).await.unwrap() >= 25);
        // The demo room manager's institution 1 is the first one seeded.
        let first = institution::Entity::find_by_id(1).one(&app.db).await.unwrap().unwrap();
        assert_eq!(first.name, "Hugo Treffneri Gümnaasium");
    }

    async fn the_auditorium_is_as_the_source_describes_it(app) {
        let app = app.with_demo().await;
        let auditorium = room::Entity::find()
            .filter(room::Column::Slug.eq("htg-auditoorium"))
            .one(&app.db)
            .await
            .unwrap()
            .expect("the Auditoorium is seeded");
        let settings = auditorium.settings.0;
        assert_eq!(auditorium.area_dm2, 21_200);
        assert_eq!(auditorium.max_capacity, 100);
        assert_eq!(settings.layouts[0].kind, LayoutKind::Theatre);
        assert!(settings.features.contains(&Feature::ForcedVentilation) && settings.features.contains(&Feature::DeskSockets));
        assert_eq!(hours_in_words(&settings.rules.weekly, app::core::i18n::Locale::Et), "E–R 17:00–21:00");
        // Next Tuesday 18:00–20:00 costs 100.00 €.
        let tuesday = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
        let at = |h| local_to_utc(tuesday, NaiveTime::from_hms_opt(h, 0, 0).unwrap()).unwrap();
        let booking = Interval { start: at(18), end: at(20) };
        let now = Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap();
        assert!(check_request(&settings.rules, &booking, 80, now, &[]).is_empty());
        assert_eq!(quote(&settings.pricing, &[], &booking, PriceCategory::Standard).total_cents, 10_000);

        let hall = room::Entity::find()
            .filter(room::Column::Slug.eq("linnaraamatukogu-konverentsisaal"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(hall.area_dm2, 9_720);
        assert_eq!(hall.settings.0.pricing.day_rate.unwrap().cents, 15_000);
        assert_eq!(hall.settings.0.add_ons.len(), 2);
    }
}

on_both_databases! {
    async fn eighty_people_on_a_tuesday_evening_find_the_auditorium(app) {
        let app = app.with_demo().await;
        let page = app.get("/rooms?people=80&date=2026-12-08&from=18%3A00&to=20%3A00", &[]).await;
        assert_eq!(page.status, http::StatusCode::OK);
        assert!(page.body.contains(r#"href="/rooms/htg-auditoorium""#), "the Auditoorium is listed");
        assert!(page.body.contains("alates 50,00 € tunnis"));
        assert!(!page.body.contains("htg-klassiruum-204"), "a 30-seat classroom is not");
        assert!(!page.body.contains("linnaraamatukogu-konverentsisaal"), "the library closes at 18:00");
        // The filters stay filled in.
        assert!(page.body.contains(r#"value="80""#));
    }

    async fn an_empty_result_says_why(app) {
        let app = app.with_demo().await;
        let rooms = room::Entity::find().count(&app.db).await.unwrap();
        let page = app.get("/rooms?people=5000", &[]).await;
        assert!(page.body.contains("Ükski ruum ei vasta otsingule"));
        assert!(page.body.contains(&format!("{rooms} ruumi on liiga väikesed")), "{}", page.body);
    }

    async fn an_unreadable_filter_is_named_next_to_its_field(app) {
        let app = app.with_demo().await;
        let page = app.get("/rooms?people=palju", &[]).await;
        assert_eq!(page.status, http::StatusCode::OK);
        assert!(page.body.contains(r#"id="people-error""#));
        assert!(page.body.contains("Sisesta inimeste arv numbrina"));
    }

    async fn the_room_page_shows_what_a_booker_needs(app) {
        let app = app.with_demo().await;
        let page = app.get("/rooms/htg-auditoorium", &[]).await;
        assert_eq!(page.status, http::StatusCode::OK);
        for expected in ["Auditoorium", "Hugo Treffneri Gümnaasium", "Munga tn 12", "50,00 € tund", "E–R 17:00–21:00", "212 m²",
                         "Sundventilatsioon", "Pistikupesad laudadel", "Trepivaba ligipääs", "Riigipühadel suletud",
                         "Tasuta kuni 7 päeva enne algust"] {
            assert!(page.body.contains(expected), "missing {expected}");
        }
        let english = app.get("/rooms/linnaraamatukogu-konverentsisaal", &["raekoda_lang=en"]).await;
        for expected in ["30.00 € per hour", "150.00 € per day (10:00–18:00)", "5.00 € per hour or 25.00 € per day", "Technical assistance: 7.00 € per hour", "97.2 m²", "A conference hall"] {
            assert!(english.body.contains(expected), "missing {expected}");
        }
        assert_eq!(app.get("/rooms/no-such-room", &[]).await.status, http::StatusCode::NOT_FOUND);
    }
}

on_both_databases! {
    async fn the_front_page_shows_the_featured_rooms(app) {
        let app = app.with_demo().await;
        let page = app.get("/", &[]).await;
        assert!(page.body.contains("Esile tõstetud ruumid"));
        assert!(page.body.contains(r#"href="/rooms/htg-auditoorium""#));
        assert!(page.body.contains(r#"href="/rooms/linnaraamatukogu-konverentsisaal""#));
        assert!(!page.body.contains(r#"href="/rooms/karlova-kook""#), "only featured rooms");
    }

    async fn institutions_list_their_rooms(app) {
        let app = app.with_demo().await;
        let list = app.get("/institutions", &[]).await;
        assert!(list.body.contains(r#"href="/institutions/hugo-treffneri-gumnaasium""#));
        assert!(list.body.contains("Ruume: 3"));
        let page = app.get("/institutions/tartu-linnaraamatukogu", &["raekoda_lang=en"]).await;
        assert_eq!(page.status, http::StatusCode::OK);
        assert!(page.body.contains("The city&#x27;s central library") || page.body.contains("The city's central library"));
        assert!(page.body.contains(r#"href="/rooms/linnaraamatukogu-konverentsisaal""#));
        assert!(!page.body.contains(r#"href="/rooms/htg-auditoorium""#));
        assert_eq!(app.get("/institutions/nowhere", &[]).await.status, http::StatusCode::NOT_FOUND);
    }
}

fn next_weekday(weekday: chrono::Weekday) -> String {
    use chrono::Datelike;
    let mut day = Utc::now().date_naive() + chrono::Duration::days(2);
    while day.weekday() != weekday || app::rooms::rules::estonian_public_holidays(day.year()).contains(&day) {
        day += chrono::Duration::days(1);
    }
    day.format("%Y-%m-%d").to_string()
}

on_both_databases! {
    async fn booking_refusals_say_which_rule_and_what_would_work(app) {
        let app = app.with_demo().await;
        let form = |date: String, start: &'static str, end: &'static str, people: &'static str| {
            vec![("room", "htg-auditoorium".to_owned()), ("date", date), ("start", start.to_owned()), ("end", end.to_owned()),
                 ("participants", people.to_owned()), ("purpose", "Koosolek".to_owned()),
                 ("accept_terms", "yes".to_owned())]
        };
        let send = |fields: Vec<(&'static str, String)>, cookie: Option<String>| {
            let app = &app;
            async move {
                let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let cookies: Vec<&str> = cookie.iter().map(String::as_str).collect();
                app.call("/api/rooms/request_booking", &pairs, &cookies).await
            }
        };
        // Strangers must log in first.
        let anonymous = send(form(next_weekday(chrono::Weekday::Tue), "18:00", "20:00", "80"), None).await;
        assert_eq!(anonymous.status, http::StatusCode::UNAUTHORIZED);

        app.with_user("mari@example.ee", &[]).await;
        let session = app.log_in("mari@example.ee").await;
        let saturday = send(form(next_weekday(chrono::Weekday::Sat), "18:00", "20:00", "80"), Some(session.clone())).await;
        assert_eq!(saturday.status, http::StatusCode::BAD_REQUEST);
        let error = &saturday.json()["Validation"][0];
        assert_eq!(error["field"], "start");
        assert_eq!(error["message"], "RefusalOutsideHours");
        assert_eq!(error["params"][0][1], "E–R 17:00–21:00");

        let crowded = send(form(next_weekday(chrono::Weekday::Tue), "18:00", "20:00", "150"), Some(session.clone())).await;
        assert_eq!(crowded.json()["Validation"][0]["message"], "RefusalOverCapacity");

        let booked = send(form(next_weekday(chrono::Weekday::Tue), "18:00", "20:00", "80"), Some(session.clone())).await;
        assert_eq!(booked.status, http::StatusCode::OK, "{}", booked.body);
        // A second citizen cannot have 19:00–21:00 that day.
        app.with_user("jaan@example.ee", &[]).await;
        let other = app.log_in("jaan@example.ee").await;
        let clash = send(form(next_weekday(chrono::Weekday::Tue), "19:00", "21:00", "20"), Some(other)).await;
        assert_eq!(clash.json()["Validation"][0]["message"], "RefusalAlreadyBooked");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_itself_refuses_overlapping_active_bookings() {
    use sea_orm::ConnectionTrait;
    let Some(app) = support::TestApp::postgres().await else { return };
    let app = app.with_demo().await;
    let insert = |start: &str, held_until: &str, status: &str| {
        format!(
            "INSERT INTO bookings (room_id, user_id, status, start_at, end_at, held_until, participants, purpose, organisation, \
             price_category, total_cents, quote, public, created_at) VALUES (1, NULL, '{status}', '{start}', '{start}', '{held_until}', \
             1, 'x', NULL, 'standard', 0, '{{\"lines\":[],\"total_cents\":0}}', false, now())"
        )
    };
    app.db.execute_unprepared(&insert("2027-01-05 17:00+02", "2027-01-05 19:30+02", "approved")).await.unwrap();
    let clash = app.db.execute_unprepared(&insert("2027-01-05 19:00+02", "2027-01-05 21:30+02", "requested")).await;
    assert!(clash.unwrap_err().to_string().contains("bookings_no_overlap"), "the exclusion constraint refuses it");
    // Cancelled bookings do not hold the time.
    app.db.execute_unprepared(&insert("2027-01-05 19:00+02", "2027-01-05 21:30+02", "cancelled")).await.unwrap();
}

on_both_databases! {
    async fn a_booking_is_seen_by_its_booker_and_its_room_manager_only(app) {
        let app = app.with_demo().await;
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        let fields = [("room", "htg-auditoorium".to_owned()), ("date", next_weekday(chrono::Weekday::Wed)), ("start", "18:00".to_owned()),
                      ("end", "20:00".to_owned()), ("participants", "40".to_owned()), ("purpose", "Koorilaul".to_owned()), ("accept_terms", "yes".to_owned())];
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let reply = app.call("/api/rooms/request_booking", &pairs, &[&mari]).await;
        let target = reply.json().as_str().unwrap().to_owned();
        assert!(target.starts_with("/my/bookings/"), "{target}");

        let page = app.get(&target, &[&mari]).await;
        assert_eq!(page.status, http::StatusCode::OK);
        for expected in ["Ootab kinnitamist", "Auditoorium", "18:00–20:00", "100,00 €", "Koorilaul"] {
            assert!(page.body.contains(expected), "missing {expected}");
        }
        assert!(app.get("/my/bookings", &[&mari]).await.body.contains(&format!(r#"href="{target}""#)));

        // Someone else sees no such booking; the Auditoorium's room manager does.
        app.with_user("jaan@example.ee", &[]).await;
        let jaan = app.log_in("jaan@example.ee").await;
        assert_eq!(app.get(&target, &[&jaan]).await.status, http::StatusCode::NOT_FOUND);
        app.with_user("other-manager@example.ee", &[(app::core::roles::Role::RoomManager, Some(2))]).await;
        let other = app.log_in("other-manager@example.ee").await;
        assert_eq!(app.get(&target, &[&other]).await.status, http::StatusCode::NOT_FOUND);
        let ruth = app
            .call("/api/accounts/log_in", &[("email", "rooms@raekoda.test"), ("password", app::seed::DEMO_PASSWORD)], &[])
            .await
            .cookie("raekoda_session")
            .expect("the demo room manager logs in");
        assert_eq!(app.get(&target, &[&ruth]).await.status, http::StatusCode::OK);
        // Strangers are asked to log in.
        assert_eq!(app.get("/my/bookings", &[]).await.header(http::header::LOCATION), Some("/login?next=/my/bookings"));
    }
}
