//! The hub editors over real HTTP on both databases: data stewards keep the indicators'
//! yearly values current (a bad line is named by its number), administrators edit topics
//! and plans, and nobody else edits anything.


use app::core::roles::Role;
use app::participation::entity::{indicator, topic};
use http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use crate::support::Reply;

fn fields(reply: &Reply) -> Vec<String> {
    reply.json()["Validation"].as_array().map(|errors| errors.iter().map(|e| e["field"].as_str().unwrap_or_default().to_owned()).collect()).unwrap_or_default()
}

fn indicator_form<'a>(values: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("topic", "waste"),
        ("original", "waste-handed-over"),
        ("slug", "waste-handed-over"),
        ("name_et", "Üle antud jäätmed"),
        ("name_en", "Waste handed over"),
        ("unit_et", "t"),
        ("decimals", "2"),
        ("source", "Tartu linna jäätmearuanne"),
        ("values", values),
    ]
}

on_both_databases! {
    async fn data_stewards_keep_the_figures_current_and_administrators_edit_hubs_and_plans(app) {
        let app = app.with_demo().await;
        app.with_user("andmed5@raekoda.test", &[(Role::DataSteward, None)]).await;
        app.with_user("juht5@raekoda.test", &[(Role::Administrator, None)]).await;
        app.with_user("ruumid5@raekoda.test", &[(Role::RoomManager, Some(1))]).await;
        app.with_user("elanik5@raekoda.test", &[]).await;
        let steward = app.log_in("andmed5@raekoda.test").await;
        let admin = app.log_in("juht5@raekoda.test").await;
        let room_manager = app.log_in("ruumid5@raekoda.test").await;
        let citizen = app.log_in("elanik5@raekoda.test").await;

        // The figures: the steward's form shows the values as people write them.
        let editor = app.get("/admin/topics/waste/indicators/waste-handed-over/edit", &[&steward]).await;
        assert_eq!(editor.status, StatusCode::OK);
        assert!(editor.body.contains("2022 23 491,13"), "the values, one year per line");
        assert_eq!(app.get("/admin/topics/waste/indicators/waste-handed-over/edit", &[&room_manager]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(app.get("/admin/topics", &[&citizen]).await.status, StatusCode::FORBIDDEN);
        let refused = app.call("/api/admin/indicators/save", &indicator_form("2022 23 491,13\n2023 kakskümmend"), &[&steward]).await;
        assert_eq!(fields(&refused), ["values"]);
        assert_eq!(refused.json()["Validation"][0]["params"][0][1], "2", "the bad line is named");
        assert_eq!(app.call("/api/admin/indicators/save", &indicator_form("2022 23 491,13\n2023 22 100"), &[&room_manager]).await.status, StatusCode::FORBIDDEN);
        // "Tell me when waste handed over drops below 23 000 t" (and someone else: above 30 000).
        let alert = |direction: &'static str, threshold: &'static str, session: String| {
            let app = &app;
            async move { app.call("/api/follow/indicator", &[("indicator", "waste-handed-over"), ("direction", direction), ("threshold", threshold), ("alert_mode", "immediate"), ("back", "/topics/waste")], &[&session]).await }
        };
        assert_eq!(alert("below", "palju", citizen.clone()).await.json()["Validation"][0]["field"], "threshold");
        assert_eq!(alert("below", "23 000", citizen.clone()).await.status, StatusCode::OK);
        assert_eq!(alert("above", "30 000", steward.clone()).await.status, StatusCode::OK);
        assert!(app.get("/my/subscriptions", &[&citizen]).await.body.contains("Üle antud jäätmed (langeb alla 23"), "the follow names its limit");
        let saved = app.call("/api/admin/indicators/save", &indicator_form("2021 24 012,5\n2022 23 491,13\n2023 22 100"), &[&steward]).await;
        let crossed = |email: &'static str| {
            let app = &app;
            async move {
                use app::notifications::entity::notification;
                use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
                let person = app::accounts::entity::user::Entity::find().filter(app::accounts::entity::user::Column::Email.eq(email)).one(&app.db).await.unwrap().unwrap();
                notification::Entity::find().filter(notification::Column::UserId.eq(person.id)).filter(notification::Column::Kind.is_in(["indicator-fell-below", "indicator-rose-above"])).count(&app.db).await.unwrap()
            }
        };
        assert_eq!(crossed("elanik5@raekoda.test").await, 1, "2023 dropped below 23 000 t");
        {
            use app::notifications::entity::outbox;
            use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
            let mail = outbox::Entity::find().filter(outbox::Column::ToEmail.eq("elanik5@raekoda.test")).all(&app.db).await.unwrap();
            assert!(mail.iter().any(|m| m.subject == "Näitaja „Üle antud jäätmed” langes alla sinu seatud piiri."), "the e-mail says it dropped below: {:?}", mail.iter().map(|m| &m.subject).collect::<Vec<_>>());
            assert!(!mail.iter().any(|m| m.subject.contains("ületas")));
        }
        assert_eq!(crossed("andmed5@raekoda.test").await, 0, "nothing rose above 30 000 t");
        let again = app.call("/api/admin/indicators/save", &indicator_form("2021 24 012,5\n2022 23 491,13\n2023 22 100"), &[&steward]).await;
        assert_eq!(again.status, StatusCode::OK);
        assert_eq!(crossed("elanik5@raekoda.test").await, 1, "saving the same value again is no news");
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        let stored = indicator::Entity::find().filter(indicator::Column::Slug.eq("waste-handed-over")).one(&app.db).await.unwrap().unwrap();
        assert_eq!(stored.year_values.0.iter().map(|v| (v.year, v.hundredths)).collect::<Vec<_>>(), [(2021, 2_401_250), (2022, 2_349_113), (2023, 2_210_000)]);
        assert!(app.get("/topics/waste", &[]).await.body.contains("22\u{a0}100,00 t"), "the hub's table shows the new year");

        // Topics: administrators only; an address once.
        let topic_form = |slug: &'static str, threshold: &'static str| {
            vec![("original", ""), ("slug", slug), ("name_et", "Kliima"), ("name_en", "Climate"), ("narrative_et", "Kuidas Tartu kohaneb."), ("idea_threshold", threshold), ("links", "Kliimakava | https://www.tartu.ee/kliima")]
        };
        assert_eq!(app.call("/api/admin/topics/save", &topic_form("kliima", "30"), &[&steward]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(fields(&app.call("/api/admin/topics/save", &topic_form("waste", "0"), &[&admin]).await), ["idea_threshold"]);
        assert_eq!(fields(&app.call("/api/admin/topics/save", &topic_form("waste", "30"), &[&admin]).await), ["slug"], "taken");
        assert_eq!(app.call("/api/admin/topics/save", &topic_form("kliima", "30"), &[&admin]).await.status, StatusCode::OK);
        let created = topic::Entity::find().filter(topic::Column::Slug.eq("kliima")).one(&app.db).await.unwrap().unwrap();
        assert_eq!((created.idea_threshold, created.position, created.links.0.len()), (30, 3, 1));
        assert!(app.get("/topics/kliima", &[]).await.body.contains("Kuidas Tartu kohaneb."));

        // Plans: goals are lines tied to known indicators; a bad one is named.
        let plan_form = |goals: &'static str| {
            vec![("original", "energia-2030"), ("slug", "energia-2030"), ("topic", "energy"), ("name_et", "Energia 2030"), ("summary_et", "Linna energiakava."), ("goals", goals)]
        };
        assert_eq!(fields(&app.call("/api/admin/plans/save", &plan_form("tundmatu | 2018 | 2030 | 5 | Eesmärk"), &[&admin]).await), ["goals"]);
        let plan = app.call("/api/admin/plans/save", &plan_form("waste-handed-over | 2021 | 2030 | 20 000 | Vähem jäätmeid"), &[&admin]).await;
        assert_eq!(plan.status, StatusCode::OK, "{}", plan.body);
        let page = app.get("/plans/energia-2030", &[]).await;
        // 24 012,5 → 22 100 of the way to 20 000: 47%.
        assert!(page.body.contains("Vähem jäätmeid") && page.body.contains("Teest sihini on läbitud 47%."));
        assert_eq!(app.get("/admin/plans/energia-2030/edit", &[&steward]).await.status, StatusCode::FORBIDDEN);
    }
}
