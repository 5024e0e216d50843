//! Follows over real HTTP on both databases: a person follows a consultation with
//! immediate e-mail, another weekly; the city's response reaches both inboxes and only the
//! first as an e-mail, with a link that unsubscribes without logging in.

use crate::support;

use app::core::roles::Role;
use app::notifications::entity::{notification, outbox, subscription};
use http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const CLOSED: &str = "paikesepaneelid-koolidel";

on_both_databases! {
    async fn followers_hear_of_the_response_and_unsubscribe_without_logging_in(app) {
        let app = app.with_demo().await;
        app.with_user("kohe@raekoda.test", &[]).await;
        app.with_user("nadalas@raekoda.test", &[]).await;
        app.with_user("juht6@raekoda.test", &[(Role::Administrator, None)]).await;
        let at_once = app.log_in("kohe@raekoda.test").await;
        let weekly = app.log_in("nadalas@raekoda.test").await;
        let admin = app.log_in("juht6@raekoda.test").await;
        let follow = |mode: &'static str, session: String| {
            let app = &app;
            async move { app.call("/api/follow", &[("kind", "consultation"), ("key", CLOSED), ("mode", mode), ("back", "/x")], &[&session]).await }
        };
        assert_eq!(app.call("/api/follow", &[("kind", "consultation"), ("key", CLOSED), ("mode", "immediate"), ("back", "/x")], &[]).await.status, StatusCode::UNAUTHORIZED);
        assert_eq!(follow("sometimes", at_once.clone()).await.json()["Validation"][0]["field"], "mode");
        assert_eq!(follow("weekly", at_once.clone()).await.status, StatusCode::OK);
        assert_eq!(follow("immediate", at_once.clone()).await.status, StatusCode::OK, "following again changes how");
        assert_eq!(follow("weekly", weekly.clone()).await.status, StatusCode::OK);
        // Following the consultation's topic too brings no second message of the same news.
        let topic = app.call("/api/follow", &[("kind", "topic"), ("key", "energy"), ("mode", "weekly"), ("back", "/topics/energy")], &[&weekly]).await;
        assert_eq!(topic.status, StatusCode::OK, "{}", topic.body);
        assert_eq!(app.call("/api/follow", &[("kind", "proposal"), ("key", "1"), ("mode", "weekly"), ("back", "/x")], &[&weekly]).await.status, StatusCode::FORBIDDEN, "proposals are staff pages");
        assert_eq!(app.call("/api/follow", &[("kind", "service"), ("key", "no-such-service"), ("mode", "weekly"), ("back", "/x")], &[&weekly]).await.status, StatusCode::NOT_FOUND);
        assert_eq!(subscription::Entity::find().filter(subscription::Column::Kind.eq("consultation")).count(&app.db).await.unwrap(), 2, "once per person");
        assert!(app.get(&format!("/have-your-say/{CLOSED}"), &[&at_once]).await.body.contains("Jälgid seda (E-kiri kohe)."));
        let mine = app.get("/my/subscriptions", &[&at_once]).await;
        assert!(mine.body.contains("Päikesepaneelid") && mine.body.contains("E-kiri kohe"));

        let outbox_before = outbox::Entity::find().count(&app.db).await.unwrap();
        let published = app.call("/api/consultations/respond", &[("slug", CLOSED), ("response", "Paneelid tulevad kolmele koolile.")], &[&admin]).await;
        assert_eq!(published.status, StatusCode::OK, "{}", published.body);
        assert_eq!(notification::Entity::find().filter(notification::Column::Kind.eq("consultation-response")).count(&app.db).await.unwrap(), 2, "both inboxes");
        let mail: Vec<outbox::Model> = outbox::Entity::find().all(&app.db).await.unwrap().into_iter().skip(outbox_before as usize).collect();
        assert_eq!(mail.len(), 1, "only the immediate follower gets an e-mail");
        assert_eq!(mail[0].to_email, "kohe@raekoda.test");
        assert!(mail[0].body.contains(&format!("{}/have-your-say/{CLOSED}#city-response", support::ORIGIN)), "{}", mail[0].body);
        let outbox_page = app.get("/admin/outbox", &[&admin]).await;
        assert!(outbox_page.body.contains("Linn avaldas vastuse arutelule") && outbox_page.body.contains("kohe@raekoda.test") && outbox_page.body.contains("Ootel"), "no mail server here: it waits");
        assert_eq!(app.get("/admin/outbox", &[&weekly]).await.status, StatusCode::FORBIDDEN);
        let inbox = app.get("/my/inbox", &[&weekly]).await;
        assert!(inbox.body.contains("Linn avaldas vastuse arutelule"));

        // The weekly follower's message goes out in Monday morning's digest, once.
        let today = app::rooms::rules::to_local(chrono::Utc::now()).date();
        let monday = today + chrono::Duration::days(7 - i64::from(chrono::Datelike::weekday(&today).num_days_from_monday()));
        let monday_nine = app::rooms::rules::local_to_utc(monday, chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap()).unwrap();
        assert_eq!(app::notifications::server::send_digests(&app.db, support::ORIGIN, chrono::Utc::now() - chrono::Duration::days(8)).await.unwrap(), 0, "nothing is due before its Monday");
        assert_eq!(app::notifications::server::send_digests(&app.db, support::ORIGIN, monday_nine).await.unwrap(), 1);
        let digest = outbox::Entity::find().filter(outbox::Column::ToEmail.eq("nadalas@raekoda.test")).all(&app.db).await.unwrap();
        assert_eq!(digest.len(), 1, "one digest");
        assert_eq!(digest[0].subject, "Raekoja nädala kokkuvõte: 1 uudist");
        assert!(digest[0].body.contains(&format!("{}/have-your-say/{CLOSED}#city-response", support::ORIGIN)) && digest[0].body.contains("/unsubscribe/") && digest[0].body.contains("/my/subscriptions"), "{}", digest[0].body);
        assert_eq!(app::notifications::server::send_digests(&app.db, support::ORIGIN, monday_nine).await.unwrap(), 0, "sent once");

        // The e-mail's link unsubscribes without logging in, once.
        let token = mail[0].body.split("/unsubscribe/").nth(1).unwrap().split_whitespace().next().unwrap().to_owned();
        let page = app.get(&format!("/unsubscribe/{token}"), &[]).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Kas lõpetada teadete saatmine") && page.body.contains("Päikesepaneelid"));
        let plain = app.post_plain("/api/unsubscribe", &[("token", &token)], &[], &format!("/unsubscribe/{token}")).await;
        assert_eq!(plain.status, StatusCode::FOUND);
        assert_eq!(plain.header(http::header::LOCATION), Some("/unsubscribe/done"));
        assert_eq!(subscription::Entity::find().filter(subscription::Column::Kind.eq("consultation")).count(&app.db).await.unwrap(), 1);
        assert!(app.get(&format!("/unsubscribe/{token}"), &[]).await.body.contains("Seda linki enam pole"));
        assert_eq!(app.call("/api/unsubscribe", &[("token", &token)], &[]).await.status, StatusCode::NOT_FOUND);
        assert_eq!(app.call("/api/unsubscribe", &[("token", "arvatud")], &[]).await.status, StatusCode::NOT_FOUND);

        // Stopping a follow from the list: only one's own.
        let left = subscription::Entity::find().filter(subscription::Column::Kind.eq("consultation")).one(&app.db).await.unwrap().unwrap();
        assert_eq!(app.call("/api/subscriptions/stop", &[("id", &left.id.to_string())], &[&at_once]).await.status, StatusCode::NOT_FOUND, "not theirs");
        assert_eq!(app.call("/api/subscriptions/stop", &[("id", &left.id.to_string())], &[&weekly]).await.status, StatusCode::OK);
        let left_over = app.get("/my/subscriptions", &[&weekly]).await;
        assert!(!left_over.body.contains("Päikesepaneelid") && left_over.body.contains("/topics/energy"), "only the topic is left");
    }

    async fn a_hidden_idea_is_not_named_on_its_followers_subscriptions(app) {
        use app::participation::entity::idea;
        use sea_orm::{ActiveModelTrait, Set};
        let app = app.with_demo().await;
        app.with_user("ideejalgija@raekoda.test", &[]).await;
        let follower = app.log_in("ideejalgija@raekoda.test").await;
        let submitted = app.call("/api/ideas/submit", &[("title", "Solvav pealkiri, mis peidetakse"), ("description", "Kirjeldus, miks see on vajalik."), ("topic", "mobility"), ("latitude", ""), ("longitude", "")], &[&follower]).await;
        assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.body);
        let id: i32 = serde_json::from_str::<String>(&submitted.body).unwrap().trim_start_matches("/ideas/").parse().unwrap();
        assert_eq!(app.call("/api/follow", &[("kind", "idea"), ("key", &id.to_string()), ("mode", "weekly"), ("back", "/x")], &[&follower]).await.status, StatusCode::OK);
        assert!(app.get("/my/subscriptions", &[&follower]).await.body.contains("Solvav pealkiri"));
        let mut hidden: idea::ActiveModel = idea::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap().into();
        hidden.hidden = Set(true);
        hidden.update(&app.db).await.unwrap();
        let mine = app.get("/my/subscriptions", &[&follower]).await;
        assert_eq!(mine.status, StatusCode::OK);
        assert!(!mine.body.contains("Solvav pealkiri"), "the hidden title is not shown");
    }
}
