//! Service-development proposals over real HTTP on both databases: every workflow
//! transition by the right role, and the ones that must be refused; drafts that keep what
//! was written; the assessment; the versioned template; the board and the library; the
//! implemented proposal in the service's changelog.


use app::core::roles::Role;
use app::proposals::entity::{assessment, event, proposal};
use http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use crate::support::{Reply, TestApp};

const SECTIONS: usize = 12;
const CRITERIA: usize = 14;

struct People {
    proposer: String,
    team: String,
    other_team: String,
    room_manager: String,
    citizen: String,
    admin: String,
}

async fn people(app: &TestApp) -> People {
    app.with_user("proposer@raekoda.test", &[(Role::ServiceOwner, None)]).await;
    app.with_user("team@raekoda.test", &[(Role::DevelopmentTeam, None)]).await;
    app.with_user("team2@raekoda.test", &[(Role::DevelopmentTeam, None)]).await;
    app.with_user("rooms2@raekoda.test", &[(Role::RoomManager, Some(1))]).await;
    app.with_user("citizen2@raekoda.test", &[]).await;
    app.with_user("admin2@raekoda.test", &[(Role::Administrator, None)]).await;
    People {
        proposer: app.log_in("proposer@raekoda.test").await,
        team: app.log_in("team@raekoda.test").await,
        other_team: app.log_in("team2@raekoda.test").await,
        room_manager: app.log_in("rooms2@raekoda.test").await,
        citizen: app.log_in("citizen2@raekoda.test").await,
        admin: app.log_in("admin2@raekoda.test").await,
    }
}

async fn create(app: &TestApp, session: &str, title: &str) -> i32 {
    let reply = app.call("/api/proposals/create", &[("title", title), ("service", ""), ("intended_owner", "Tiina Teenusomanik")], &[session]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let target: String = serde_json::from_str(&reply.body).unwrap();
    target.trim_start_matches("/proposals/").trim_end_matches("/edit").parse().unwrap()
}

/// The proposer's form: every section answered unless `blank` names some.
async fn save(app: &TestApp, session: &str, id: i32, intent: &str, blank: &[usize]) -> Reply {
    let title = proposal::Entity::find_by_id(id).one(&app.db).await.unwrap().map(|p| p.title).unwrap_or_default();
    let id = id.to_string();
    let answers: Vec<(String, String)> = (0..SECTIONS)
        .map(|i| (format!("sections[{i}]"), if blank.contains(&i) { String::new() } else { format!("Vastus osale {}", i + 1) }))
        .collect();
    let mut form: Vec<(&str, &str)> = vec![("id", &id), ("title", &title), ("service", ""), ("intended_owner", "Tiina Teenusomanik"), ("intent", intent)];
    form.extend(answers.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    app.call("/api/proposals/save", &form, &[session]).await
}

/// What the editor's island posts as the person writes: the form without its buttons.
async fn autosave(app: &TestApp, session: &str, id: i32, first_answer: &str) -> Reply {
    let id = id.to_string();
    let form = [("id", id.as_str()), ("title", "Automaatselt salvestatud"), ("service", ""), ("intended_owner", "Tiina"), ("sections[0]", first_answer), ("sections[1]", "Teine")];
    app.call("/api/proposals/autosave", &form, &[session]).await
}

async fn move_to(app: &TestApp, session: &str, id: i32, transition: &str, service: &str) -> Reply {
    app.call("/api/proposals/move", &[("id", &id.to_string()), ("transition", transition), ("comment", ""), ("service", service)], &[session]).await
}

/// An assessment: `ratings` per criterion ("" = not rated), comments where given.
async fn assess(app: &TestApp, session: &str, id: i32, ratings: &[&str], comments: &[(usize, &str)], action: Option<(&str, &str, &str)>, summary: &str, decision: &str) -> Reply {
    let id = id.to_string();
    let mut owned: Vec<(String, String)> = Vec::new();
    for i in 0..CRITERIA {
        owned.push((format!("ratings[{i}]"), ratings.get(i).copied().unwrap_or("green").to_owned()));
        owned.push((format!("comments[{i}]"), comments.iter().find(|(at, _)| *at == i).map(|(_, c)| (*c).to_owned()).unwrap_or_default()));
    }
    let (what, who, due) = action.unwrap_or(("", "", ""));
    owned.extend([("action_descriptions[0]".into(), what.into()), ("action_owners[0]".into(), who.into()), ("action_dues[0]".into(), due.into())]);
    owned.extend([("action_descriptions[1]".into(), String::new()), ("action_owners[1]".into(), String::new()), ("action_dues[1]".into(), String::new())]);
    let mut form: Vec<(&str, &str)> = vec![("id", &id), ("summary", summary), ("decision", decision)];
    form.extend(owned.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    app.call("/api/proposals/assess", &form, &[session]).await
}

async fn stage(app: &TestApp, id: i32) -> String {
    proposal::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap().stage
}

fn fields(reply: &Reply) -> Vec<String> {
    reply.json()["Validation"].as_array().map(|errors| errors.iter().map(|e| e["field"].as_str().unwrap_or("").to_owned()).collect()).unwrap_or_default()
}

on_both_databases! {
    async fn a_proposal_goes_from_draft_to_implemented_by_the_right_roles_only(app) {
        let app = app.with_demo().await;
        let p = people(&app).await;

        // Citizens have no part in it; anonymous people are sent to log in.
        assert_eq!(app.get("/proposals", &[&p.citizen]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(app.call("/api/proposals/create", &[("title", "x")], &[&p.citizen]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(app.get("/proposals", &[]).await.status, StatusCode::FOUND, "to the login page");

        // Draft: a title is needed to start; the draft is the proposer's alone.
        assert_eq!(fields(&app.call("/api/proposals/create", &[("title", " ")], &[&p.proposer]).await), ["title"]);
        let id = create(&app, &p.proposer, "Parkimisluba ühe klikiga").await;
        assert_eq!(stage(&app, id).await, "draft");
        assert_eq!(app.get(&format!("/proposals/{id}"), &[&p.team]).await.status, StatusCode::NOT_FOUND, "someone else's draft is not shown");
        assert_eq!(app.get(&format!("/proposals/{id}/edit"), &[&p.proposer]).await.status, StatusCode::OK);

        // Submitting an unfinished draft is refused section by section, and nothing written is lost.
        let refused = save(&app, &p.proposer, id, "submit", &[3, 7]).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST);
        assert_eq!(fields(&refused), ["sections[3]", "sections[7]"]);
        let kept = proposal::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
        assert_eq!((kept.stage.as_str(), kept.answers.0[0].as_str(), kept.answers.0[3].as_str()), ("draft", "Vastus osale 1", ""));
        // Only the proposer submits.
        assert_eq!(save(&app, &p.team, id, "submit", &[]).await.status, StatusCode::NOT_FOUND);
        assert_eq!(move_to(&app, &p.team, id, "submit", "").await.status, StatusCode::NOT_FOUND);
        let submitted = save(&app, &p.proposer, id, "submit", &[]).await;
        assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.body);
        assert_eq!(stage(&app, id).await, "submitted");

        // Submitted: the proposer can no longer change it; no one can skip the review.
        assert_eq!(save(&app, &p.proposer, id, "save", &[]).await.status, StatusCode::CONFLICT);
        assert_eq!(move_to(&app, &p.proposer, id, "start-review", "").await.status, StatusCode::FORBIDDEN);
        assert_eq!(move_to(&app, &p.room_manager, id, "start-review", "").await.status, StatusCode::FORBIDDEN);
        assert_eq!(move_to(&app, &p.team, id, "start-pilot", "").await.status, StatusCode::CONFLICT);
        assert_eq!(move_to(&app, &p.team, id, "approve", "").await.status, StatusCode::CONFLICT, "decisions go through the assessment");
        assert_eq!(assess(&app, &p.room_manager, id, &[], &[], None, "", "").await.status, StatusCode::FORBIDDEN);
        assert_eq!(assess(&app, &p.proposer, id, &[], &[], None, "", "approve").await.status, StatusCode::FORBIDDEN);

        // In review: a red blocks approval; amber needs a reason; requesting changes needs a summary.
        let red = assess(&app, &p.team, id, &["red"], &[(0, "Kasutajaid pole küsitletud")], None, "", "approve").await;
        assert_eq!(fields(&red), ["decision"]);
        assert_eq!(stage(&app, id).await, "in-review", "saving the first assessment starts the review");
        let saved = assessment::Entity::find().filter(assessment::Column::ProposalId.eq(id)).one(&app.db).await.unwrap().unwrap();
        assert_eq!(saved.ratings.0[0].comment, "Kasutajaid pole küsitletud", "a refused assessment keeps its notes");
        assert_eq!(fields(&assess(&app, &p.team, id, &["amber"], &[], None, "Palun testige", "request-changes").await), ["comments[0]"]);
        assert_eq!(fields(&assess(&app, &p.team, id, &["amber"], &[(0, "Testida seenioridega")], None, "", "request-changes").await), ["summary"]);
        let bad_action = assess(&app, &p.team, id, &["amber"], &[(0, "Testida seenioridega")], Some(("Testida viie seenioriga", "", "15.01.2027")), "Palun testige", "request-changes").await;
        assert_eq!(fields(&bad_action), ["action_owners[0]", "action_dues[0]"]);
        let changes = assess(&app, &p.team, id, &["amber"], &[(0, "Testida seenioridega")], Some(("Testida viie seenioriga", "Tiina Teenusomanik", "2027-01-15")), "Palun testige eakatega", "request-changes").await;
        assert_eq!(changes.status, StatusCode::OK, "{}", changes.body);
        assert_eq!(stage(&app, id).await, "changes-requested");
        let told: Vec<String> = app::notifications::entity::notification::Entity::find()
            .filter(app::notifications::entity::notification::Column::Link.eq(format!("/proposals/{id}")))
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|n| n.kind)
            .collect();
        assert_eq!(told, ["proposal-moved", "proposal-moved"], "the proposer hears of the review starting and of the decision");
        // The e-mail names the stage, says what comes next and links to the proposal.
        let mail = app::notifications::entity::outbox::Entity::find()
            .filter(app::notifications::entity::outbox::Column::ToEmail.eq("proposer@raekoda.test"))
            .order_by_desc(app::notifications::entity::outbox::Column::Id)
            .one(&app.db)
            .await
            .unwrap()
            .expect("the proposer's e-mail");
        assert!(mail.body.contains("Uus etapp: Vajab muutmist."), "{}", mail.body);
        assert!(mail.body.contains("Ettepaneku lehel on etapi kommentaar") && mail.body.contains(&format!("/proposals/{id}")), "{}", mail.body);
        assert_ne!(mail.body.trim(), mail.subject.trim(), "more than the subject");
        assert!(app.get("/my/inbox", &[&p.proposer]).await.body.contains("Uus etapp: Vajab muutmist."), "the inbox names the stage too");

        // The proposer sees the assessment, edits and resubmits.
        let page = app.get(&format!("/proposals/{id}"), &[&p.proposer]).await;
        for expected in ["Kollane: osaliselt, vajab tegevusi", "Testida seenioridega", "Testida viie seenioriga", "2027-01-15", "Palun testige eakatega", "Vajab muutmist"] {
            assert!(page.body.contains(expected), "the proposer reads {expected:?}");
        }
        assert_eq!(assess(&app, &p.team, id, &[], &[], None, "", "approve").await.status, StatusCode::CONFLICT, "nothing to assess until resubmitted");
        assert_eq!(save(&app, &p.proposer, id, "submit", &[]).await.status, StatusCode::OK);
        let resubmitted = proposal::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
        assert_eq!((resubmitted.stage.as_str(), resubmitted.round), ("submitted", 2));

        // Approved, piloting, implemented: in that order, by the team.
        assert_eq!(assess(&app, &p.team, id, &[], &[], None, "Korras", "approve").await.status, StatusCode::OK);
        assert_eq!(stage(&app, id).await, "approved");
        assert_eq!(assessment::Entity::find().filter(assessment::Column::ProposalId.eq(id)).count(&app.db).await.unwrap(), 2, "one assessment per submission");
        assert_eq!(move_to(&app, &p.team, id, "implement", "").await.status, StatusCode::CONFLICT, "no implementing before the pilot");
        assert_eq!(move_to(&app, &p.proposer, id, "start-pilot", "").await.status, StatusCode::FORBIDDEN);
        assert_eq!(move_to(&app, &p.other_team, id, "start-pilot", "").await.status, StatusCode::OK);
        assert_eq!(fields(&move_to(&app, &p.team, id, "implement", "no-such-service").await), ["service"]);
        assert_eq!(move_to(&app, &p.team, id, "implement", "elaniku-parkimisluba").await.status, StatusCode::OK);
        assert_eq!(stage(&app, id).await, "implemented");
        for transition in ["submit", "start-review", "start-pilot", "implement"] {
            assert_ne!(move_to(&app, &p.team, id, transition, "").await.status, StatusCode::OK, "{transition} after implemented");
        }

        // Every move is in the history with who made it.
        let history: Vec<(Option<String>, String)> = event::Entity::find()
            .filter(event::Column::ProposalId.eq(id))
            .order_by_asc(event::Column::Id)
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|e| (e.from_stage, e.to_stage))
            .collect();
        let stages: Vec<&str> = history.iter().map(|(_, to)| to.as_str()).collect();
        assert_eq!(stages, ["draft", "submitted", "in-review", "changes-requested", "submitted", "in-review", "approved", "piloting", "implemented"]);

        // The service's changelog names the proposal; staff follow the link back.
        let service_page = app.get("/services/elaniku-parkimisluba", &[&p.team]).await;
        assert!(service_page.body.contains("Arendusettepanek ellu viidud"), "the changelog names it");
        assert!(service_page.body.contains(&format!(r#"href="/proposals/{id}""#)), "and links back for staff");
        let public_page = app.get("/services/elaniku-parkimisluba", &[]).await;
        assert!(public_page.body.contains("Parkimisluba ühe klikiga") && !public_page.body.contains(&format!(r#"href="/proposals/{id}""#)));
        let library = app.get("/proposals/library", &[&p.room_manager]).await;
        assert!(library.body.contains(&format!(r#"href="/proposals/{id}""#)), "the library has it");
    }

    async fn the_editor_autosaves_a_draft_and_a_refused_autosave_says_only_that_it_failed(app) {
        let app = app.with_demo().await;
        let p = people(&app).await;
        let id = create(&app, &p.proposer, "Automaatselt salvestatud").await;
        let saved = autosave(&app, &p.proposer, id, "Esimene").await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        let kept = proposal::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
        assert_eq!((kept.stage.as_str(), kept.answers.0[0].as_str(), kept.answers.0[1].as_str()), ("draft", "Esimene", "Teine"));
        // Someone else's draft: refused with its status, and the island hears no reason.
        let refused = autosave(&app, &p.team, id, "Võõras").await;
        assert_eq!((refused.status, refused.body.as_str()), (StatusCode::NOT_FOUND, "{}"));
        // A malformed one is the client's mistake, and names the field for whoever reads it.
        let malformed = app.call("/api/proposals/autosave", &[("title", "x")], &[&p.proposer]).await;
        assert_eq!((malformed.status, malformed.json()), (StatusCode::BAD_REQUEST, serde_json::json!({"field": "id"})));
        assert_eq!(app.call("/api/proposals/autosave", &[("id", id.to_string().as_str()), ("title", "x")], &[]).await.status, StatusCode::UNAUTHORIZED);
        // Once submitted, a late autosave changes nothing.
        assert_eq!(save(&app, &p.proposer, id, "submit", &[]).await.status, StatusCode::OK);
        assert_eq!(autosave(&app, &p.proposer, id, "Hiline").await.status, StatusCode::CONFLICT);
        let submitted = proposal::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
        assert_eq!((submitted.stage.as_str(), submitted.answers.0[0].as_str()), ("submitted", "Vastus osale 1"));
    }

    async fn a_rejection_needs_a_reason_and_ends_the_proposal(app) {
        let app = app.with_demo().await;
        let p = people(&app).await;
        let id = create(&app, &p.proposer, "Tagasilükatav").await;
        assert_eq!(save(&app, &p.proposer, id, "submit", &[]).await.status, StatusCode::OK);
        assert_eq!(move_to(&app, &p.team, id, "start-review", "").await.status, StatusCode::OK);
        assert_eq!(move_to(&app, &p.other_team, id, "start-review", "").await.status, StatusCode::CONFLICT, "the second one is too late");
        assert_eq!(fields(&assess(&app, &p.team, id, &["red"], &[(0, "Ei lahenda probleemi")], None, " ", "reject").await), ["summary"]);
        assert_eq!(assess(&app, &p.team, id, &["red"], &[(0, "Ei lahenda probleemi")], None, "Ei jätka", "reject").await.status, StatusCode::OK);
        assert_eq!(stage(&app, id).await, "rejected");
        assert_eq!(save(&app, &p.proposer, id, "submit", &[]).await.status, StatusCode::CONFLICT);
        assert_eq!(move_to(&app, &p.proposer, id, "submit", "").await.status, StatusCode::CONFLICT);
        assert_eq!(move_to(&app, &p.team, id, "start-pilot", "").await.status, StatusCode::CONFLICT);
        // A team member cannot review their own proposal.
        let own = create(&app, &p.team, "Tiimi enda idee").await;
        assert_eq!(save(&app, &p.team, own, "submit", &[]).await.status, StatusCode::OK);
        assert_eq!(move_to(&app, &p.team, own, "start-review", "").await.status, StatusCode::FORBIDDEN);
        assert_eq!(move_to(&app, &p.other_team, own, "start-review", "").await.status, StatusCode::OK);
    }

    async fn the_template_is_versioned_and_a_proposal_keeps_its_version(app) {
        let p = people(&app).await;
        let before = create(&app, &p.proposer, "Vanal vormil").await;
        let template = [("sections_et", "Probleem\nLahendus\nKasu"), ("sections_en", "Problem\nSolution\nBenefit"), ("sections_ru", ""),
                        ("criteria_et", "Kasutajad\nLihtsus\nTurvalisus"), ("criteria_en", ""), ("criteria_ru", "")];
        assert_eq!(app.call("/api/admin/proposal-template/save", &template, &[&p.team]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(app.get("/admin/proposal-template", &[&p.team]).await.status, StatusCode::FORBIDDEN);
        let mismatch = [("sections_et", "Probleem\nLahendus\nKasu"), ("sections_en", "Problem"), ("criteria_et", "A\nB\nC")];
        assert_eq!(fields(&app.call("/api/admin/proposal-template/save", &mismatch, &[&p.admin]).await), ["sections_en"]);
        let saved = app.call("/api/admin/proposal-template/save", &template, &[&p.admin]).await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
        assert_eq!(serde_json::from_str::<String>(&saved.body).unwrap(), "/admin/proposal-template?version=2");
        let after = create(&app, &p.proposer, "Uuel vormil").await;
        let old = proposal::Entity::find_by_id(before).one(&app.db).await.unwrap().unwrap();
        let new = proposal::Entity::find_by_id(after).one(&app.db).await.unwrap().unwrap();
        assert_eq!((old.template_version, old.answers.0.len()), (1, SECTIONS));
        assert_eq!((new.template_version, new.answers.0.len()), (2, 3));
        let old_form = app.get(&format!("/proposals/{before}/edit"), &[&p.proposer]).await;
        assert!(old_form.body.contains("Mõjutatud kasutajad ja nende arv"), "the old proposal keeps version 1's sections");
        let new_form = app.get(&format!("/proposals/{after}/edit"), &[&p.proposer]).await;
        assert!(new_form.body.contains("2. Lahendus") && !new_form.body.contains("Mõjutatud kasutajad"));
        let page = app.get("/admin/proposal-template", &[&p.admin]).await;
        assert!(page.body.contains("Kehtiv versioon: 2"));
    }

    async fn pages_a_proposal_has_moved_past_send_to_the_proposal_not_to_an_error(app) {
        let app = app.with_demo().await;
        let people = people(&app).await;
        let id = create(&app, &people.proposer, "Tagasi-nupp").await;
        assert_eq!(save(&app, &people.proposer, id, "submit", &[]).await.status, StatusCode::OK);
        // Back after submitting: the editor of a submitted proposal.
        let edit = app.get(&format!("/proposals/{id}/edit"), &[&people.proposer]).await;
        assert!(edit.status.is_redirection(), "{} {}", edit.status, edit.body);
        assert_eq!(edit.header(http::header::LOCATION), Some(format!("/proposals/{id}").as_str()));
        let page = app.get(&format!("/proposals/{id}"), &[&people.proposer]).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Esitatud"), "its stage in words");
        // The assessment of an implemented proposal (the demo's library has one).
        let implemented = proposal::Entity::find().filter(proposal::Column::Stage.eq("implemented")).one(&app.db).await.unwrap().expect("an implemented proposal");
        let assess = app.get(&format!("/proposals/{}/assess", implemented.id), &[&people.team]).await;
        assert!(assess.status.is_redirection(), "{} {}", assess.status, assess.body);
        assert_eq!(assess.header(http::header::LOCATION), Some(format!("/proposals/{}", implemented.id).as_str()));
    }

    async fn implementing_gives_an_ownerless_service_the_owner_the_proposal_named(app) {
        use app::services::entity::service;
        let app = app.with_demo().await;
        let people = people(&app).await;
        let ownerless = service::Entity::find().filter(service::Column::OwnerId.is_null()).filter(service::Column::Status.eq("active")).one(&app.db).await.unwrap().expect("the demo has services without an owner");
        assert!(!app.get(&format!("/services/{}", ownerless.slug), &[]).await.body.contains("Tiina Teenusomanik"));
        let id = create(&app, &people.proposer, "Omanik teenusele").await;
        assert_eq!(save(&app, &people.proposer, id, "submit", &[]).await.status, StatusCode::OK);
        assert_eq!(assess(&app, &people.team, id, &[], &[], None, "Hea", "approve").await.status, StatusCode::OK);
        assert_eq!(move_to(&app, &people.team, id, "start-pilot", "").await.status, StatusCode::OK);
        let implemented = move_to(&app, &people.team, id, "implement", &ownerless.slug).await;
        assert_eq!(implemented.status, StatusCode::OK, "{}", implemented.body);
        let page = app.get(&format!("/services/{}", ownerless.slug), &[]).await;
        assert!(page.body.contains("Tiina Teenusomanik"), "the service page names the owner the proposal named");
        assert!(service::Entity::find_by_id(ownerless.id).one(&app.db).await.unwrap().unwrap().owner_id.is_some());
    }

    async fn the_proposal_form_offers_every_service_of_the_catalogue(app) {
        let app = app.with_demo().await;
        let people = people(&app).await;
        let count = app::services::server::catalogue_count(&app.db).await.unwrap() as usize;
        let page = app.get("/proposals", &[&people.proposer]).await;
        assert_eq!(page.status, StatusCode::OK);
        // The service list: one option per catalogue service, and "a new service".
        let list = page.body.split("name=\"service\"").nth(1).and_then(|rest| rest.split("</select>").next()).expect("the service list");
        assert_eq!(list.matches("<option").count(), count + 1, "every service, subdivisions' too");
    }

    async fn the_board_shows_every_stage_but_only_ones_own_drafts(app) {
        let p = people(&app).await;
        let draft = create(&app, &p.proposer, "Salajane mustand").await;
        let submitted = create(&app, &p.proposer, "Esitatud ettepanek").await;
        let _ = draft;
        assert_eq!(save(&app, &p.proposer, submitted, "submit", &[]).await.status, StatusCode::OK);
        let theirs = app.get("/proposals/board", &[&p.room_manager]).await;
        assert_eq!(theirs.status, StatusCode::OK);
        assert!(theirs.body.contains("Esitatud ettepanek") && !theirs.body.contains("Salajane mustand"));
        assert!(theirs.body.contains("Teiste mustandeid: 1"));
        let mine = app.get("/proposals/board", &[&p.proposer]).await;
        assert!(mine.body.contains("Salajane mustand"));
        assert_eq!(app.get("/proposals/board", &[&p.citizen]).await.status, StatusCode::FORBIDDEN);
        let waiting = app.get("/proposals", &[&p.team]).await;
        assert!(waiting.body.contains("Ootavad arendustiimi") && waiting.body.contains("Esitatud ettepanek"));
    }
}

#[tokio::test]
async fn the_demo_has_an_implemented_proposal_in_the_library() {
    let app = TestApp::sqlite().await;
    app::seed::seed_demo(&app.db).await.unwrap();
    app::seed::seed_demo(&app.db).await.unwrap();
    assert_eq!(proposal::Entity::find().count(&app.db).await.unwrap(), 2, "seeded once");
    let implemented = proposal::Entity::find().filter(proposal::Column::Stage.eq("implemented")).count(&app.db).await.unwrap();
    assert_eq!(implemented, 1);
}
