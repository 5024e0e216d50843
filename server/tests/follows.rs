//! Follows over real HTTP on both databases: a person follows a consultation with
//! immediate e-mail, another weekly; the city's response reaches both inboxes and only the
//! first as an e-mail, with a link that unsubscribes without logging in.

mod support;

use app::core::roles::Role;
use app::notifications::entity::{notification, outbox, subscription};
use http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const CLOSED: &str = "paikesepaneelid-koolidel";

on_both_databases! {
    async fn followers_hear_of_the_response_and_unsubscribe_without_logging_in(app) {
        app::seed::seed_demo(&app.db).await.unwrap();
        app.with_user("kohe@raekoda.test", &[]).await;
        app.with_user("nadalas@raekoda.test", &[]).await;
        app.with_user("juht6@raekoda.test", &[(Role::Administrator, None)]).await;
        let at_once = app.log_in("kohe@raekoda.test").await;
        let weekly = app.log_in("nadalas@raekoda.test").await;
        let admin = app.log_in("juht6@raekoda.test").await;
        let follow = |mode: &'static str, session: String| {
            let app = &app;
            async move { app.call("/api/consultations/follow", &[("slug", CLOSED), ("mode", mode)], &[&session]).await }
        };
        assert_eq!(app.call("/api/consultations/follow", &[("slug", CLOSED), ("mode", "immediate")], &[]).await.status, StatusCode::UNAUTHORIZED);
        assert_eq!(follow("sometimes", at_once.clone()).await.json()["Validation"][0]["field"], "mode");
        assert_eq!(follow("weekly", at_once.clone()).await.status, StatusCode::OK);
        assert_eq!(follow("immediate", at_once.clone()).await.status, StatusCode::OK, "following again changes how");
        assert_eq!(follow("weekly", weekly.clone()).await.status, StatusCode::OK);
        assert_eq!(subscription::Entity::find().count(&app.db).await.unwrap(), 2, "once per person");
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

        // The e-mail's link unsubscribes without logging in, once.
        let token = mail[0].body.split("/unsubscribe/").nth(1).unwrap().trim().to_owned();
        let page = app.get(&format!("/unsubscribe/{token}"), &[]).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Kas lõpetada teadete saatmine") && page.body.contains("Päikesepaneelid"));
        let plain = app.post_plain("/api/unsubscribe", &[("token", &token)], &[], &format!("/unsubscribe/{token}")).await;
        assert_eq!(plain.status, StatusCode::FOUND);
        assert_eq!(plain.header(http::header::LOCATION), Some("/unsubscribe/done"));
        assert_eq!(subscription::Entity::find().count(&app.db).await.unwrap(), 1);
        assert!(app.get(&format!("/unsubscribe/{token}"), &[]).await.body.contains("Seda linki enam pole"));
        assert_eq!(app.call("/api/unsubscribe", &[("token", &token)], &[]).await.status, StatusCode::NOT_FOUND);
        assert_eq!(app.call("/api/unsubscribe", &[("token", "arvatud")], &[]).await.status, StatusCode::NOT_FOUND);

        // Stopping a follow from the list: only one's own.
        let left = subscription::Entity::find().one(&app.db).await.unwrap().unwrap();
        assert_eq!(app.call("/api/subscriptions/stop", &[("id", &left.id.to_string())], &[&at_once]).await.status, StatusCode::NOT_FOUND, "not theirs");
        assert_eq!(app.call("/api/subscriptions/stop", &[("id", &left.id.to_string())], &[&weekly]).await.status, StatusCode::OK);
        assert!(app.get("/my/subscriptions", &[&weekly]).await.body.contains("Sa ei jälgi midagi"));
    }
}
