//! The consultation editor over real HTTP on both databases: administrators create and
//! change consultations with their survey, mistakes are named by field, a survey with
//! answers keeps its questions, and closing a consultation now ends it for everyone.


use app::core::roles::Role;
use app::participation::entity::consultation;
use http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use crate::support::{Reply, TestApp};

fn fields(reply: &Reply) -> Vec<String> {
    reply.json()["Validation"].as_array().map(|errors| errors.iter().map(|e| e["field"].as_str().unwrap_or_default().to_owned()).collect()).unwrap_or_default()
}

fn form<'a>(original: &'a str, slug: &'a str, title: &'a str, opens: &'a str, closes: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("original", original),
        ("slug", slug),
        ("topic", "mobility"),
        ("district", "Karlova"),
        ("title_et", title),
        ("title_en", "Park benches"),
        ("description_et", "Kuhu panna uued pingid?"),
        ("opens_on", opens),
        ("closes_on", closes),
        ("latitude", "58,3700"),
        ("longitude", "26,7400"),
        ("documents", "Kaart | https://www.tartu.ee/kaart.pdf"),
        ("survey[q0_kind]", "single"),
        ("survey[q0_prompt_et]", "Kas istud pargis?"),
        ("survey[q0_options]", "Jah | Yes\nEi | No"),
        ("survey[q0_required]", "on"),
        ("survey[q1_kind]", "text"),
        ("survey[q1_prompt_et]", "Mida veel?"),
    ];
    form.extend_from_slice(extra);
    form
}

async fn stored(app: &TestApp, slug: &str) -> consultation::Model {
    consultation::Entity::find().filter(consultation::Column::Slug.eq(slug)).one(&app.db).await.unwrap().unwrap()
}

on_both_databases! {
    async fn administrators_create_and_change_consultations_with_a_survey(app) {
        let app = app.with_demo().await;
        app.with_user("juht@raekoda.test", &[(Role::Administrator, None)]).await;
        app.with_user("moderaator4@raekoda.test", &[(Role::Moderator, None)]).await;
        app.with_user("elanik4@raekoda.test", &[]).await;
        let admin = app.log_in("juht@raekoda.test").await;
        let moderator = app.log_in("moderaator4@raekoda.test").await;
        let citizen = app.log_in("elanik4@raekoda.test").await;
        let today = app::participation::server::today();
        let (opens, closes) = ((today - chrono::Duration::days(1)).to_string(), (today + chrono::Duration::days(20)).to_string());

        assert_eq!(app.get("/admin/consultations", &[&citizen]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(app.get("/admin/consultations/new", &[&moderator]).await.status, StatusCode::FORBIDDEN, "administrators run consultations");
        assert_eq!(app.call("/api/admin/consultations/save", &form("", "pargipingid", "Pargipingid", &opens, &closes, &[]), &[&moderator]).await.status, StatusCode::FORBIDDEN);
        let editor = app.get("/admin/consultations/new", &[&admin]).await;
        assert_eq!(editor.status, StatusCode::OK);
        assert!(editor.body.contains("Küsimus 1") && editor.body.contains(r#"name="survey[q0_prompt_et]""#));

        // Mistakes are named by field: a taken address, the last day before the first.
        let refused = app.call("/api/admin/consultations/save", &form("", "jaatmejaamad-2027", "Pargipingid", &closes, &opens, &[]), &[&admin]).await;
        assert_eq!(fields(&refused), ["closes_on"]);
        let taken = app.call("/api/admin/consultations/save", &form("", "jaatmejaamad-2027", "Pargipingid", &opens, &closes, &[]), &[&admin]).await;
        assert_eq!(fields(&taken), ["slug"]);

        // The form's topic is mobility.
        let followed = app.call("/api/follow", &[("kind", "topic"), ("key", "mobility"), ("mode", "immediate"), ("back", "/topics/mobility")], &[&citizen]).await;
        assert_eq!(followed.status, StatusCode::OK, "{}", followed.body);
        let saved = app.call("/api/admin/consultations/save", &form("", "pargipingid", "Pargipingid", &opens, &closes, &[]), &[&admin]).await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        assert!(app.get("/my/inbox", &[&citizen]).await.body.contains("Teemas, mida jälgid, on uus arutelu: „Pargipingid”."), "the topic's followers hear of a new consultation");
        let created = stored(&app, "pargipingid").await;
        assert_eq!((created.survey.0.len(), created.title.0.en.as_deref(), created.documents.0.len()), (2, Some("Park benches"), 1));
        let public = app.get("/have-your-say/pargipingid", &[&citizen]).await;
        assert!(public.body.contains("Kas istud pargis?") && public.body.contains("Pargipingid"));
        let again = app.get("/admin/consultations/pargipingid/edit", &[&admin]).await;
        assert!(again.body.contains("Küsimus 3"), "two questions and a blank row to add a third");

        // With no answers yet the survey changes; once answered, its questions stay.
        let third = form("pargipingid", "pargipingid", "Pargipingid", &opens, &closes, &[("survey[q2_kind]", "rating"), ("survey[q2_prompt_et]", "Kui oluline?")]);
        assert_eq!(app.call("/api/admin/consultations/save", &third, &[&admin]).await.status, StatusCode::OK);
        assert_eq!(stored(&app, "pargipingid").await.survey.0.len(), 3);
        let answered = app.call("/api/consultations/answer", &[("slug", "pargipingid"), ("answers[q0]", "0")], &[&citizen]).await;
        assert_eq!(answered.status, StatusCode::OK, "{}", answered.body);
        let renamed = form("pargipingid", "pargipingid-2027", "Pargipingid Karlovas", &opens, &closes, &[]);
        assert_eq!(app.call("/api/admin/consultations/save", &renamed, &[&admin]).await.status, StatusCode::OK);
        let changed = stored(&app, "pargipingid-2027").await;
        assert_eq!((changed.title.0.et.as_str(), changed.survey.0.len()), ("Pargipingid Karlovas", 3), "the title changed, the answered survey did not");
        assert!(app.get("/admin/consultations/pargipingid-2027/edit", &[&admin]).await.body.contains("Küsitlusele on vastatud"));

        // Closing now: results show, answering stops, the response can be published.
        let close = |session: String| {
            let app = &app;
            async move { app.call("/api/admin/consultations/close", &[("slug", "pargipingid-2027")], &[&session]).await }
        };
        assert_eq!(close(moderator.clone()).await.status, StatusCode::FORBIDDEN);
        assert_eq!(close(admin.clone()).await.status, StatusCode::OK);
        assert_eq!(close(admin.clone()).await.status, StatusCode::CONFLICT, "closed already");
        let closed = stored(&app, "pargipingid-2027").await;
        assert_eq!(closed.closes_on, today - chrono::Duration::days(1));
        assert_eq!(app.call("/api/consultations/support", &[("slug", "pargipingid-2027")], &[&citizen]).await.status, StatusCode::CONFLICT);
        assert_eq!(app.call("/api/consultations/respond", &[("slug", "pargipingid-2027"), ("response", "Pingid tulevad.")], &[&admin]).await.status, StatusCode::OK);
        assert!(app.get("/have-your-say/pargipingid-2027", &[]).await.body.contains("Pingid tulevad."));
    }
}
