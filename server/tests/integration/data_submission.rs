//! Data submission over the real router on both databases: a CSV file with one bad row
//! changes nothing and its report names the row; the fixed file is kept whole as a draft,
//! sent, and decided by a steward; an entry with a place and a photo is checked field by
//! field; a 100 000-row file streams in and is stored whole.

use crate::support;

use app::core::roles::Role;
use http::{header, StatusCode};
use crate::support::Part;

const ENERGY: &str = "hoone-energiatarve";
const WASTE: &str = "jaatmepunkti-probleem";

/// A file of `rows` rows; row `bad` (counted from the first row after the header) has a
/// heat figure that is not a number.
fn energy_file(rows: usize, bad: Option<usize>) -> String {
    let mut text = String::from("building,year,heat_mwh,electricity_mwh\n");
    for n in 1..=rows {
        let heat = if Some(n) == bad { "palju".to_owned() } else { format!("{},5", 100 + n) };
        text.push_str(&format!("\"Riia {n}, Tartu\",2025,\"{heat}\",{n}\n"));
    }
    text
}

/// Every table a submission writes to, counted.
async fn stored(app: &support::TestApp) -> (i64, i64, i64) {
    (app.count("submissions").await, app.count("submission_rows").await, app.count("submission_photos").await)
}

fn location(reply: &support::Reply) -> String {
    reply.header(header::LOCATION).unwrap_or_default().to_owned()
}

on_both_databases! {
    async fn a_bad_row_73_of_100_changes_nothing_and_the_fixed_file_is_kept_whole(app) {
        app::seed::data_submission::seed_forms(&app.db).await.unwrap();
        app.with_user("esitaja@raekoda.test", &[]).await;
        app.with_user("teine@raekoda.test", &[]).await;
        app.with_user("haldur@raekoda.test", &[(Role::DataSteward, None)]).await;
        let sender = app.log_in("esitaja@raekoda.test").await;
        let other = app.log_in("teine@raekoda.test").await;
        let steward = app.log_in("haldur@raekoda.test").await;
        let upload = format!("/data-submission/{ENERGY}/upload");

        let anonymous = app.post_multipart(&upload, &[Part::File("file", "a.csv", energy_file(3, None).as_bytes())], &[]).await;
        assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
        assert!(location(&anonymous).starts_with("/login"));

        let bad = energy_file(100, Some(73));
        let refused = app.post_multipart(&upload, &[Part::File("file", "energia.csv", bad.as_bytes())], &[&sender]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
        assert_eq!(stored(&app).await, (0, 0, 0), "a refused file leaves the database unchanged");
        assert!(refused.body.contains("Faili ei salvestatud: 1 rida 100-st vajavad parandamist."), "the report says how many rows");
        assert!(refused.body.contains("<td>73</td><td><code>heat_mwh</code></td><td>Sisesta arv, näiteks 1234,5"), "row 73, its column and the reason");
        assert_eq!(refused.body.matches("<tr><td>").count(), 5 + 1, "the five columns and one problem: no other row is named");

        let header_wrong = app.post_multipart(&upload, &[Part::File("file", "x.csv", b"building,colour\nRiia 1,red\n")], &[&sender]).await;
        assert_eq!(header_wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(header_wrong.body.contains("<code>colour</code></td><td>Sellist veergu see vorm ei tunne."));
        let no_file = app.post_multipart(&upload, &[], &[&sender]).await;
        assert!(no_file.body.contains("Vali üleslaaditav CSV-fail."));
        assert_eq!(stored(&app).await, (0, 0, 0));

        let kept = app.post_multipart(&upload, &[Part::File("file", "energia.csv", energy_file(100, None).as_bytes())], &[&sender]).await;
        assert_eq!(kept.status, StatusCode::SEE_OTHER, "{}", kept.body);
        let page = location(&kept);
        let id: i32 = page.rsplit('/').next().unwrap().parse().expect("the submission's page");
        assert_eq!(stored(&app).await, (1, 100, 0), "all 100 rows, in one go");
        let draft = app.get(&page, &[&sender]).await;
        assert!(draft.body.contains("Kontrollitud, saatmata") && draft.body.contains("Fail on kontrollitud: 100 rida, vigu pole."));
        assert!(draft.body.contains("Esimesed 20 rida") && draft.body.contains("<td>20</td><td>Riia 20, Tartu</td><td>2025</td><td>120.5</td><td>20</td>"), "the first rows, normalised");
        assert_eq!(app.get(&page, &[&other]).await.body.contains("Riia 1, Tartu"), false, "nobody else sees it");
        assert_eq!(app.call("/api/data-submission/submission", &[("id", &id.to_string())], &[&other]).await.status, StatusCode::NOT_FOUND);
        let waiting = app.call("/api/data-submission/review-list", &[], &[&steward]).await;
        assert_eq!(waiting.json().as_array().unwrap().len(), 0, "a draft is not the stewards' yet");
        assert_eq!(app.call("/api/data-submission/review-list", &[], &[&sender]).await.status, StatusCode::FORBIDDEN);

        assert_eq!(app.call("/api/data-submission/send", &[("id", &id.to_string())], &[&other]).await.status, StatusCode::NOT_FOUND);
        assert_eq!(app.call("/api/data-submission/send", &[("id", &id.to_string())], &[&sender]).await.status, StatusCode::OK);
        assert_eq!(app.call("/api/data-submission/send", &[("id", &id.to_string())], &[&sender]).await.status, StatusCode::CONFLICT);
        assert_eq!(app.call("/api/data-submission/discard", &[("id", &id.to_string())], &[&sender]).await.status, StatusCode::CONFLICT, "a sent file stays");
        let waiting = app.call("/api/data-submission/review-list", &[], &[&steward]).await;
        assert_eq!(waiting.json()[0]["id"], id);

        let decide = |decision: &'static str, reason: &'static str, who: String| {
            let app = &app;
            async move { app.call("/api/data-submission/decide", &[("id", &id.to_string()), ("decision", decision), ("reason", reason)], &[&who]).await }
        };
        assert_eq!(decide("accept", "", sender.clone()).await.status, StatusCode::FORBIDDEN);
        assert_eq!(decide("reject", " ", steward.clone()).await.json()["Validation"][0]["field"], "reason");
        assert_eq!(decide("maybe", "", steward.clone()).await.json()["Validation"][0]["field"], "decision");
        assert_eq!(decide("accept", "", steward.clone()).await.status, StatusCode::OK);
        assert_eq!(decide("reject", "Topelt", steward.clone()).await.status, StatusCode::CONFLICT, "decided once");
        let told = app.get("/my/inbox", &[&sender]).await;
        assert!(told.body.contains("Sinu esitatud andmed („Hoone aastane energiatarve”) võeti vastu."), "the sender hears of it");
        assert!(app.get(&page, &[&sender]).await.body.contains("Vastu võetud"));

        // A second file is discarded by its sender: rows and all.
        let second = app.post_multipart(&upload, &[Part::File("file", "teine.csv", energy_file(5, None).as_bytes())], &[&sender]).await;
        let second_id = location(&second).rsplit('/').next().unwrap().to_owned();
        assert_eq!(stored(&app).await, (2, 105, 0));
        assert_eq!(app.call("/api/data-submission/discard", &[("id", &second_id)], &[&sender]).await.status, StatusCode::OK);
        assert_eq!(stored(&app).await, (1, 100, 0));

        // A rejected file: the e-mail has the reason, what the sender can do and the link.
        let third = app.post_multipart(&upload, &[Part::File("file", "kolmas.csv", energy_file(3, None).as_bytes())], &[&sender]).await;
        let third_id: i32 = location(&third).rsplit('/').next().unwrap().parse().unwrap();
        assert_eq!(app.call("/api/data-submission/send", &[("id", &third_id.to_string())], &[&sender]).await.status, StatusCode::OK);
        let rejected = app.call("/api/data-submission/decide", &[("id", &third_id.to_string()), ("decision", "reject"), ("reason", "Aasta 2025 andmed on juba olemas.")], &[&steward]).await;
        assert_eq!(rejected.status, StatusCode::OK, "{}", rejected.body);
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        use app::notifications::entity::outbox;
        let mail = outbox::Entity::find().filter(outbox::Column::ToEmail.eq("esitaja@raekoda.test")).order_by_desc(outbox::Column::Id).one(&app.db).await.unwrap().unwrap();
        assert!(mail.subject.contains("lükati tagasi"), "{}", mail.subject);
        assert!(mail.body.contains("Põhjus: Aasta 2025 andmed on juba olemas."), "{}", mail.body);
        assert!(mail.body.contains("Võid andmed parandada ja uuesti esitada."), "{}", mail.body);
        assert!(mail.body.contains(&format!("/data-submission/submissions/{third_id}")), "{}", mail.body);
        assert!(app.get("/my/inbox", &[&sender]).await.body.contains("Põhjus: Aasta 2025 andmed on juba olemas."));
    }

    async fn a_stewards_own_submission_is_decided_by_another_steward(app) {
        app::seed::data_submission::seed_forms(&app.db).await.unwrap();
        app.with_user("haldur1@raekoda.test", &[(Role::DataSteward, None)]).await;
        app.with_user("haldur2@raekoda.test", &[(Role::DataSteward, None)]).await;
        let (own, other) = (app.log_in("haldur1@raekoda.test").await, app.log_in("haldur2@raekoda.test").await);
        let sent = app.post_multipart(&format!("/data-submission/{ENERGY}/upload"), &[Part::File("file", "oma.csv", energy_file(2, None).as_bytes())], &[&own]).await;
        let id = location(&sent).rsplit('/').next().unwrap().to_owned();
        assert_eq!(app.call("/api/data-submission/send", &[("id", &id)], &[&own]).await.status, StatusCode::OK);
        let page = app.get(&format!("/admin/submissions/{id}"), &[&own]).await;
        assert!(page.body.contains("Oma saadetud andmeid ei saa ise kinnitada"), "the page says who decides");
        assert!(!page.body.contains(r#"name="decision""#), "and offers no decision");
        let refused = app.call("/api/data-submission/decide", &[("id", &id), ("decision", "accept"), ("reason", "")], &[&own]).await;
        assert_eq!(refused.status, StatusCode::CONFLICT);
        use sea_orm::EntityTrait;
        let status = || async { app::data_submission::entity::submission::Entity::find_by_id(id.parse::<i32>().unwrap()).one(&app.db).await.unwrap().unwrap().status };
        assert_eq!(status().await, "submitted", "still waiting");
        assert_eq!(app.call("/api/data-submission/decide", &[("id", &id), ("decision", "accept"), ("reason", "")], &[&other]).await.status, StatusCode::OK);
        assert_eq!(status().await, "accepted");
    }

    async fn a_file_still_being_stored_is_seen_by_nobody_and_a_cut_off_one_is_removed(app) {
        use app::data_submission::entity::{submission, submission_row};
        use sea_orm::{ActiveModelTrait, EntityTrait, Set};
        app::seed::data_submission::seed_forms(&app.db).await.unwrap();
        app.with_user("katkenud@raekoda.test", &[]).await;
        app.with_user("haldur5@raekoda.test", &[(Role::DataSteward, None)]).await;
        let (sender, steward) = (app.log_in("katkenud@raekoda.test").await, app.log_in("haldur5@raekoda.test").await);
        // A file of 12 000 rows is written in three transactions and becomes a draft at once.
        let kept = app.post_multipart(&format!("/data-submission/{ENERGY}/upload"), &[Part::File("file", "suur.csv", energy_file(12_000, None).as_bytes())], &[&sender]).await;
        assert_eq!(kept.status, StatusCode::SEE_OTHER, "{}", kept.body);
        assert_eq!(stored(&app).await, (1, 12_000, 0));
        // The server stopped half-way through another one: rows written, never made a draft.
        let form_id = app::data_submission::server::form_by_slug(&app.db, ENERGY).await.unwrap().id;
        let sender_id = app::accounts::entity::user::Entity::find().all(&app.db).await.unwrap().into_iter().find(|u| u.email == "katkenud@raekoda.test").unwrap().id;
        let cut_off = submission::ActiveModel {
            form_id: Set(form_id),
            submitter_id: Set(Some(sender_id)),
            source: Set("csv".to_owned()),
            file_name: Set(Some("katkenud.csv".to_owned())),
            row_count: Set(0),
            status: Set("storing".to_owned()),
            created_at: Set(chrono::Utc::now() - chrono::Duration::hours(2)),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
        for n in 0..3 {
            submission_row::ActiveModel { submission_id: Set(cut_off.id), row_number: Set(n + 2), cells: Set("[]".to_owned()), ..Default::default() }.insert(&app.db).await.unwrap();
        }
        let page = format!("/data-submission/submissions/{}", cut_off.id);
        assert_eq!(app.get(&page, &[&sender]).await.status, StatusCode::NOT_FOUND, "not even its sender sees it");
        assert!(!app.get("/data-submission", &[&sender]).await.body.contains("katkenud.csv"), "nor in their list");
        assert_eq!(app.call("/api/data-submission/send", &[("id", &cut_off.id.to_string())], &[&sender]).await.status, StatusCode::NOT_FOUND, "it cannot be sent");
        assert_eq!(app.get("/admin/submissions?status=storing", &[&steward]).await.body.contains("katkenud.csv"), false);
        assert_eq!(app::data_submission::server::remove_unfinished(&app.db, chrono::Utc::now()).await.unwrap(), 1);
        assert_eq!(stored(&app).await, (1, 12_000, 0), "the cut-off one and its rows are gone, the whole one stays");
        // Discarding the big draft removes it in short transactions too.
        let id = location(&kept).rsplit('/').next().unwrap().to_owned();
        assert_eq!(app.call("/api/data-submission/discard", &[("id", &id)], &[&sender]).await.status, StatusCode::OK);
        assert_eq!(stored(&app).await, (0, 0, 0));
    }

    async fn an_entry_is_checked_field_by_field_with_its_place_and_photo(app) {
        app::seed::data_submission::seed_forms(&app.db).await.unwrap();
        app.with_user("elanik@raekoda.test", &[]).await;
        app.with_user("naaber@raekoda.test", &[]).await;
        app.with_user("haldur2@raekoda.test", &[(Role::DataSteward, None)]).await;
        let citizen = app.log_in("elanik@raekoda.test").await;
        let neighbour = app.log_in("naaber@raekoda.test").await;
        let steward = app.log_in("haldur2@raekoda.test").await;
        let form = format!("/data-submission/{WASTE}");
        // A 1×1 PNG with the camera's position (eXIf) and the author's name (tEXt) in it.
        let png: &[u8] = b"\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90\x77\x53\xde\x00\x00\x00\x17\x65\x58\x49\x66\x4d\x4d\x00\x2a\x47\x50\x53\x4c\x61\x74\x69\x74\x75\x64\x65\x20\x35\x38\x2e\x33\x37\x31\x32\x3d\x5a\x82\x21\x00\x00\x00\x14\x74\x45\x58\x74\x41\x75\x74\x68\x6f\x72\x00\x4d\x61\x72\x69\x20\x4d\x61\x61\x73\x69\x6b\x61\x73\x5e\xcc\x86\xbc\x00\x00\x00\x0c\x49\x44\x41\x54\x78\x9c\x63\xf8\xdf\xc0\x00\x00\x04\x01\x01\x80\xc5\x2a\x18\x5d\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

        let wrong = app
            .post_multipart(&form, &[Part::Text("field-waste_point", "Anne 54"), Part::Text("field-problem", ""), Part::Text("field-noticed_on", "31.02.2026"), Part::Text("latitude", ""), Part::Text("longitude", ""), Part::File("photo", "x.svg", b"<svg onload=alert(1)>")], &[&citizen])
            .await;
        assert_eq!(wrong.status, StatusCode::SEE_OTHER);
        assert_eq!(location(&wrong), form, "back to the form");
        assert_eq!(stored(&app).await, (0, 0, 0));
        let flash = wrong.cookie("raekoda_flash").expect("the errors travel in the flash");
        let again = app.get(&form, &[&citizen, &flash]).await;
        for (id, text) in [
            ("field-problem-error", "Täida see väli."),
            ("field-noticed_on-error", "Sisesta kuupäev kujul 2026-11-28 või 28.11.2026."),
            ("latitude-error", "Vali koht kaardil või sisesta koordinaadid."),
            ("photo-error", "Foto peab olema JPEG-, PNG- või WebP-pilt."),
        ] {
            assert!(again.body.contains(&format!("id=\"{id}\"")) && again.body.contains(text), "{id}: {text}");
        }
        assert!(again.body.contains("value=\"Anne 54\""), "what was typed is kept");

        let good = app
            .post_multipart(&form, &[Part::Text("field-waste_point", "Anne 54"), Part::Text("field-problem", "Konteiner on üle ääre täis"), Part::Text("field-noticed_on", "27.11.2026"), Part::Text("latitude", "58,3712"), Part::Text("longitude", "26.7570"), Part::File("photo", "foto.png", png)], &[&citizen])
            .await;
        assert_eq!(good.status, StatusCode::SEE_OTHER);
        let page = location(&good);
        assert!(page.starts_with("/data-submission/submissions/"), "{page}");
        assert_eq!(stored(&app).await, (1, 1, 1));
        let shown = app.get(&page, &[&citizen]).await;
        assert!(shown.body.contains("Ootab ülevaatust") && shown.body.contains("<td>2026-11-27</td>") && shown.body.contains("58.37120, 26.75700"));
        let photo = app.get(&format!("{page}/photo"), &[&citizen]).await;
        assert_eq!((photo.status, photo.header(header::CONTENT_TYPE)), (StatusCode::OK, Some("image/png")));
        assert!(!photo.body.contains("GPSLatitude") && !photo.body.contains("Mari Maasikas") && photo.body.contains("IDAT"), "stored without its metadata, picture kept");
        assert_eq!(app.get(&format!("{page}/photo"), &[&neighbour]).await.status, StatusCode::NOT_FOUND);
        assert_eq!(app.get(&format!("{page}/photo"), &[]).await.status, StatusCode::UNAUTHORIZED);
        assert_eq!(app.get(&format!("{page}/photo"), &[&steward]).await.status, StatusCode::OK, "stewards see it to review it");
        let csv = app.post_multipart(&format!("{form}/upload"), &[Part::File("file", "a.csv", b"waste_point,problem\nA,B\n")], &[&citizen]).await;
        assert_eq!(csv.status, StatusCode::NOT_FOUND, "a form with a place and a photo takes no files");
        let anonymous = app.post_multipart(&form, &[Part::Text("field-problem", "x")], &[]).await;
        assert!(location(&anonymous).starts_with("/login"));
    }

    async fn a_file_of_100_000_rows_streams_in_and_is_stored_whole(app) {
        app::seed::data_submission::seed_forms(&app.db).await.unwrap();
        app.with_user("suur@raekoda.test", &[]).await;
        let sender = app.log_in("suur@raekoda.test").await;
        let file = energy_file(100_000, None);
        let kept = app.post_multipart(&format!("/data-submission/{ENERGY}/upload"), &[Part::File("file", "suur.csv", file.as_bytes())], &[&sender]).await;
        assert_eq!(kept.status, StatusCode::SEE_OTHER, "{}", &kept.body[..kept.body.len().min(2000)]);
        assert_eq!(stored(&app).await, (1, 100_000, 0));
        let mut bad = file.into_bytes();
        let at = bad.len() - 10;
        bad[at] = b'x';
        let refused = app.post_multipart(&format!("/data-submission/{ENERGY}/upload"), &[Part::File("file", "suur.csv", &bad)], &[&sender]).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("<td>100000</td>"), "the last row is named");
        assert_eq!(stored(&app).await, (1, 100_000, 0), "still only the first file");
    }
}

on_both_databases! {
    async fn stewards_define_forms_whose_fields_stay_once_data_arrives(app) {
        app::seed::data_submission::seed_forms(&app.db).await.unwrap();
        app.with_user("vormija@raekoda.test", &[(Role::DataSteward, None)]).await;
        app.with_user("tavaline@raekoda.test", &[]).await;
        let steward = app.log_in("vormija@raekoda.test").await;
        let citizen = app.log_in("tavaline@raekoda.test").await;
        let fields = "tree | text |  | required |  |  | Puu liik | Tree species\ncount | integer | tk | required | 1 | 500 | Arv | Count";
        let form = |slug: &'static str, fields: &'static str, original: &'static str| {
            vec![("original", original), ("slug", slug), ("title_et", "Puude loendus"), ("title_en", "Tree count"), ("description_et", "Loe puud kokku."), ("fields", fields), ("open", "yes")]
        };
        assert_eq!(app.call("/api/data-submission/form-save", &form("puud", fields, ""), &[&citizen]).await.status, StatusCode::FORBIDDEN);
        let bad = app.call("/api/data-submission/form-save", &form("puud", "tree | text |  | required |  |  | Puu\ncount | number |  | required |  |  | Arv", ""), &[&steward]).await;
        assert_eq!(bad.json()["Validation"][0]["field"], "fields");
        assert_eq!(bad.json()["Validation"][0]["params"][0][1], "2", "the bad line is named");
        let taken = app.call("/api/data-submission/form-save", &form("hoone-energiatarve", fields, ""), &[&steward]).await;
        assert_eq!(taken.json()["Validation"][0]["field"], "slug");
        let saved = app.call("/api/data-submission/form-save", &form("puud", fields, ""), &[&steward]).await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        let page = app.get("/data-submission/puud", &[&citizen]).await;
        assert!(page.body.contains("Puude loendus") && page.body.contains("id=\"field-count\"") && page.body.contains("Vähemalt 1. Kuni 500."));
        let upload = app.post_multipart("/data-submission/puud/upload", &[Part::File("file", "puud.csv", b"tree,count\nTamm,3\nKask,0\n")], &[&citizen]).await;
        assert!(upload.body.contains("<td>2</td><td><code>count</code></td><td>Arv peab olema vähemalt 1."), "the new form's range is checked");
        let kept = app.post_multipart("/data-submission/puud/upload", &[Part::File("file", "puud.csv", b"tree,count\nTamm,3\n")], &[&citizen]).await;
        assert_eq!(kept.status, StatusCode::SEE_OTHER);
        let retyped = app.call("/api/data-submission/form-save", &form("puud", "tree | text |  | required |  |  | Puu liik\ncount | decimal | tk | required | 1 | 500 | Arv", "puud"), &[&steward]).await;
        assert_eq!(retyped.json()["Validation"][0]["field"], "fields", "a kind cannot change once data arrived");
        let relabelled = app.call("/api/data-submission/form-save", &form("puud", "tree | text |  | required |  |  | Puu liik (eesti keeles)\ncount | integer | tk | required | 1 | 1000 | Arv", "puud"), &[&steward]).await;
        assert_eq!(relabelled.status, StatusCode::OK, "labels and ranges can");
        let list = app.get("/admin/submission-forms", &[&steward]).await;
        assert!(list.body.contains("Puude loendus") && list.body.contains("/admin/submission-forms/puud/edit"));
        let editor = app.get("/admin/submission-forms/puud/edit", &[&steward]).await;
        assert!(editor.body.contains("count | integer | tk | required | 1 | 1000 | Arv"), "the fields as written");
        assert_eq!(app.get("/admin/submission-forms", &[&citizen]).await.status, StatusCode::FORBIDDEN);
    }
}
