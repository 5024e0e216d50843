//! Demo submission forms: a building's yearly energy use (typed in or as a CSV file) and a
//! problem at a waste point (with a place on the map and a photo).


use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set};

use crate::data_submission::entity::submission_form::{self, FieldsJson};
use crate::data_submission::rules::{FieldKind, FieldSpec};
use crate::error::AppError;
use crate::services::entity::service::TextJson;
use crate::services::model::Text;

fn text(et: &str, en: &str, ru: &str) -> Text {
    Text::new(et, en).with_ru(ru)
}

fn field(key: &str, label: Text, kind: FieldKind, unit: &str, required: bool, range: (Option<i64>, Option<i64>)) -> FieldSpec {
    FieldSpec { key: key.to_owned(), label, kind, unit: unit.to_owned(), required, min: range.0, max: range.1 }
}

pub async fn seed_forms(db: &DatabaseConnection) -> Result<(), AppError> {
    if submission_form::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    let energy = vec![
        field("building", text("Hoone aadress või EHR-kood", "Building address or EHR code", "Адрес здания или код EHR"), FieldKind::Text, "", true, (None, None)),
        field("year", text("Aasta", "Year", "Год"), FieldKind::Integer, "", true, (Some(200_000), Some(210_000))),
        field("heat_mwh", text("Soojusenergia", "Heat", "Тепловая энергия"), FieldKind::Decimal, "MWh", true, (Some(0), Some(100_000_000))),
        field("electricity_mwh", text("Elektrienergia", "Electricity", "Электроэнергия"), FieldKind::Decimal, "MWh", true, (Some(0), Some(100_000_000))),
        field("floor_area_m2", text("Köetav pind", "Heated floor area", "Отапливаемая площадь"), FieldKind::Decimal, "m²", false, (Some(100), Some(100_000_000))),
    ];
    let waste = vec![
        field("waste_point", text("Jäätmepunkt (aadress või nimi)", "Waste point (address or name)", "Пункт сбора отходов (адрес или название)"), FieldKind::Text, "", true, (None, None)),
        field("problem", text("Mis on valesti?", "What is wrong?", "Что не так?"), FieldKind::Text, "", true, (None, None)),
        field("noticed_on", text("Märkamise kuupäev", "Date noticed", "Дата обнаружения"), FieldKind::Date, "", false, (None, None)),
    ];
    let forms = [
        (
            "hoone-energiatarve",
            text("Hoone aastane energiatarve", "A building's yearly energy use", "Годовое энергопотребление здания"),
            text(
                "Korteriühistud ja hoonete omanikud: esitage hoone aasta soojus- ja elektritarve. Andmed aitavad jälgida Energia 2030 eesmärke.",
                "Housing associations and building owners: report a building's yearly heat and electricity use. The figures help follow the Energy 2030 goals.",
                "Товарищества и владельцы зданий: сообщите годовое потребление тепла и электроэнергии здания. Данные помогают следить за целями «Энергия 2030».",
            ),
            energy,
            false,
            false,
        ),
        (
            "jaatmepunkti-probleem",
            text("Probleem jäätmepunktis", "A problem at a waste point", "Проблема в пункте сбора отходов"),
            text(
                "Ületäitunud konteiner, prügi maas või katkine luuk? Märgi koht kaardile ja lisa soovi korral foto.",
                "An overflowing container, litter on the ground or a broken lid? Mark the place on the map and add a photo if you like.",
                "Переполненный контейнер, мусор на земле или сломанная крышка? Отметьте место на карте и при желании добавьте фото.",
            ),
            waste,
            true,
            true,
        ),
    ];
    for (slug, title, description, fields, with_location, with_photo) in forms {
        submission_form::ActiveModel {
            slug: Set(slug.to_owned()),
            title: Set(TextJson(title)),
            description: Set(TextJson(description)),
            fields: Set(FieldsJson(fields)),
            with_location: Set(with_location),
            with_photo: Set(with_photo),
            open: Set(true),
            updated_at: Set(crate::core::clock::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
