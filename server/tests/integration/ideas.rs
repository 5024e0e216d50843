//! Citizens' ideas over real HTTP on both databases: submitting (with a place, refused
//! field by field), supporting once (also under concurrent clicks), the threshold that
//! takes an idea into the city's review list and tells its author once, reports and
//! moderation with reasons, the city's answer, and the author's inbox.


use app::core::roles::Role;
use app::participation::entity::{idea, idea_support, topic};
use app::notifications::entity::{notification, outbox};
use http::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, Set};
use crate::support::{http_post, Reply, TestApp};

fn fields(reply: &Reply) -> Vec<String> {
    reply.json()["Validation"].as_array().map(|errors| errors.iter().map(|e| e["field"].as_str().unwrap_or_default().to_owned()).collect()).unwrap_or_default()
}

/// Submits an idea as `session`; returns its id.
async fn submit(app: &TestApp, session: &str, title: &str, topic: &str, place: (&str, &str)) -> i32 {
    let reply = app.call("/api/ideas/submit", &[("title", title), ("description", "Kirjeldus, miks see on vajalik."), ("topic", topic), ("latitude", place.0), ("longitude", place.1)], &[session]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let target: String = serde_json::from_str(&reply.body).unwrap();
    target.trim_start_matches("/ideas/").parse().unwrap()
}

async fn set_threshold(app: &TestApp, slug: &str, threshold: i32) {
    let found = topic::Entity::find().filter(topic::Column::Slug.eq(slug)).one(&app.db).await.unwrap().unwrap();
    let mut active = found.into_active_model();
    active.idea_threshold = Set(threshold);
    active.update(&app.db).await.unwrap();
}

on_both_databases! {
    async fn a_citizen_submits_an_idea_with_a_place_and_mistakes_are_named_by_field(app) {
        let app = app.with_demo().await;
        app.with_user("idee@raekoda.test", &[]).await;
        let session = app.log_in("idee@raekoda.test").await;
        assert_eq!(app.call("/api/ideas/submit", &[("title", "Pink"), ("description", "x"), ("topic", "mobility")], &[]).await.status, StatusCode::UNAUTHORIZED);
        assert_eq!(app.get("/ideas/new", &[]).await.status, StatusCode::FOUND, "to the login page");

        let refused = app.call("/api/ideas/submit", &[("title", "Ok"), ("description", " "), ("topic", ""), ("latitude", "59.437"), ("longitude", "24.75")], &[&session]).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);
        assert_eq!(fields(&refused), ["title", "description", "topic", "latitude"]);
        let unknown_topic = app.call("/api/ideas/submit", &[("title", "Pingid jõe äärde"), ("description", "Istuda"), ("topic", "astroloogia")], &[&session]).await;
        assert_eq!(fields(&unknown_topic), ["topic"]);

        // Without JavaScript: the refused form comes back with what was typed.
        let plain = app.post_plain("/api/ideas/submit", &[("title", "Pingid jõe äärde"), ("description", ""), ("topic", "mobility"), ("latitude", "58,3790"), ("longitude", "26,7300")], &[&session], "/ideas/new").await;
        assert_eq!(plain.status, StatusCode::FOUND);
        let flash = plain.cookie("raekoda_flash").expect("the refusal travels in a cookie");
        let again = app.get("/ideas/new", &[&session, &flash]).await;
        assert!(again.body.contains(r#"id="description-error""#) && again.body.contains(r#"value="Pingid jõe äärde""#) && again.body.contains(r#"value="58,3790""#));

        let id = submit(&app, &session, "Pingid Emajõe kaldale </title><script>alert(1)</script>", "mobility", ("58,3790", "26.7300")).await;
        let saved = idea::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
        assert_eq!((saved.latitude, saved.longitude, saved.status.as_str(), saved.supports), (Some(58.379), Some(26.73), "collecting", 0));
        let page = app.get(&format!("/ideas/{id}"), &[]).await;
        assert_eq!(page.status, StatusCode::OK);
        // Text, never markup: not in the page, not in its <title> (which leptos_meta does not escape).
        assert!(page.body.contains("<h1>Pingid Emajõe kaldale &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
        assert!(page.body.contains("<title>Pingid Emajõe kaldale ‹/title›‹script›alert(1)‹/script› – Raekoda</title>"));
        assert!(!page.body.contains("<script>alert(1)"));
        assert!(page.body.contains("58.37900, 26.73000") && page.body.contains("data-map="), "the place, listed and on the map");
        assert!(page.body.contains("Toetusi: 0 / 100"));
        let listed = app.get("/ideas?topic=mobility", &[]).await;
        assert!(listed.body.contains(&format!(r#"href="/ideas/{id}""#)) && !listed.body.contains("Pakendikonteiner Karlova parki"));
        let in_review = app.get("/ideas?status=in-review", &[]).await;
        assert!(in_review.body.contains("Pakendikonteiner Karlova parki") && !in_review.body.contains(&format!(r#"href="/ideas/{id}""#)));
        assert_eq!(app.get("/ideas/999999", &[]).await.status, StatusCode::NOT_FOUND);
        // With every filter empty the browser sends no filter at all (client-side navigation).
        for list in ["/api/ideas/list", "/api/consultations/list"] {
            assert_eq!(app.call(list, &[], &[]).await.status, StatusCode::OK, "{list} without a filter");
        }
    }

    async fn support_counts_once_even_clicking_at_once_and_the_threshold_tells_the_author_once(app) {
        let app = app.with_demo().await;
        set_threshold(&app, "waste", 3).await;
        for email in ["autor@raekoda.test", "t1@raekoda.test", "t2@raekoda.test", "t3@raekoda.test", "t4@raekoda.test"] {
            app.with_user(email, &[]).await;
        }
        let author = app.log_in("autor@raekoda.test").await;
        let id = submit(&app, &author, "Biojäätmete konteiner Supilinna", "waste", ("", "")).await;
        let id_text = id.to_string();
        let support = |session: String| {
            let app = &app;
            let id = id_text.clone();
            async move { app.call("/api/ideas/support", &[("id", &id)], &[&session]).await }
        };
        assert_eq!(app.call("/api/ideas/support", &[("id", &id_text)], &[]).await.status, StatusCode::UNAUTHORIZED);
        assert_eq!(support(author.clone()).await.status, StatusCode::CONFLICT, "not one's own");

        // Twenty clicks at once from one person, over real HTTP: one support.
        let first = app.log_in("t1@raekoda.test").await;
        let addr = app.serve().await;
        let mut tasks = Vec::new();
        for _ in 0..20 {
            let (addr, first, id) = (addr.clone(), first.clone(), id_text.clone());
            tasks.push(tokio::spawn(async move { http_post(&addr, "/api/ideas/support", &[("id", &id)], &first).await.0 }));
        }
        let mut statuses = Vec::new();
        for task in tasks {
            statuses.push(task.await.unwrap());
        }
        assert_eq!(statuses.iter().filter(|s| **s == 200).count(), 1, "{statuses:?}");
        assert!(statuses.iter().all(|s| *s == 200 || *s == 409), "{statuses:?}");
        assert_eq!(idea_support::Entity::find().filter(idea_support::Column::IdeaId.eq(id)).count(&app.db).await.unwrap(), 1);
        assert_eq!(idea::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap().supports, 1);

        // The third support reaches the threshold: into the review list, the author told once.
        assert_eq!(support(app.log_in("t2@raekoda.test").await).await.status, StatusCode::OK);
        assert_eq!(notification::Entity::find().filter(notification::Column::Link.starts_with("/ideas/")).count(&app.db).await.unwrap(), 0);
        assert_eq!(support(app.log_in("t3@raekoda.test").await).await.status, StatusCode::OK);
        let reached = idea::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
        assert_eq!((reached.status.as_str(), reached.supports, reached.review_since.is_some()), ("in-review", 3, true));
        assert_eq!(support(app.log_in("t4@raekoda.test").await).await.status, StatusCode::OK, "support goes on in review");
        let told = notification::Entity::find().filter(notification::Column::Link.starts_with("/ideas/")).all(&app.db).await.unwrap();
        assert_eq!(told.len(), 1, "told once, not at every later support");
        assert_eq!((told[0].kind.as_str(), told[0].link.clone()), ("idea-in-review", format!("/ideas/{id}")));
        let mail = outbox::Entity::find().filter(outbox::Column::ToEmail.eq("autor@raekoda.test")).all(&app.db).await.unwrap();
        assert_eq!(mail.len(), 1);
        assert!(mail[0].subject.contains("Biojäätmete konteiner Supilinna"));
        let inbox = app.get("/my/inbox", &[&author]).await;
        assert!(inbox.body.contains("Sinu idee „Biojäätmete konteiner Supilinna” sai piisavalt toetust") && inbox.body.contains("Lugemata"));
        assert_eq!(app.call("/api/inbox/read", &[], &[&author]).await.status, StatusCode::OK);
        assert!(app.get("/my/inbox", &[&author]).await.body.contains("Loetud"));

        // Staff see it in the review list; an administrator answers; the author is told.
        app.with_user("haldur@raekoda.test", &[(Role::Administrator, None)]).await;
        app.with_user("ruumid3@raekoda.test", &[(Role::RoomManager, Some(1))]).await;
        let admin = app.log_in("haldur@raekoda.test").await;
        let room_manager = app.log_in("ruumid3@raekoda.test").await;
        assert_eq!(app.get("/admin/ideas", &[&first]).await.status, StatusCode::FORBIDDEN);
        let review = app.get("/admin/ideas", &[&room_manager]).await;
        assert!(review.body.contains("Biojäätmete konteiner Supilinna") && review.body.contains("Pakendikonteiner Karlova parki"));
        let answer = |session: String, text: &'static str| {
            let app = &app;
            let id = id.to_string();
            async move { app.call("/api/admin/ideas/answer", &[("id", &id), ("answer", text)], &[&session]).await }
        };
        assert_eq!(answer(room_manager.clone(), "Jah").await.status, StatusCode::FORBIDDEN, "administrators answer");
        assert_eq!(fields(&answer(admin.clone(), " ").await), ["answer"]);
        assert_eq!(answer(admin.clone(), "Konteiner tuleb 2027. aasta kevadel.").await.status, StatusCode::OK);
        assert_eq!(answer(admin.clone(), "Veel kord").await.status, StatusCode::CONFLICT, "answered once");
        assert!(app.get(&format!("/ideas/{id}"), &[]).await.body.contains("Konteiner tuleb 2027. aasta kevadel."));
        assert_eq!(support(first.clone()).await.status, StatusCode::CONFLICT, "answered: support is over");
        assert_eq!(notification::Entity::find().filter(notification::Column::Link.starts_with("/ideas/")).count(&app.db).await.unwrap(), 2);
        assert!(!app.get("/admin/ideas", &[&admin]).await.body.contains("Biojäätmete konteiner Supilinna"), "answered ideas leave the list");
    }

    async fn moderators_hide_and_restore_reported_ideas_with_reasons(app) {
        let app = app.with_demo().await;
        app.with_user("kirjutaja3@raekoda.test", &[]).await;
        app.with_user("lugeja3@raekoda.test", &[]).await;
        app.with_user("moderaator3@raekoda.test", &[(Role::Moderator, None)]).await;
        let writer = app.log_in("kirjutaja3@raekoda.test").await;
        let reader = app.log_in("lugeja3@raekoda.test").await;
        let moderator = app.log_in("moderaator3@raekoda.test").await;
        let id = submit(&app, &writer, "Ostke meie pesumasinaid", "waste", ("", "")).await;
        let id_text = id.to_string();
        let report = |session: String, reason: &'static str| {
            let app = &app;
            let id = id_text.clone();
            async move { app.call("/api/ideas/report", &[("id", &id), ("reason", reason)], &[&session]).await }
        };
        assert_eq!(report(writer.clone(), "Minu oma").await.status, StatusCode::CONFLICT, "not one's own");
        assert_eq!(fields(&report(reader.clone(), "").await), ["reason"]);
        assert_eq!(report(reader.clone(), "Reklaam").await.status, StatusCode::OK);
        assert_eq!(report(reader.clone(), "Reklaam").await.status, StatusCode::CONFLICT, "once per person");

        let decide = |action: &'static str, reason: &'static str, session: String| {
            let app = &app;
            let id = id_text.clone();
            async move { app.call("/api/admin/moderation/decide", &[("id", &id), ("action", action), ("reason", reason), ("subject", "idea")], &[&session]).await }
        };
        assert_eq!(decide("hide", "Reklaam", reader.clone()).await.status, StatusCode::FORBIDDEN);
        let queue = app.get("/admin/moderation", &[&moderator]).await;
        assert!(queue.body.contains("Ostke meie pesumasinaid") && queue.body.contains("Reklaam") && queue.body.contains("Peida idee"));
        assert_eq!(decide("hide", "Reklaam, mitte idee", moderator.clone()).await.status, StatusCode::OK);
        assert_eq!(decide("hide", "Uuesti", moderator.clone()).await.status, StatusCode::CONFLICT, "already hidden");
        let page = app.get(&format!("/ideas/{id}"), &[]).await;
        assert!(!page.body.contains("pesumasinaid") && page.body.contains("Moderaator peitis selle idee") && page.body.contains("Reklaam, mitte idee"));
        assert!(!app.get("/ideas", &[]).await.body.contains("pesumasinaid"), "hidden ideas leave the list");
        let other = app.log_in("lugeja3@raekoda.test").await;
        assert_eq!(app.call("/api/ideas/support", &[("id", &id_text)], &[&other]).await.status, StatusCode::NOT_FOUND, "no supporting a hidden idea");
        assert_eq!(decide("restore", "Eksitus", moderator.clone()).await.status, StatusCode::OK);
        assert!(app.get("/ideas", &[]).await.body.contains("pesumasinaid"));
        // Restored, its report is dealt with: it is no longer waiting in the queue.
        let queue = app.get("/admin/moderation", &[&moderator]).await;
        assert!(!queue.body.contains("Ostke meie pesumasinaid"), "restored ideas leave the queue");
        assert_eq!(decide("hide", "x", moderator.clone()).await.status, StatusCode::OK);
        let queue = app.get("/admin/moderation", &[&moderator]).await;
        assert!(queue.body.contains("Reklaam, mitte idee") && queue.body.contains("Eksitus"), "hidden again: every decision is in its history");
        let bad_subject = app.call("/api/admin/moderation/decide", &[("id", &id_text), ("action", "hide"), ("reason", "x"), ("subject", "kass")], &[&moderator]).await;
        assert_eq!(bad_subject.status, StatusCode::BAD_REQUEST);
    }
}
