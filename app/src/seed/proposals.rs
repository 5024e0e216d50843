//! Demo proposals: one implemented (so the case library and the parking permit's changelog
//! show how it ends) and one waiting for the development team. Written through the same
//! server functions staff use, so the history and assessment are real.

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

use crate::accounts::entity::user;
use crate::core::roles::SessionUser;
use crate::error::AppError;
use crate::proposals::model::{first_template, AssessmentForm, Transition};
use crate::proposals::server::{self as proposals, Draft};

async fn person(db: &DatabaseConnection, email: &str) -> Result<SessionUser, AppError> {
    let found = user::Entity::find().filter(user::Column::Email.eq(email)).one(db).await?.ok_or(AppError::NotFound)?;
    crate::accounts::server::load_session_user(db, found).await
}

fn answers(problem: &str, change: &str, tested: &str) -> Vec<String> {
    let mut all: Vec<String> = first_template().sections.iter().map(|s| format!("Vt „{}“ arutelu tiimi kaustas.", s.et)).collect();
    all[0] = problem.to_owned();
    all[4] = change.to_owned();
    all[5] = tested.to_owned();
    all
}

pub async fn seed_proposals(db: &DatabaseConnection) -> Result<(), AppError> {
    if crate::proposals::entity::proposal::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    let owner = person(db, "owner@raekoda.test").await?;
    let team = person(db, "devteam@raekoda.test").await?;

    let id = proposals::create(db, &owner, "Elaniku parkimisluba ühe klikiga", "elaniku-parkimisluba", "Tiina Teenusomanik").await?;
    let draft = Draft {
        title: "Elaniku parkimisluba ühe klikiga".into(),
        service: "elaniku-parkimisluba".into(),
        intended_owner: "Tiina Teenusomanik".into(),
        sections: answers(
            "Elanik peab parkimisloa saamiseks täitma paberil avalduse ja lisama rahvastikuregistri väljavõtte, mis linnal juba on.",
            "Luba taotletakse e-teenusena: elukoht ja auto andmed tulevad registritest, elanik kinnitab ja maksab.",
            "Prototüüpi testis 8 elanikku; kõik said loa alla 3 minutiga, kaks vajasid abi sõiduki numbri leidmisel.",
        ),
        comment: String::new(),
    };
    proposals::save(db, &owner, id, &draft, true).await?;
    let green = AssessmentForm {
        ratings: vec!["green".into(); first_template().criteria.len()],
        comments: vec![String::new(); first_template().criteria.len()],
        summary: "Hästi ette valmistatud, andmeid küsitakse ühe korra.".into(),
        decision: Some(Transition::Approve),
        ..AssessmentForm::default()
    };
    proposals::save_assessment(db, &team, id, &green).await?;
    proposals::move_proposal(db, &team, id, Transition::StartPilot, "Pilootperiood Annelinnas", "").await?;
    proposals::move_proposal(db, &team, id, Transition::Implement, "Kasutusel kogu linnas", "").await?;

    let id = proposals::create(db, &owner, "Lasteaiakoha järjekord reaalajas", "lasteaiakoha-taotlemine", "Tiina Teenusomanik").await?;
    let draft = Draft {
        title: "Lasteaiakoha järjekord reaalajas".into(),
        service: "lasteaiakoha-taotlemine".into(),
        intended_owner: "Tiina Teenusomanik".into(),
        sections: answers(
            "Vanemad helistavad lasteaedadesse, et teada saada oma kohta järjekorras.",
            "Vanem näeb iseteeninduses oma kohta järjekorras ja eeldatavat kuupäeva.",
            "Paberprototüüp viie vanemaga: kõik mõistsid järjekorda, eeldatav kuupäev tekitas küsimusi.",
        ),
        comment: String::new(),
    };
    proposals::save(db, &owner, id, &draft, true).await?;
    Ok(())
}
