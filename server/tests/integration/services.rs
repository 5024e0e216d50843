//! The service catalogue against real databases: the demo catalogue's scale, search with
//! Estonian word forms and in English, filters, the service page, and feedback limits.

use crate::support;

use app::services::entity::{service, service_feedback, service_owner};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

on_both_databases! {
    async fn the_demo_catalogue_is_at_the_sources_scale_once(app) {
        app::seed::seed_demo(&app.db).await.unwrap();
        app::seed::seed_demo(&app.db).await.unwrap();
        let services = service::Entity::find().count(&app.db).await.unwrap();
        assert!(services >= 440, "{services} services");
        assert_eq!(service_owner::Entity::find().count(&app.db).await.unwrap(), 60);
        let without_owner = service::Entity::find().filter(service::Column::OwnerId.is_null()).count(&app.db).await.unwrap();
        assert!(without_owner > 0 && without_owner < services / 5, "{without_owner} without an owner");
        let year_ago = chrono::Utc::now().date_naive() - chrono::Duration::days(365);
        let overdue = service::Entity::find().filter(service::Column::LastReviewed.lt(year_ago)).count(&app.db).await.unwrap();
        assert!(overdue > 0, "some services are overdue for review");
    }

    async fn lasteaed_finds_the_kindergarten_services_in_estonian_and_english(app) {
        let app = app.with_demo().await;
        let page = app.get("/services?q=lasteaed", &[]).await;
        assert_eq!(page.status, http::StatusCode::OK);
        assert!(page.body.contains(r#"href="/services/lasteaiakoha-taotlemine""#), "the city-wide application is found");
        assert!(page.body.contains("Lasteaed Annike: lasteaiakoht"), "and each kindergarten's place");
        let count: usize = page.body.split("Leitud teenuseid: ").nth(1).and_then(|rest| rest.split('<').next()).and_then(|n| n.trim().parse().ok()).unwrap();
        assert!(count >= 160, "every kindergarten's services are found: {count}");
        assert!(!page.body.contains(r#"href="/services/elaniku-parkimisluba""#), "nothing unrelated");
        // Inflected forms find the same.
        for form in ["lasteaeda", "lasteaiad", "lasteaia"] {
            let other = app.get(&format!("/services?q={form}"), &[]).await;
            assert!(other.body.contains(r#"href="/services/lasteaiakoha-taotlemine""#), "{form}");
        }
        let english = app.get("/services?q=kindergarten", &["raekoda_lang=en"]).await;
        assert!(english.body.contains(r#"href="/services/lasteaiakoha-taotlemine""#));
        assert!(english.body.contains("Applying for a kindergarten place"));
    }

    async fn filters_are_links_and_unknown_ones_are_named(app) {
        let app = app.with_demo().await;
        let transport = app.get("/services?topic=transport-parking", &[]).await;
        assert!(transport.body.contains(r#"href="/services/elaniku-parkimisluba""#));
        assert!(!transport.body.contains(r#"href="/services/lasteaiakoha-taotlemine""#));
        let moving = app.get("/services?life_event=moving&institution=linnakantselei", &[]).await;
        assert!(moving.body.contains(r#"href="/services/elukoha-registreerimine""#));
        let bad = app.get("/services?topic=astroloogia", &[]).await;
        assert!(bad.body.contains(r#"id="topic-error""#));
        let nothing = app.get("/services?q=kosmoselaev", &[]).await;
        assert!(nothing.body.contains("Ükski teenus ei vasta otsingule"));
    }

    async fn a_service_page_says_how_to_get_it_and_who_owns_it(app) {
        let app = app.with_demo().await;
        let page = app.get("/services/lasteaiakoha-taotlemine", &[]).await;
        assert_eq!(page.status, http::StatusCode::OK);
        for expected in ["Lasteaiakoha taotlemine", "Taotle e-teenusena", "Tasuta", "Kuni 30 päeva", "Koolieelse lasteasutuse seadus § 10",
                         "Haridusosakond", "haridusosakond@tartu.test", "Teenuse omanik", "Kas sellest lehest oli abi?"] {
            assert!(page.body.contains(expected), "missing {expected}");
        }
        assert_eq!(app.get("/services/no-such-service", &[]).await.status, http::StatusCode::NOT_FOUND);
    }

    async fn the_catalogue_has_one_count_on_the_front_page_the_map_open_data_and_cpsv(app) {
        let app = app.with_demo().await;
        let count = app::services::server::catalogue_count(&app.db).await.unwrap();
        assert!(app.count("services").await > count as i64, "the demo has retired services, which are not counted");
        assert!(app.get("/", &[]).await.body.contains(&format!("Linna avalikud teenused ({count}):")), "the front page");
        let dataset = app.get("/api/v1/datasets/services", &[]).await.json();
        assert_eq!(dataset["rows"].as_u64(), Some(count), "open data");
        let jsonld = app.get("/services.jsonld", &[]).await.json();
        let exported = jsonld["@graph"].as_array().map(|nodes| nodes.iter().filter(|n| n["@type"] == "cpsv:PublicService").count());
        assert_eq!(exported, Some(count as usize), "CPSV-AP");
        app.with_user("tiina@example.ee", &[(app::core::roles::Role::ServiceOwner, None)]).await;
        let owner = app.log_in("tiina@example.ee").await;
        assert!(app.get("/admin/service-map", &[&owner]).await.body.contains(&format!("Kokku {count} teenust")), "the service map");
    }

    async fn opening_hours_read_in_the_readers_language(app) {
        let app = app.with_demo().await;
        let path = "/services/elaniku-parkimisluba";
        assert!(app.get(path, &[]).await.body.contains("(E–R 8.00–17.00)"));
        let english = app.get(path, &["raekoda_lang=en"]).await.body;
        assert!(english.contains("(Mon–Fri 8:00–17:00)") && !english.contains("(E–R 8.00–17.00)"), "English hours");
        let russian = app.get(path, &["raekoda_lang=ru"]).await.body;
        assert!(russian.contains("(Пн–Пт 8:00–17:00)") && !russian.contains("(E–R 8.00–17.00)"), "Russian hours");
    }

    async fn feedback_needs_no_account_and_is_limited(app) {
        let app = app.with_demo().await;
        let send = |helpful: &'static str, comment: String| {
            let app = &app;
            async move {
                app.call("/api/services/feedback", &[("service", "elaniku-parkimisluba"), ("helpful", helpful), ("comment", &comment)], &[]).await
            }
        };
        let first = send("no", "Ei leidnud hinda".to_owned()).await;
        assert_eq!(first.status, http::StatusCode::OK, "{}", first.body);
        let saved = service_feedback::Entity::find().one(&app.db).await.unwrap().unwrap();
        assert!(!saved.helpful);
        assert_eq!(saved.comment.as_deref(), Some("Ei leidnud hinda"));
        assert_eq!(saved.sender_key.len(), 64, "only a hash of the sender is kept");
        assert_eq!(send("maybe", String::new()).await.json()["Validation"][0]["field"], "helpful");
        let unanswered = app.call("/api/services/feedback", &[("service", "elaniku-parkimisluba")], &[]).await;
        assert_eq!(unanswered.json()["Validation"][0]["message"], "FeedbackChoose");
        assert_eq!(send("yes", "x".repeat(2001)).await.json()["Validation"][0]["field"], "comment");
        for _ in 1..app::services::server::FEEDBACK_PER_DAY {
            assert_eq!(send("yes", String::new()).await.status, http::StatusCode::OK);
        }
        let limited = send("yes", String::new()).await;
        assert_eq!(limited.status, http::StatusCode::BAD_REQUEST);
        assert_eq!(limited.json()["Validation"][0]["message"], "FeedbackTooOften");
    }
}

on_both_databases! {
    async fn staff_see_the_service_map_with_links_and_csv_citizens_do_not(app) {
        let app = app.with_demo().await;
        let owner = app
            .call("/api/accounts/log_in", &[("email", "owner@raekoda.test"), ("password", app::seed::DEMO_PASSWORD)], &[])
            .await
            .cookie("raekoda_session")
            .expect("the demo service owner logs in");
        let map = app.get("/admin/service-map", &[&owner]).await;
        assert_eq!(map.status, http::StatusCode::OK);
        assert!(map.body.contains("Haridusosakond"));
        assert!(map.body.contains("/admin/service-map/list?department=Haridusosakond&amp;problem=no-owner"), "each count links to its list");
        let list = app.get("/admin/service-map/list?department=Haridusosakond&problem=no-owner", &[&owner]).await;
        assert!(list.body.contains("Määramata"), "the list shows services without an owner");
        let csv = app.get("/admin/service-map.csv", &[&owner]).await;
        assert_eq!(csv.header(http::header::CONTENT_TYPE), Some("text/csv; charset=utf-8"));
        let lines = csv.body.lines().count();
        assert!(lines > 440, "{lines} lines");
        assert!(csv.body.contains("Lasteaiakoha taotlemine,Haridusosakond,"));

        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        assert_eq!(app.get("/admin/service-map", &[&mari]).await.status, http::StatusCode::FORBIDDEN);
        assert_eq!(app.get("/admin/service-map.csv", &[&mari]).await.status, http::StatusCode::FORBIDDEN);
        assert_eq!(app.call("/api/admin/service-map", &[], &[&mari]).await.status, http::StatusCode::FORBIDDEN);
        assert_eq!(app.call("/api/admin/service-map", &[], &[]).await.status, http::StatusCode::UNAUTHORIZED);
    }
}

/// The whole catalogue's JSON-LD conforms to the official CPSV-AP 3.2.0 SHACL shapes
/// (SEMIC's file, kept in `server/tests/standards/`), checked by pySHACL.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cpsv_ap_export_passes_the_official_shapes() {
    let app = support::TestApp::sqlite().await;
    let app = app.with_demo().await;
    let all = app.get("/services.jsonld", &[]).await;
    assert_eq!(all.status, http::StatusCode::OK);
    assert_eq!(all.header(http::header::CONTENT_TYPE), Some("application/ld+json; charset=utf-8"));
    let document: serde_json::Value = serde_json::from_str(&all.body).unwrap();
    let services = document["@graph"].as_array().unwrap().iter().filter(|n| n["@type"] == "cpsv:PublicService").count();
    assert!(services >= 440, "{services} services exported");
    let one = app.get("/services/lasteaiakoha-taotlemine.jsonld", &[]).await;
    assert_eq!(one.status, http::StatusCode::OK);
    assert!(one.body.contains("\"owner\""), "the owner is a Participation with the role owner");
    assert_eq!(app.get("/services/no-such.jsonld", &[]).await.status, http::StatusCode::NOT_FOUND);
    assert_eq!(app.get("/services/lasteaiakoha-taotlemine", &[]).await.status, http::StatusCode::OK, "the page still renders");

    let Some(python) = std::env::var("RAEKODA_PYTHON").ok() else {
        assert!(std::env::var("REQUIRE_ICALENDAR").is_err(), "REQUIRE_ICALENDAR=1 but RAEKODA_PYTHON is not set");
        eprintln!("skipped the SHACL check: RAEKODA_PYTHON is not set (make test sets it)");
        return;
    };
    let path = std::env::temp_dir().join(format!("raekoda-{}-services.jsonld", std::process::id()));
    std::fs::write(&path, &all.body).unwrap();
    let shapes = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/standards/cpsv-ap-3.2.0/cpsv-ap-SHACL.ttl");
    let output = std::process::Command::new(python)
        .args(["-m", "pyshacl", "-s", shapes, "-df", "json-ld", "-sf", "turtle"])
        .arg(&path)
        .output()
        .expect("run pyshacl");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(report.contains("Conforms: True"), "pySHACL on {}: {}\n{}", path.display(), &report[..report.len().min(4000)], String::from_utf8_lossy(&output.stderr));
    let _ = std::fs::remove_file(&path);
}

on_both_databases! {
    async fn owners_see_feedback_and_edit_their_own_services_into_the_changelog(app) {
        let app = app.with_demo().await;
        let owner = app
            .call("/api/accounts/log_in", &[("email", "owner@raekoda.test"), ("password", app::seed::DEMO_PASSWORD)], &[])
            .await
            .cookie("raekoda_session")
            .expect("the demo service owner logs in");
        // The demo owner is owner row 1; find one of their services.
        let mine = service::Entity::find().filter(service::Column::OwnerId.eq(1)).one(&app.db).await.unwrap().expect("the demo owner owns services");
        let slug = mine.slug.clone();
        app.call("/api/services/feedback", &[("service", &slug), ("helpful", "no"), ("comment", "Hind on puudu")], &[]).await;
        let page = app.get("/admin/my-services", &[&owner]).await;
        assert_eq!(page.status, http::StatusCode::OK);
        assert!(page.body.contains(&format!(r#"href="/admin/services/{slug}""#)));
        assert!(page.body.contains("Hind on puudu"), "the owner reads the comment");

        let form = |description: &'static str| {
            vec![("slug", slug.clone()), ("description_et", description.to_owned()), ("description_en", String::new()),
                 ("cost_et", "Tasuta".to_owned()), ("cost_en", "Free".to_owned()), ("processing_et", "Kuni 5 päeva".to_owned()),
                 ("processing_en", "Up to 5 days".to_owned())]
        };
        let send = |fields: Vec<(&'static str, String)>, session: String| {
            let app = &app;
            async move {
                let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                app.call("/api/admin/services/save", &pairs, &[&session]).await
            }
        };
        assert_eq!(send(form(""), owner.clone()).await.json()["Validation"][0]["field"], "description_et");
        let saved = send(form("Uus selgem kirjeldus."), owner.clone()).await;
        assert_eq!(saved.status, http::StatusCode::OK, "{}", saved.body);
        let after = app.get(&format!("/services/{slug}"), &[]).await;
        assert!(after.body.contains("Uus selgem kirjeldus.") && after.body.contains("Muudatuste ajalugu"));
        assert!(after.body.contains("Tiina Teenusomanik · Muudetud: kirjeldus"), "who and what is in the changelog, in the reader's language");
        assert_eq!(service_change_count(&app, mine.id).await, 1);

        // Someone else's service: a service owner may not; an administrator may.
        let others = service::Entity::find().filter(service::Column::OwnerId.eq(2)).one(&app.db).await.unwrap().unwrap();
        let other_form = vec![("slug", others.slug.clone()), ("description_et", "x".to_owned()), ("cost_et", "x".to_owned()), ("processing_et", "x".to_owned())];
        assert_eq!(send(other_form.clone(), owner.clone()).await.status, http::StatusCode::FORBIDDEN);
        assert_eq!(app.get(&format!("/admin/services/{}", others.slug), &[&owner]).await.status, http::StatusCode::FORBIDDEN);
        let admin = app
            .call("/api/accounts/log_in", &[("email", "admin@raekoda.test"), ("password", app::seed::DEMO_PASSWORD)], &[])
            .await
            .cookie("raekoda_session")
            .unwrap();
        assert_eq!(send(other_form, admin).await.status, http::StatusCode::OK);
        // Citizens get neither the page nor the function.
        app.with_user("mari@example.ee", &[]).await;
        let mari = app.log_in("mari@example.ee").await;
        assert_eq!(app.get("/admin/my-services", &[&mari]).await.status, http::StatusCode::FORBIDDEN);
        assert_eq!(send(form("x"), mari).await.status, http::StatusCode::FORBIDDEN);
    }
}

async fn service_change_count(app: &support::TestApp, service_id: i32) -> u64 {
    use app::services::entity::service_change;
    service_change::Entity::find().filter(service_change::Column::ServiceId.eq(service_id)).count(&app.db).await.unwrap()
}

on_both_databases! {
    /// Every `@id` the CPSV-AP export mints under our own address answers: the service
    /// pages (with their `#channel-…` and `#owner` parts), departments, owners and concepts.
    async fn every_iri_in_the_cpsv_ap_export_resolves(app) {
        let app = app.with_demo().await;
        let document = app.get("/services.jsonld", &[]).await.json();
        let mut iris = std::collections::BTreeSet::new();
        fn collect(value: &serde_json::Value, into: &mut std::collections::BTreeSet<String>) {
            match value {
                serde_json::Value::Object(map) => {
                    if let Some(serde_json::Value::String(id)) = map.get("@id") {
                        if let Some(path) = id.strip_prefix(support::ORIGIN) {
                            into.insert(path.split('#').next().unwrap().to_owned());
                        }
                    }
                    map.values().for_each(|v| collect(v, into));
                }
                serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, into)),
                _ => {}
            }
        }
        collect(&document["@graph"], &mut iris);
        for prefix in ["/services/", "/departments/", "/service-owners/", "/service-status/", "/channel-types/", "/participation-roles/"] {
            assert!(iris.iter().any(|iri| iri.starts_with(prefix)), "the export mints {prefix}… IRIs");
        }
        // Every kind of IRI, and every department, owner and concept; services are many and
        // one route, so a sample of them.
        let checked: Vec<&String> = iris.iter().filter(|iri| !iri.starts_with("/services/")).chain(iris.iter().filter(|iri| iri.starts_with("/services/")).step_by(50)).collect();
        for iri in checked {
            let answer = app.get(iri, &[]).await;
            assert_eq!(answer.status, http::StatusCode::OK, "{iri} resolves");
        }
        let department = app.get("/departments/haridusosakond", &[]).await;
        assert_eq!(department.header(http::header::CONTENT_TYPE), Some("application/ld+json; charset=utf-8"));
        assert_eq!(department.json()["@type"], "cv:PublicOrganisation");
        assert_eq!(app.get("/departments/no-such", &[]).await.status, http::StatusCode::NOT_FOUND);
        assert_eq!(app.get("/channel-types/fax", &[]).await.status, http::StatusCode::NOT_FOUND);
        assert_eq!(app.get("/service-owners/999999", &[]).await.status, http::StatusCode::NOT_FOUND);
    }

    async fn a_keyword_is_exported_in_its_own_language(app) {
        let app = app.with_demo().await;
        let slug = service::Entity::find().filter(service::Column::Subdivision.is_not_null()).filter(service::Column::DepartmentId.eq(1)).one(&app.db).await.unwrap().unwrap().slug;
        let document = app.get(&format!("/services/{slug}.jsonld"), &[]).await.json();
        let service = document["@graph"].as_array().unwrap().iter().find(|n| n["@type"] == "cpsv:PublicService").unwrap().clone();
        let keywords = service["dcat:keyword"].as_array().unwrap().clone();
        let language_of = |word: &str| keywords.iter().find(|k| k["@value"] == word).map(|k| k["@language"].clone());
        let kool = language_of("kool").or_else(|| language_of("lasteaed")).expect("a school or kindergarten keyword");
        assert_eq!(kool, "et");
        let english = language_of("school").or_else(|| language_of("kindergarten")).expect("its English keyword");
        assert_eq!(english, "en");
    }

    /// Migration 15 splits a list stored before keywords had languages.
    async fn an_old_mixed_keyword_list_is_split_by_the_migration(app) {
        let app = app.with_demo().await;
        let school = service::Entity::find().filter(service::Column::Slug.eq("kooli-elukohajargne-maaramine")).one(&app.db).await.unwrap().unwrap();
        let mut old_form = serde_json::to_value(&school.details.0).unwrap();
        old_form["keywords"] = serde_json::json!(["kool", "school", "школа"]);
        // The old form written as it was stored: the model would store it split.
        use sea_orm::sea_query::ExprTrait;
        use sea_orm::ConnectionTrait;
        let write = sea_orm::sea_query::Query::update()
            .table(sea_orm::sea_query::Alias::new("services"))
            .value(sea_orm::sea_query::Alias::new("details"), old_form)
            .and_where(sea_orm::sea_query::Expr::col(sea_orm::sea_query::Alias::new("id")).eq(school.id))
            .to_owned();
        app.db.execute(&write).await.unwrap();
        app::migrations::split_mixed_keywords(&app.db).await.unwrap();
        app::migrations::split_mixed_keywords(&app.db).await.unwrap();
        let after = service::Entity::find_by_id(school.id).one(&app.db).await.unwrap().unwrap();
        assert_eq!(after.details.0.keywords, app::services::model::Keywords::new(&["kool"], &["school"], &["школа"]), "'school' is a word of the English name 'Assigning a school by address', 'kool' only part of one");
    }
}
