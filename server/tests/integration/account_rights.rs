//! A person's rights over their data, on both databases: the export holds what they did
//! and no secret; deleting the account needs the password, keeps what they wrote for
//! others under "a deleted person" (or erases it when asked), and removes the rest.

use crate::support;

use app::participation::entity::{comment, idea};
use http::{header, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use crate::support::{Part, PASSWORD};

const OPEN: &str = "jaatmejaamad-2027";

/// A person who comments, submits an idea, follows a consultation and submits data.
async fn active_person(app: &support::TestApp, email: &str) -> (String, i32) {
    app.with_user(email, &[]).await;
    let session = app.log_in(email).await;
    let body = format!("Rohkem konteinereid, palun ({email}).");
    assert_eq!(app.call("/api/consultations/comment", &[("slug", OPEN), ("body", &body)], &[&session]).await.status, StatusCode::OK);
    let idea = app.call("/api/ideas/submit", &[("title", &format!("Pink jõe äärde ({email})")), ("description", "Kirjeldus, miks see on vajalik."), ("topic", "mobility"), ("latitude", "58.38"), ("longitude", "26.72")], &[&session]).await;
    assert_eq!(idea.status, StatusCode::OK, "{}", idea.body);
    let idea_id: i32 = serde_json::from_str::<String>(&idea.body).unwrap().trim_start_matches("/ideas/").parse().unwrap();
    assert_eq!(app.call("/api/follow", &[("kind", "consultation"), ("key", OPEN), ("mode", "weekly"), ("back", "/x")], &[&session]).await.status, StatusCode::OK);
    let file = "building,year,heat_mwh,electricity_mwh\nRiia 1,2025,1,1\n";
    let kept = app.post_multipart("/data-submission/hoone-energiatarve/upload", &[Part::File("file", "a.csv", file.as_bytes())], &[&session]).await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER);
    (session, idea_id)
}

on_both_databases! {
    async fn the_export_holds_what_a_person_did_and_deleting_keeps_their_words_for_others(app) {
        let app = app.with_demo().await;
        let (session, idea_id) = active_person(&app, "lahkuja@raekoda.test").await;
        app::notifications::server::queue(&app.db, "lahkuja@raekoda.test", "Teade", "Sinu broneering on kinnitatud.").await.unwrap();

        assert_eq!(app.get("/account/my-data.json", &[]).await.status, StatusCode::SEE_OTHER, "only for the signed-in person");
        let export = app.get("/account/my-data.json", &[&session]).await;
        assert_eq!(export.status, StatusCode::OK);
        assert!(export.header(header::CONTENT_DISPOSITION).unwrap().contains("raekoda-my-data.json"));
        let data = export.json();
        assert_eq!(data["account"][0]["email"], "lahkuja@raekoda.test");
        assert!(data["account"][0].get("password_hash").is_none(), "no hash leaves");
        assert!(data["comments"][0]["body"].as_str().unwrap().contains("Rohkem konteinereid"));
        assert_eq!(data["ideas"][0]["id"], idea_id);
        assert_eq!(data["follows"][0]["mode"], "weekly");
        assert!(data["follows"][0].get("token").is_none(), "no unsubscribe token leaves");
        assert_eq!(data["data_submissions"].as_array().unwrap().len(), 1);
        assert_eq!(data["emails"][0]["body"], "Sinu broneering on kinnitatud.", "the e-mails sent to them");
        let page = app.get("/account", &[&session]).await;
        assert!(page.body.contains("Nõustusid andmete töötlemise põhimõtetega") && page.body.contains("/account/my-data.json"));

        let wrong = app.call("/api/accounts/delete", &[("password", "vale-parool-123")], &[&session]).await;
        assert_eq!(wrong.json()["Validation"][0]["field"], "password");
        assert_eq!(app.get("/account", &[&session]).await.status, StatusCode::OK, "still there");

        let deleted = app.call("/api/accounts/delete", &[("password", PASSWORD)], &[&session]).await;
        assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
        assert!(deleted.set_cookies().iter().any(|c| c.starts_with("raekoda_session=;")), "the session cookie is cleared");
        let after = app.get("/account", &[&session]).await;
        assert!(after.status.is_redirection() && after.header(header::LOCATION).unwrap_or_default().starts_with("/login"), "the old session no longer works");
        let again = app.call("/api/accounts/log_in", &[("email", "lahkuja@raekoda.test"), ("password", PASSWORD)], &[]).await;
        assert_ne!(again.status, StatusCode::OK, "nobody logs in as them");
        use app::notifications::entity::outbox;
        use sea_orm::PaginatorTrait;
        assert_eq!(outbox::Entity::find().filter(outbox::Column::ToEmail.eq("lahkuja@raekoda.test")).count(&app.db).await.unwrap(), 0, "the e-mail copies go too");
        let kept = comment::Entity::find().filter(comment::Column::Body.contains("lahkuja@raekoda.test")).one(&app.db).await.unwrap().expect("the comment stays");
        assert!(!kept.hidden);
        let consultation = app.get(&format!("/have-your-say/{OPEN}"), &[]).await;
        assert!(consultation.body.contains("Kustutatud kasutaja"), "shown under a deleted person");
        // In the reader's language.
        assert!(app.get(&format!("/have-your-say/{OPEN}"), &["raekoda_lang=en"]).await.body.contains("Deleted user"));
        assert!(app.get(&format!("/have-your-say/{OPEN}"), &["raekoda_lang=ru"]).await.body.contains("Удалённый пользователь"));
        let kept_idea = idea::Entity::find_by_id(idea_id).one(&app.db).await.unwrap().unwrap();
        assert_eq!((kept_idea.author_id, kept_idea.hidden), (None, false), "the idea stays, with no author");
        let follows = app.count("subscriptions").await;
        let (other, other_idea) = active_person(&app, "kustutaja@raekoda.test").await;
        assert_eq!(app.count("subscriptions").await, follows + 1);
        let erased = app.call("/api/accounts/delete", &[("password", PASSWORD), ("erase", "yes")], &[&other]).await;
        assert_eq!(erased.status, StatusCode::OK, "{}", erased.body);
        assert_eq!(app.count("subscriptions").await, follows, "their follow went with them");
        assert!(comment::Entity::find().filter(comment::Column::Body.contains("kustutaja@raekoda.test")).one(&app.db).await.unwrap().is_none(), "the text is erased");
        let gone = idea::Entity::find_by_id(other_idea).one(&app.db).await.unwrap().unwrap();
        assert_eq!((gone.title.as_str(), gone.description.as_str(), gone.hidden, gone.latitude), ("—", "", true, None));
        assert_eq!(app.get(&format!("/ideas/{other_idea}"), &[]).await.body.contains("Pink jõe äärde (kustutaja"), false);
    }

    async fn no_address_reaches_the_account_that_keeps_deleted_peoples_words(app) {
        use app::accounts::entity::user;
        let app = app.with_demo().await;
        let (session, _) = active_person(&app, "lahkuja2@raekoda.test").await;
        assert_eq!(app.call("/api/accounts/delete", &[("password", PASSWORD)], &[&session]).await.status, StatusCode::OK);
        let keeper = user::Entity::find().filter(user::Column::SystemAccount.eq(true)).all(&app.db).await.unwrap();
        assert_eq!(keeper.len(), 1, "one system account keeps the words");
        assert!(!keeper[0].email.contains('@'), "and it has no address: {}", keeper[0].email);
        let kept = comment::Entity::find().filter(comment::Column::Body.contains("lahkuja2@raekoda.test")).one(&app.db).await.unwrap().unwrap();
        assert_eq!(kept.author_id, keeper[0].id);

        // The address it once had is an ordinary address now: signing up with it gets a new,
        // empty account, not the deleted people's words.
        for email in ["deleted-person@raekoda.invalid", "Deleted-Person@raekoda.invalid"] {
            let _ = app.call("/api/accounts/sign_up", &[("name", "Ülevõtja"), ("email", email), ("password", PASSWORD), ("accept_terms", "yes")], &[]).await;
        }
        let taker = app.log_in("deleted-person@raekoda.invalid").await;
        let export = app.get("/account/my-data.json", &[&taker]).await.json();
        assert_eq!(export["comments"].as_array().map(Vec::len), Some(0), "none of the deleted people's comments");
        assert_ne!(export["account"][0]["id"], keeper[0].id);
        // Its key is no address: signing up or logging in with it is refused at the field.
        let key = keeper[0].email.clone();
        let sign_up = app.call("/api/accounts/sign_up", &[("name", "Ülevõtja"), ("email", &key), ("password", PASSWORD), ("accept_terms", "yes")], &[]).await;
        assert_eq!((sign_up.status, sign_up.json()["Validation"][0]["field"].as_str()), (StatusCode::BAD_REQUEST, Some("email")));
        assert_ne!(app.call("/api/accounts/log_in", &[("email", &key), ("password", "!")], &[]).await.status, StatusCode::OK);
        // Deleting the taker's account leaves the deleted people's words where they are.
        assert_eq!(app.call("/api/accounts/delete", &[("password", PASSWORD)], &[&taker]).await.status, StatusCode::OK);
        assert!(comment::Entity::find_by_id(kept.id).one(&app.db).await.unwrap().is_some());
    }
}
