//! Participation over real HTTP on both databases: the Waste hub's real 2022 figures in the
//! chart's table, plans and progress, the consultation list's filters, supporting once
//! (also under concurrent clicks), comments with replies, the 15-minute edit window,
//! reports, and user text shown as text.


use app::participation::entity::{comment, consultation, support as supports};
use http::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, Set};
use crate::support::{http_post, TestApp};

const OPEN: &str = "jaatmejaamad-2027";
const UPCOMING: &str = "rattateed-kesklinnas";
const CLOSED: &str = "paikesepaneelid-koolidel";

async fn consultation_id(app: &TestApp, slug: &str) -> i32 {
    consultation::Entity::find().filter(consultation::Column::Slug.eq(slug)).one(&app.db).await.unwrap().unwrap().id
}

on_both_databases! {
    async fn the_waste_hub_shows_the_real_2022_figures_as_a_chart_and_a_table(app) {
        let app = app.with_demo().await;
        let page = app.get("/topics/waste", &[]).await;
        assert_eq!(page.status, StatusCode::OK);
        for expected in ["Jäätmed", "<svg", r#"role="img""#, "<table", "23\u{a0}491,13 t", "516\u{a0}442 korda", "287\u{a0}183,16 m³", "Uued jäätmejaamad Annelinnas"] {
            assert!(page.body.contains(expected), "the hub shows {expected:?}");
        }
        let english = app.get("/topics/waste", &["raekoda_lang=en"]).await;
        assert!(english.body.contains("23\u{a0}491.13 t") && english.body.contains("Waste handed over"));
        assert_eq!(app.get("/topics/astroloogia", &[]).await.status, StatusCode::NOT_FOUND);
        let topics = app.get("/topics", &[]).await;
        assert!(topics.body.contains(r#"href="/topics/energy""#) && topics.body.contains(r#"href="/topics/mobility""#));
    }

    async fn a_plan_shows_each_goal_with_its_progress(app) {
        let app = app.with_demo().await;
        let page = app.get("/plans/energia-2030", &[]).await;
        assert_eq!(page.status, StatusCode::OK);
        // 74 200 → 67 200 MWh of the way to 59 360: 47%.
        assert!(page.body.contains("Teest sihini on läbitud 47%."), "{}", &page.body[page.body.find("Eesmärgid").unwrap_or(0)..].chars().take(2000).collect::<String>());
        assert!(page.body.contains("74\u{a0}200 MWh (2018)") && page.body.contains("59\u{a0}360 MWh (2030)"));
        assert_eq!(app.get("/plans/puudub", &[]).await.status, StatusCode::NOT_FOUND);
    }

    async fn consultations_are_listed_open_first_and_filtered_by_links(app) {
        let app = app.with_demo().await;
        let all = app.get("/have-your-say", &[]).await;
        let (open, upcoming, closed) = (all.body.find(OPEN).unwrap(), all.body.find(UPCOMING).unwrap(), all.body.find(CLOSED).unwrap());
        assert!(open < upcoming && upcoming < closed, "open, then upcoming, then closed");
        let waste = app.get("/have-your-say?topic=waste", &[]).await;
        assert!(waste.body.contains(OPEN) && !waste.body.contains(CLOSED));
        let closed_only = app.get("/have-your-say?phase=closed&district=Tammelinn", &[]).await;
        assert!(closed_only.body.contains(CLOSED) && !closed_only.body.contains(OPEN));
        let bad = app.get("/have-your-say?topic=astroloogia", &[]).await;
        assert!(bad.body.contains(r#"id="topic-error""#));
        let response = app.get(&format!("/have-your-say/{CLOSED}"), &[]).await;
        assert!(response.body.contains("Linna vastus") && response.body.contains("Paneelid paigaldatakse 2027"));
    }

    async fn a_person_supports_a_consultation_once_even_clicking_at_once(app) {
        let app = app.with_demo().await;
        app.with_user("toetaja@raekoda.test", &[]).await;
        let session = app.log_in("toetaja@raekoda.test").await;
        assert_eq!(app.call("/api/consultations/support", &[("slug", OPEN)], &[]).await.status, StatusCode::UNAUTHORIZED);
        let first = app.call("/api/consultations/support", &[("slug", OPEN)], &[&session]).await;
        assert_eq!(first.status, StatusCode::OK, "{}", first.body);
        let second = app.call("/api/consultations/support", &[("slug", OPEN)], &[&session]).await;
        assert_eq!(second.status, StatusCode::CONFLICT);
        assert_eq!(app.call("/api/consultations/support", &[("slug", UPCOMING)], &[&session]).await.status, StatusCode::CONFLICT, "not open yet");
        assert_eq!(app.call("/api/consultations/support", &[("slug", CLOSED)], &[&session]).await.status, StatusCode::CONFLICT, "closed");
        let page = app.get(&format!("/have-your-say/{OPEN}"), &[&session]).await;
        assert!(page.body.contains("Toetajaid: 1") && page.body.contains("Oled seda toetanud."));

        // Twenty clicks at once from another person: one support.
        app.with_user("kiire@raekoda.test", &[]).await;
        let quick = app.log_in("kiire@raekoda.test").await;
        // Over real HTTP, each click its own connection and task.
        let addr = app.serve().await;
        let mut tasks = Vec::new();
        for _ in 0..20 {
            let (addr, quick) = (addr.clone(), quick.clone());
            tasks.push(tokio::spawn(async move { http_post(&addr, "/api/consultations/support", &[("slug", OPEN)], &quick).await.0 }));
        }
        let mut statuses = Vec::new();
        for task in tasks {
            statuses.push(StatusCode::from_u16(task.await.unwrap()).unwrap());
        }
        assert_eq!(statuses.iter().filter(|s| **s == StatusCode::OK).count(), 1, "{statuses:?}");
        assert!(statuses.iter().all(|s| *s == StatusCode::OK || *s == StatusCode::CONFLICT), "{statuses:?}");
        let id = consultation_id(&app, OPEN).await;
        assert_eq!(supports::Entity::find().filter(supports::Column::ConsultationId.eq(id)).count(&app.db).await.unwrap(), 2);
    }

    async fn comments_replies_edits_and_reports_follow_the_rules(app) {
        let app = app.with_demo().await;
        app.with_user("kirjutaja@raekoda.test", &[]).await;
        app.with_user("lugeja@raekoda.test", &[]).await;
        let writer = app.log_in("kirjutaja@raekoda.test").await;
        let reader = app.log_in("lugeja@raekoda.test").await;
        let post = |body: &'static str, parent: Option<i32>, session: String, slug: &'static str| {
            let app = &app;
            async move {
                let parent = parent.map(|p| p.to_string()).unwrap_or_default();
                let mut form = vec![("slug", slug), ("body", body)];
                if !parent.is_empty() {
                    form.push(("parent", parent.as_str()));
                }
                app.call("/api/consultations/comment", &form, &[&session]).await
            }
        };
        assert_eq!(post("x", None, String::new(), OPEN).await.status, StatusCode::UNAUTHORIZED);
        assert_eq!(post("   ", None, writer.clone(), OPEN).await.json()["Validation"][0]["field"], "body");
        assert_eq!(post("Hilja", None, writer.clone(), CLOSED).await.status, StatusCode::CONFLICT);
        let xss = "<script>alert('x')</script> Jäätmejaam Kaunase puiesteele";
        let made = post(xss, None, writer.clone(), OPEN).await;
        assert_eq!(made.status, StatusCode::OK, "{}", made.body);
        let top = comment::Entity::find().filter(comment::Column::Body.contains("Kaunase")).one(&app.db).await.unwrap().unwrap();
        assert_eq!(top.body, xss, "stored as written");
        let page = app.get(&format!("/have-your-say/{OPEN}"), &[]).await;
        assert!(!page.body.contains("<script>alert('x')</script>"), "never markup");
        assert!(page.body.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;") || page.body.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "shown as text");

        // Replies are one level deep and stay in their consultation.
        let reply = post("Nõus", Some(top.id), reader.clone(), OPEN).await;
        assert_eq!(reply.status, StatusCode::OK);
        let reply_row = comment::Entity::find().filter(comment::Column::ParentId.eq(top.id)).one(&app.db).await.unwrap().unwrap();
        let told = app::notifications::entity::notification::Entity::find().filter(app::notifications::entity::notification::Column::Kind.eq("comment-reply")).all(&app.db).await.unwrap();
        assert_eq!((told.len(), told[0].user_id), (1, top.author_id), "the comment's author hears of the reply");
        assert_eq!(post("Vastus vastusele", Some(reply_row.id), writer.clone(), OPEN).await.status, StatusCode::BAD_REQUEST);
        // Editing: the author only, within 15 minutes.
        let edit = |id: i32, body: &'static str, session: String| {
            let app = &app;
            async move { app.call("/api/consultations/comment/edit", &[("id", &id.to_string()), ("body", body)], &[&session]).await }
        };
        assert_eq!(edit(top.id, "Võõras muudab", reader.clone()).await.status, StatusCode::FORBIDDEN);
        assert_eq!(edit(top.id, "Jäätmejaam Kaunase puiesteele ja Anne kanali äärde", writer.clone()).await.status, StatusCode::OK);
        let mut old = top.clone().into_active_model();
        old.created_at = Set(chrono::Utc::now() - chrono::Duration::minutes(16));
        old.update(&app.db).await.unwrap();
        assert_eq!(edit(top.id, "Liiga hilja", writer.clone()).await.status, StatusCode::CONFLICT);
        let page = app.get(&format!("/have-your-say/{OPEN}"), &[&reader]).await;
        assert!(page.body.contains("Anne kanali äärde") && page.body.contains("muudetud"));

        // Reports: once, not one's own, with a reason.
        let report = |id: i32, reason: &'static str, session: String| {
            let app = &app;
            async move { app.call("/api/consultations/comment/report", &[("id", &id.to_string()), ("reason", reason)], &[&session]).await }
        };
        assert_eq!(report(top.id, "Enda oma", writer.clone()).await.status, StatusCode::CONFLICT);
        assert_eq!(report(top.id, " ", reader.clone()).await.json()["Validation"][0]["field"], "reason");
        assert_eq!(report(top.id, "Reklaam", reader.clone()).await.status, StatusCode::OK);
        assert_eq!(report(top.id, "Reklaam", reader.clone()).await.status, StatusCode::CONFLICT);

        // A hidden comment keeps its place but not its text.
        let mut hidden = comment::Entity::find_by_id(top.id).one(&app.db).await.unwrap().unwrap().into_active_model();
        hidden.hidden = Set(true);
        hidden.update(&app.db).await.unwrap();
        let page = app.get(&format!("/have-your-say/{OPEN}"), &[]).await;
        assert!(page.body.contains("Moderaator peitis selle kommentaari") && !page.body.contains("Anne kanali äärde"));
        assert!(page.body.contains("Nõus"), "the reply stays");
    }
}

on_both_databases! {
    async fn moderators_hide_and_restore_reported_comments_with_reasons(app) {
        let app = app.with_demo().await;
        app.with_user("kirjutaja@raekoda.test", &[]).await;
        app.with_user("lugeja@raekoda.test", &[]).await;
        app.with_user("moderaator2@raekoda.test", &[(app::core::roles::Role::Moderator, None)]).await;
        app.with_user("ruumid2@raekoda.test", &[(app::core::roles::Role::RoomManager, Some(1))]).await;
        let writer = app.log_in("kirjutaja@raekoda.test").await;
        let reader = app.log_in("lugeja@raekoda.test").await;
        let moderator = app.log_in("moderaator2@raekoda.test").await;
        let other_staff = app.log_in("ruumid2@raekoda.test").await;
        assert_eq!(app.call("/api/consultations/comment", &[("slug", OPEN), ("body", "Ostke meie pesumasinaid!")], &[&writer]).await.status, StatusCode::OK);
        let spam = comment::Entity::find().filter(comment::Column::Body.contains("pesumasinaid")).one(&app.db).await.unwrap().unwrap();
        let id = spam.id.to_string();
        assert_eq!(app.call("/api/consultations/comment/report", &[("id", &id), ("reason", "Reklaam")], &[&reader]).await.status, StatusCode::OK);

        // Only moderators (and administrators) moderate.
        assert_eq!(app.get("/admin/moderation", &[&reader]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(app.get("/admin/moderation", &[&other_staff]).await.status, StatusCode::FORBIDDEN);
        let decide = |action: &'static str, reason: &'static str, session: String| {
            let app = &app;
            let id = id.clone();
            async move { app.call("/api/admin/moderation/decide", &[("id", &id), ("action", action), ("reason", reason)], &[&session]).await }
        };
        assert_eq!(decide("hide", "Reklaam", other_staff.clone()).await.status, StatusCode::FORBIDDEN);
        assert_eq!(decide("hide", "Reklaam", reader.clone()).await.status, StatusCode::FORBIDDEN);
        let queue = app.get("/admin/moderation", &[&moderator]).await;
        assert_eq!(queue.status, StatusCode::OK);
        assert!(queue.body.contains("Ostke meie pesumasinaid!") && queue.body.contains("Reklaam"));

        assert_eq!(decide("hide", " ", moderator.clone()).await.json()["Validation"][0]["field"], "reason");
        assert_eq!(decide("hide", "Reklaam, mitte arvamus", moderator.clone()).await.status, StatusCode::OK);
        assert_eq!(decide("hide", "Uuesti", moderator.clone()).await.status, StatusCode::CONFLICT, "already hidden");
        let page = app.get(&format!("/have-your-say/{OPEN}"), &[]).await;
        assert!(!page.body.contains("pesumasinaid") && page.body.contains("Moderaator peitis selle kommentaari"));
        assert_eq!(decide("restore", "Eksitus", moderator.clone()).await.status, StatusCode::OK);
        assert!(app.get(&format!("/have-your-say/{OPEN}"), &[]).await.body.contains("pesumasinaid"));
        // Restored, its report is dealt with: it leaves the queue; both decisions stay in its history.
        let queue = app.get("/admin/moderation", &[&moderator]).await;
        assert!(!queue.body.contains("pesumasinaid"), "restored and dealt with, it is no longer waiting");
        let history = app::participation::entity::moderation_event::Entity::find().count(&app.db).await.unwrap();
        assert_eq!(history, 2);
        // A new report brings it back with only that report; "keep it" closes it without hiding.
        // (Someone else: one report per person.)
        assert_eq!(app.call("/api/consultations/comment/report", &[("id", &id), ("reason", "Ikka reklaam")], &[&other_staff]).await.status, StatusCode::OK);
        let queue = app.get("/admin/moderation", &[&moderator]).await;
        assert!(queue.body.contains("pesumasinaid") && queue.body.contains("Ikka reklaam"));
        assert!(queue.body.contains("Reklaam, mitte arvamus") && queue.body.contains("Eksitus"), "the earlier decisions are in its history");
        assert!(queue.body.contains("Jäta alles, teated on alusetud"));
        assert_eq!(decide("dismiss", "Arvamus, mitte reklaam", moderator.clone()).await.status, StatusCode::OK);
        assert!(!app.get("/admin/moderation", &[&moderator]).await.body.contains("pesumasinaid"));
        assert!(app.get(&format!("/have-your-say/{OPEN}"), &[]).await.body.contains("pesumasinaid"), "still shown");
        assert_eq!(app::participation::entity::moderation_event::Entity::find().count(&app.db).await.unwrap(), 3);
        // Only a shown one can be kept as it is.
        assert_eq!(decide("hide", "Nüüd päriselt", moderator.clone()).await.status, StatusCode::OK);
        assert_eq!(decide("dismiss", "Ei", moderator.clone()).await.status, StatusCode::CONFLICT);
    }
}

on_both_databases! {
    async fn a_survey_is_answered_once_and_its_results_show_after_the_deadline(app) {
        let app = app.with_demo().await;
        app.with_user("vastaja@raekoda.test", &[]).await;
        let session = app.log_in("vastaja@raekoda.test").await;
        let answer = |pairs: &'static [(&'static str, &'static str)], slug: &'static str, session: String| {
            let app = &app;
            async move {
                let mut form: Vec<(&str, &str)> = vec![("slug", slug)];
                form.extend_from_slice(pairs);
                app.call("/api/consultations/answer", &form, &[&session]).await
            }
        };
        assert_eq!(answer(&[("answers[q0]", "0"), ("answers[q2]", "3")], OPEN, String::new()).await.status, StatusCode::UNAUTHORIZED);
        // Required questions and impossible answers are named, each at its question.
        let refused = answer(&[("answers[q0]", "9"), ("answers[q4_lat]", "59.43"), ("answers[q4_lon]", "24.75")], OPEN, session.clone()).await;
        let fields: Vec<String> = refused.json()["Validation"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_owned()).collect();
        assert_eq!(fields, ["q0", "q2", "q4_lat"]);
        const WHOLE: &[(&str, &str)] = &[("answers[q0]", "0"), ("answers[q1_0]", "on"), ("answers[q1_3]", "on"), ("answers[q2]", "2"), ("answers[q3]", "Rohkem prügikaste"), ("answers[q4_lat]", "58,3722"), ("answers[q4_lon]", "26,7551")];
        let saved = answer(WHOLE, OPEN, session.clone()).await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        assert_eq!(answer(WHOLE, OPEN, session.clone()).await.status, StatusCode::CONFLICT, "once per person");
        assert_eq!(answer(&[("answers[q0]", "0"), ("answers[q1]", "5")], CLOSED, session.clone()).await.status, StatusCode::CONFLICT, "closed");
        let page = app.get(&format!("/have-your-say/{OPEN}"), &[&session]).await;
        assert!(page.body.contains("Oled küsitlusele vastanud."));

        // After the deadline: counts, the average rating, and no form.
        let closed = app.get(&format!("/have-your-say/{CLOSED}"), &[&session]).await;
        assert!(closed.body.contains("Vastajaid: 4"), "the seeded answers are counted");
        assert!(closed.body.contains("Jah: 3") && closed.body.contains("Ei: 1"));
        assert!(closed.body.contains("Keskmine hinne: 3,8"));
        assert!(!closed.body.contains("Saada vastused"));

        // Staff export the answers and the comments; others may not.
        app.with_user("ametnik@raekoda.test", &[(app::core::roles::Role::DataSteward, None)]).await;
        let staff = app.log_in("ametnik@raekoda.test").await;
        let csv = app.get(&format!("/admin/consultations/{OPEN}/answers.csv"), &[&staff]).await;
        assert_eq!(csv.status, StatusCode::OK);
        assert!(csv.body.contains("Kas kasutaksid uut jäätmejaama?") && csv.body.contains("Jah,\"Paber ja papp; Biojäätmed\",2,Rohkem prügikaste,58.37220 26.75510"), "{}", csv.body);
        assert!(!csv.body.contains("vastaja@raekoda.test"), "answers carry no names");
        assert_eq!(app.get(&format!("/admin/consultations/{OPEN}/answers.csv"), &[&session]).await.status, StatusCode::FORBIDDEN);
        let comments = app.get(&format!("/admin/consultations/{OPEN}/comments.csv"), &[&staff]).await;
        assert_eq!(comments.status, StatusCode::OK);
        assert!(comments.body.starts_with("Nr,Kirjutatud,Autor"));
    }
}

on_both_databases! {
    async fn administrators_publish_the_response_after_the_deadline(app) {
        let app = app.with_demo().await;
        app.with_user("linn@raekoda.test", &[(app::core::roles::Role::Administrator, None)]).await;
        app.with_user("modera@raekoda.test", &[(app::core::roles::Role::Moderator, None)]).await;
        app.with_user("elanik@raekoda.test", &[]).await;
        let admin = app.log_in("linn@raekoda.test").await;
        let moderator = app.log_in("modera@raekoda.test").await;
        let citizen = app.log_in("elanik@raekoda.test").await;
        let publish = |slug: &'static str, text: &'static str, session: String| {
            let app = &app;
            async move { app.call("/api/consultations/respond", &[("slug", slug), ("response", text)], &[&session]).await }
        };
        assert_eq!(publish(CLOSED, "Vastus", citizen.clone()).await.status, StatusCode::FORBIDDEN);
        assert_eq!(publish(CLOSED, "Vastus", moderator.clone()).await.status, StatusCode::FORBIDDEN);
        assert_eq!(publish(OPEN, "Liiga vara", admin.clone()).await.status, StatusCode::CONFLICT, "not before the deadline");
        assert_eq!(publish(CLOSED, "  ", admin.clone()).await.json()["Validation"][0]["field"], "response");
        assert_eq!(publish(CLOSED, "Paneelid tulevad viiele koolile.", admin.clone()).await.status, StatusCode::OK);
        let page = app.get(&format!("/have-your-say/{CLOSED}"), &[&citizen]).await;
        assert!(page.body.contains("Linna vastus") && page.body.contains("Paneelid tulevad viiele koolile."));
        assert!(!page.body.contains("Avalda linna vastus"), "citizens do not see the form");
        assert!(app.get(&format!("/have-your-say/{CLOSED}"), &[&admin]).await.body.contains("Avalda linna vastus"));
    }
}
