//! The open datasets, gathered from the database: the topics' indicator series, the
//! service catalogue, the rooms, the public calendar, and each submission form's
//! accepted data. Everything here is public; nothing personal leaves (no names, no
//! photos, no booker of a calendar entry).

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use serde_json::Value;

use super::catalogue::{column, number, text, Column, DatasetInfo, Table};
use crate::error::AppError;
use crate::services::model::Text;

const SUBMISSIONS_PREFIX: &str = "submissions-";
/// How far ahead the public calendar dataset reaches.
const CALENDAR_DAYS: i64 = 90;

fn stamp(instant: Option<DateTime<Utc>>) -> Option<String> {
    instant.map(|i| i.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

fn info(id: &str, title: Text, description: Text, updated: Option<DateTime<Utc>>, columns: Vec<Column>, table: &Table) -> DatasetInfo {
    DatasetInfo { id: id.to_owned(), title, description, updated: stamp(updated), rows: table.rows.len() as u64, columns }
}

fn t(et: &str, en: &str, ru: &str) -> Text {
    Text::new(et, en).with_ru(ru)
}

/// Which of a submission form's rows to read. The city's own datasets (indicators,
/// services, rooms, the calendar) are small and always built whole; a form's accepted data
/// can hold millions of rows, so it is read in SQL only as far as asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rows {
    None,
    All,
    Page { offset: u64, limit: u64 },
}

/// Every dataset with its table, in catalogue order (the forms' data without its rows).
pub async fn all(db: &DatabaseConnection, public_url: &str) -> Result<Vec<(DatasetInfo, Table)>, AppError> {
    let mut sets = vec![indicators(db).await?, services(db, public_url).await?, rooms(db, public_url).await?, calendar(db).await?];
    for form in crate::data_submission::server::all_forms(db).await? {
        sets.push(submitted(db, &form, Rows::None).await?);
    }
    Ok(sets)
}

/// One dataset by its id with all its rows (for the CSV file), or 404.
pub async fn one(db: &DatabaseConnection, public_url: &str, id: &str) -> Result<(DatasetInfo, Table), AppError> {
    fetch(db, public_url, id, Rows::All).await
}

/// One dataset's description, with its row count, and none of its rows.
pub async fn about(db: &DatabaseConnection, public_url: &str, id: &str) -> Result<DatasetInfo, AppError> {
    Ok(fetch(db, public_url, id, Rows::None).await?.0)
}

/// One page of a dataset's rows, and how many rows it has in all.
pub async fn page(db: &DatabaseConnection, public_url: &str, id: &str, offset: u64, limit: u64) -> Result<(DatasetInfo, u64, Vec<Vec<Value>>), AppError> {
    let (info, table) = fetch(db, public_url, id, Rows::Page { offset, limit }).await?;
    if id.starts_with(SUBMISSIONS_PREFIX) {
        return Ok((info.clone(), info.rows, table.rows));
    }
    let total = table.rows.len() as u64;
    let start = offset.min(total) as usize;
    let end = offset.saturating_add(limit).min(total) as usize;
    Ok((info, total, table.rows[start..end].to_vec()))
}

async fn fetch(db: &DatabaseConnection, public_url: &str, id: &str, rows: Rows) -> Result<(DatasetInfo, Table), AppError> {
    match id {
        "indicators" => indicators(db).await,
        "services" => services(db, public_url).await,
        "rooms" => rooms(db, public_url).await,
        "public-calendar" => calendar(db).await,
        other => {
            let slug = other.strip_prefix(SUBMISSIONS_PREFIX).ok_or(AppError::NotFound)?;
            let form = crate::data_submission::server::form_by_slug(db, slug).await?;
            submitted(db, &form, rows).await
        }
    }
}

async fn indicators(db: &DatabaseConnection) -> Result<(DatasetInfo, Table), AppError> {
    use crate::participation::entity::{indicator, topic};
    let topics: BTreeMap<i32, String> = topic::Entity::find().all(db).await?.into_iter().map(|t| (t.id, t.slug)).collect();
    let list = indicator::Entity::find().order_by_asc(indicator::Column::TopicId).order_by_asc(indicator::Column::Position).all(db).await?;
    let updated = list.iter().filter_map(|i| i.updated_at).max();
    let mut table = Table::default();
    for item in &list {
        for value in &item.year_values.0 {
            table.rows.push(vec![
                text(topics.get(&item.topic_id).cloned().unwrap_or_default()),
                text(item.slug.clone()),
                text(item.name.0.et.clone()),
                text(item.name.0.en.clone().unwrap_or_default()),
                text(item.unit.0.et.clone()),
                number(&value.year.to_string()),
                number(&crate::data_submission::rules::plain_number(value.hundredths)),
                text(item.source.clone()),
            ]);
        }
    }
    let columns = vec![
        column("topic", "Teema", "Topic", "Тема"),
        column("indicator", "Näitaja", "Indicator", "Показатель"),
        column("name_et", "Nimi eesti keeles", "Name in Estonian", "Название на эстонском"),
        column("name_en", "Nimi inglise keeles", "Name in English", "Название на английском"),
        column("unit", "Ühik", "Unit", "Единица"),
        column("year", "Aasta", "Year", "Год"),
        column("value", "Väärtus", "Value", "Значение"),
        column("source", "Allikas", "Source", "Источник"),
    ];
    let about = info(
        "indicators",
        t("Teemade näitajad aastate kaupa", "The topics' indicators by year", "Показатели тем по годам"),
        t("Energia, jäätmete ja liikuvuse võtmenäitajad, mida teemalehed näitavad.", "The key figures of Energy, Waste and Mobility that the topic hubs show.", "Ключевые показатели энергии, отходов и мобильности, которые показывают страницы тем."),
        updated,
        columns,
        &table,
    );
    Ok((about, table))
}

async fn services(db: &DatabaseConnection, public_url: &str) -> Result<(DatasetInfo, Table), AppError> {
    use crate::services::entity::{department, service};
    let departments: BTreeMap<i32, String> = department::Entity::find().all(db).await?.into_iter().map(|d| (d.id, d.name_et)).collect();
    // The same catalogue as the service pages and /services.jsonld: retired services are not in it.
    let list = service::Entity::find().filter(crate::services::server::in_catalogue()).order_by_asc(service::Column::Slug).all(db).await?;
    let updated = list.iter().map(|s| s.updated_at).max();
    let table = Table {
        rows: list
            .iter()
            .map(|s| {
                vec![
                    text(s.slug.clone()),
                    text(s.name.0.et.clone()),
                    text(s.name.0.en.clone().unwrap_or_default()),
                    text(departments.get(&s.department_id).cloned().unwrap_or_default()),
                    text(s.subdivision.clone().unwrap_or_default()),
                    text(s.status.clone()),
                    Value::Bool(s.digital),
                    text(s.last_reviewed.to_string()),
                    text(format!("{public_url}/services/{}", s.slug)),
                ]
            })
            .collect(),
    };
    let columns = vec![
        column("slug", "Tunnus", "Identifier", "Идентификатор"),
        column("name_et", "Nimi eesti keeles", "Name in Estonian", "Название на эстонском"),
        column("name_en", "Nimi inglise keeles", "Name in English", "Название на английском"),
        column("department", "Osakond", "Department", "Отдел"),
        column("provider", "Pakkuja asutus", "Providing institution", "Учреждение-поставщик"),
        column("status", "Olek", "Status", "Статус"),
        column("digital", "E-teenus", "Online", "Электронная услуга"),
        column("last_reviewed", "Viimati üle vaadatud", "Last reviewed", "Последняя проверка"),
        column("url", "Aadress", "Address", "Адрес"),
    ];
    let about = info(
        "services",
        t("Teenuste kataloog", "The service catalogue", "Каталог услуг"),
        t("Linna avalikud teenused, nende osakond ja olek. Sama kataloog CPSV-AP kujul: /services.jsonld.", "The city's public services, their department and status. The same catalogue as CPSV-AP: /services.jsonld.", "Публичные услуги города, их отдел и статус. Тот же каталог в формате CPSV-AP: /services.jsonld."),
        updated,
        columns,
        &table,
    );
    Ok((about, table))
}

async fn rooms(db: &DatabaseConnection, public_url: &str) -> Result<(DatasetInfo, Table), AppError> {
    use crate::rooms::entity::{institution, room};
    let list = room::Entity::find().find_also_related(institution::Entity).order_by_asc(room::Column::Slug).all(db).await?;
    let updated = list.iter().filter_map(|(r, _)| r.updated_at).max();
    let table = Table {
        rows: list
            .iter()
            .map(|(r, place)| {
                let place = place.as_ref();
                vec![
                    text(r.slug.clone()),
                    text(r.name.clone()),
                    text(place.map(|p| p.name.clone()).unwrap_or_default()),
                    text(place.map(|p| p.address.clone()).unwrap_or_default()),
                    text(place.map(|p| p.district.clone()).unwrap_or_default()),
                    number(&r.max_capacity.to_string()),
                    number(&crate::data_submission::rules::plain_number(r.area_dm2 as i64)),
                    number(&crate::data_submission::rules::plain_number(r.hourly_cents)),
                    place.map_or(Value::Null, |p| number(&format!("{:.6}", p.latitude))),
                    place.map_or(Value::Null, |p| number(&format!("{:.6}", p.longitude))),
                    text(format!("{public_url}/rooms/{}", r.slug)),
                ]
            })
            .collect(),
    };
    let columns = vec![
        column("slug", "Tunnus", "Identifier", "Идентификатор"),
        column("name", "Nimi", "Name", "Название"),
        column("institution", "Asutus", "Institution", "Учреждение"),
        column("address", "Aadress", "Address", "Адрес"),
        column("district", "Linnaosa", "District", "Район"),
        column("capacity", "Mahutavus (inimest)", "Capacity (people)", "Вместимость (человек)"),
        column("area_m2", "Pindala (m²)", "Area (m²)", "Площадь (м²)"),
        column("hourly_eur", "Tunnihind (€)", "Hourly price (€)", "Цена за час (€)"),
        column("latitude", "Laius", "Latitude", "Широта"),
        column("longitude", "Pikkus", "Longitude", "Долгота"),
        column("url", "Broneerimise aadress", "Booking address", "Адрес бронирования"),
    ];
    let about = info(
        "rooms",
        t("Broneeritavad ruumid", "Rooms to book", "Помещения для бронирования"),
        t("Linna asutuste ruumid, mahutavus, pindala ja tunnihind.", "Rooms in the city's institutions, with capacity, area and hourly price.", "Помещения городских учреждений: вместимость, площадь и цена за час."),
        updated,
        columns,
        &table,
    );
    Ok((about, table))
}

async fn calendar(db: &DatabaseConnection) -> Result<(DatasetInfo, Table), AppError> {
    use crate::rooms::entity::{institution, room};
    let list = room::Entity::find().find_also_related(institution::Entity).all(db).await?;
    let names: BTreeMap<i32, String> = list.iter().map(|(r, p)| (r.id, p.as_ref().map(|p| format!("{}, {}", r.name, p.name)).unwrap_or_else(|| r.name.clone()))).collect();
    let from = crate::core::clock::now();
    let busy = crate::rooms::workflow::busy_times(db, &names, from, from + Duration::days(CALENDAR_DAYS), true).await?;
    let local = |instant: DateTime<Utc>| crate::rooms::rules::to_local(instant).format("%Y-%m-%dT%H:%M").to_string();
    let table = Table {
        rows: busy
            .into_iter()
            .filter(|b| b.public_title.is_some())
            .map(|b| vec![text(local(b.start)), text(local(b.end)), text(b.room_name.unwrap_or_default()), text(b.public_title.unwrap_or_default())])
            .collect(),
    };
    let columns = vec![
        column("start", "Algus (Tallinna aeg)", "Start (Tallinn time)", "Начало (таллинское время)"),
        column("end", "Lõpp (Tallinna aeg)", "End (Tallinn time)", "Конец (таллинское время)"),
        column("room", "Ruum", "Room", "Помещение"),
        column("title", "Üritus", "Event", "Мероприятие"),
    ];
    let about = info(
        "public-calendar",
        t("Avalik üritustekalender", "The public events calendar", "Публичный календарь мероприятий"),
        t(
            "Järgmise 90 päeva kinnitatud broneeringud, mille korraldaja on avalikuks teinud. Broneerijat ei nimetata.",
            "Confirmed bookings of the next 90 days that their organisers made public. Bookers are not named.",
            "Подтверждённые бронирования на ближайшие 90 дней, которые организаторы сделали публичными. Заказчики не называются.",
        ),
        None,
        columns,
        &table,
    );
    Ok((about, table))
}

/// A form's accepted data. The catalogue only counts the rows (`with_rows` false): a
/// form may hold hundreds of thousands.
async fn submitted(db: &DatabaseConnection, form: &crate::data_submission::entity::submission_form::Model, wanted: Rows) -> Result<(DatasetInfo, Table), AppError> {
    use crate::data_submission::rules::FieldKind;
    let rows = match wanted {
        Rows::None => Vec::new(),
        Rows::All => crate::data_submission::server::accepted_rows(db, form, None).await?,
        Rows::Page { offset, limit } => crate::data_submission::server::accepted_rows(db, form, Some((offset, limit))).await?,
    };
    let fields = &form.fields.0;
    let mut columns: Vec<Column> = fields.iter().map(|f| Column { key: f.key.clone(), title: f.label.clone() }).collect();
    if form.with_location {
        columns.push(column("latitude", "Laius", "Latitude", "Широта"));
        columns.push(column("longitude", "Pikkus", "Longitude", "Долгота"));
    }
    columns.push(column("accepted_at", "Vastu võetud", "Accepted", "Принято"));
    let table = Table {
        rows: rows
            .into_iter()
            .map(|(accepted, place, cells)| {
                let mut row: Vec<Value> = fields
                    .iter()
                    .zip(cells.iter().map(String::as_str).chain(std::iter::repeat("")))
                    .map(|(field, cell)| match field.kind {
                        FieldKind::Integer | FieldKind::Decimal if !cell.is_empty() => number(cell),
                        _ => text(cell),
                    })
                    .collect();
                if form.with_location {
                    row.push(place.map_or(Value::Null, |p| number(&format!("{:.6}", p.0))));
                    row.push(place.map_or(Value::Null, |p| number(&format!("{:.6}", p.1))));
                }
                row.push(text(accepted.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)));
                row
            })
            .collect(),
    };
    let updated = crate::data_submission::server::last_accepted(db, form.id).await?.or(Some(form.updated_at));
    let mut about = info(&format!("{SUBMISSIONS_PREFIX}{}", form.slug), form.title.0.clone(), form.description.0.clone(), updated, columns, &table);
    if wanted != Rows::All {
        about.rows = crate::data_submission::server::accepted_row_count(db, form.id).await?;
    }
    Ok((about, table))
}
