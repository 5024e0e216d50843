//! Demo participation data: the Energy, Waste and Mobility hubs with yearly figures (the
//! Waste hub's 2022 figures are Tartu's real ones; other years and hubs are believable
//! inventions), the "Energia 2030" plan, and consultations open, upcoming and closed.

use chrono::Duration;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, Set};

use crate::error::AppError;
use crate::participation::entity::{consultation, indicator, plan, survey_response, topic, Link, LinksJson};
use crate::participation::model::{Goal, YearValue};
use crate::participation::survey::{Answer, Question, QuestionKind};
use crate::services::entity::service::TextJson;
use crate::services::model::Text;

fn text(et: &str, en: &str, ru: &str) -> TextJson {
    TextJson(Text::new(et, en).with_ru(ru))
}

fn years(values: &[(i32, i64)]) -> indicator::ValuesJson {
    indicator::ValuesJson(values.iter().map(|&(year, hundredths)| YearValue { year, hundredths }).collect())
}

struct Figure {
    slug: &'static str,
    name: (&'static str, &'static str, &'static str),
    unit: (&'static str, &'static str, &'static str),
    decimals: i32,
    values: &'static [(i32, i64)],
    source: &'static str,
}

const WASTE: &[Figure] = &[
    Figure {
        slug: "waste-container-emptyings",
        name: ("Konteinerite tühjendamisi", "Container emptyings", "Опорожнений контейнеров"),
        unit: ("korda", "times", "раз"),
        decimals: 0,
        values: &[(2018, 47_120_500), (2019, 48_390_100), (2020, 49_807_300), (2021, 50_915_800), (2022, 51_644_200)],
        source: "Tartu linna korraldatud jäätmevedu",
    },
    Figure {
        slug: "waste-container-volume",
        name: ("Konteinerite maht", "Container volume", "Объём контейнеров"),
        unit: ("m³", "m³", "м³"),
        decimals: 2,
        values: &[(2018, 26_104_237), (2019, 26_890_410), (2020, 27_655_182), (2021, 28_240_905), (2022, 28_718_316)],
        source: "Tartu linna korraldatud jäätmevedu",
    },
    Figure {
        slug: "waste-handed-over",
        name: ("Üle antud jäätmed", "Waste handed over", "Передано отходов"),
        unit: ("t", "t", "т"),
        decimals: 2,
        values: &[(2018, 2_512_040), (2019, 2_468_377), (2020, 2_431_862), (2021, 2_395_021), (2022, 2_349_113)],
        source: "Tartu linna korraldatud jäätmevedu",
    },
];

const ENERGY: &[Figure] = &[
    Figure {
        slug: "energy-public-buildings",
        name: ("Linna hoonete energiatarve", "Energy use of city buildings", "Энергопотребление городских зданий"),
        unit: ("MWh", "MWh", "МВт·ч"),
        decimals: 0,
        values: &[(2018, 7_420_000), (2019, 7_310_000), (2020, 6_980_000), (2021, 7_050_000), (2022, 6_720_000)],
        source: "Tartu linnavara osakond",
    },
    Figure {
        slug: "energy-solar-capacity",
        name: ("Päikesepaneelide võimsus linna hoonetel", "Solar capacity on city buildings", "Мощность солнечных панелей на городских зданиях"),
        unit: ("kW", "kW", "кВт"),
        decimals: 0,
        values: &[(2018, 18_000), (2019, 32_000), (2020, 55_000), (2021, 96_000), (2022, 148_000)],
        source: "Tartu linnavara osakond",
    },
];

const MOBILITY: &[Figure] = &[
    Figure {
        slug: "mobility-bike-share-trips",
        name: ("Rattaringluse sõidud", "Bike-share trips", "Поездки на прокатных велосипедах"),
        unit: ("sõitu", "trips", "поездок"),
        decimals: 0,
        values: &[(2019, 165_000_000), (2020, 128_000_000), (2021, 161_000_000), (2022, 178_500_000)],
        source: "Tartu Smart Bike",
    },
    Figure {
        slug: "mobility-bus-passengers",
        name: ("Linnaliinibusside sõitjad", "City bus passengers", "Пассажиры городских автобусов"),
        unit: ("mln", "million", "млн"),
        decimals: 1,
        values: &[(2018, 1_720), (2019, 1_760), (2020, 1_250), (2021, 1_380), (2022, 1_590)],
        source: "Tartu linnamajanduse osakond",
    },
];

pub async fn seed_participation(db: &DatabaseConnection) -> Result<(), AppError> {
    if topic::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    let hubs = [
        (
            "energy",
            text("Energia", "Energy", "Энергия"),
            text(
                "Tartu soovib 2030. aastaks kasutada vähem energiat ja toota rohkem ise. Siin on linna hoonete energiatarve, päikeseenergia ja kava „Energia 2030“.",
                "Tartu wants to use less energy and produce more of its own by 2030. Here are the city buildings' energy use, solar power and the \"Energy 2030\" plan.",
                "К 2030 году Тарту хочет потреблять меньше энергии и производить больше своей. Здесь энергопотребление городских зданий, солнечная энергия и план «Энергия 2030».",
            ),
            ENERGY,
        ),
        (
            "waste",
            text("Jäätmed", "Waste", "Отходы"),
            text(
                "Korraldatud jäätmevedu viib tartlaste jäätmed ringlusse. 2022. aastal tühjendati konteinereid 516 442 korda ja üle anti 23 491,13 tonni jäätmeid.",
                "Organised waste collection takes Tartu's waste to recycling. In 2022 containers were emptied 516 442 times and 23 491.13 tonnes of waste were handed over.",
                "Организованный вывоз отходов отправляет отходы Тарту на переработку. В 2022 году контейнеры опорожнили 516 442 раза и передали 23 491,13 тонны отходов.",
            ),
            WASTE,
        ),
        (
            "mobility",
            text("Liikuvus", "Mobility", "Мобильность"),
            text(
                "Rattaringlus, bussid ja jalgsi käimine: kuidas tartlased liiguvad ja kuidas linn teeb säästva liikumise lihtsamaks.",
                "Bike share, buses and walking: how people in Tartu move, and how the city makes sustainable travel easier.",
                "Прокат велосипедов, автобусы и пешие прогулки: как передвигаются жители Тарту и как город упрощает устойчивую мобильность.",
            ),
            MOBILITY,
        ),
    ];
    let mut topic_ids = Vec::new();
    for (position, (slug, name, narrative, figures)) in hubs.into_iter().enumerate() {
        let saved = topic::ActiveModel {
            slug: Set(slug.to_owned()),
            position: Set(position as i32),
            name: Set(name),
            narrative: Set(narrative),
            links: Set(LinksJson(vec![Link { label: Text::new("Tartu linna koduleht", "City of Tartu website").with_ru("Сайт города Тарту"), url: "https://www.tartu.ee".into() }])),
            // Mobility ideas are many and small; a higher bar keeps the review list short.
            idea_threshold: Set(if slug == "mobility" { 100 } else { 50 }),
            ..Default::default()
        }
        .insert(db)
        .await?;
        topic_ids.push(saved.id);
        for (index, figure) in figures.iter().enumerate() {
            indicator::ActiveModel {
                topic_id: Set(saved.id),
                slug: Set(figure.slug.to_owned()),
                position: Set(index as i32),
                name: Set(text(figure.name.0, figure.name.1, figure.name.2)),
                unit: Set(text(figure.unit.0, figure.unit.1, figure.unit.2)),
                decimals: Set(figure.decimals),
                year_values: Set(years(figure.values)),
                source: Set(figure.source.to_owned()),
                updated_at: Set(Some(crate::core::clock::now())),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    plan::ActiveModel {
        slug: Set("energia-2030".into()),
        topic_id: Set(Some(topic_ids[0])),
        name: Set(text("Energia 2030", "Energy 2030", "Энергия 2030")),
        summary: Set(text(
            "Tartu energiakava: linna hooned kasutavad vähem energiat ja katustel toodetakse rohkem päikeseenergiat.",
            "Tartu's energy plan: city buildings use less energy and their roofs produce more solar power.",
            "Энергетический план Тарту: городские здания потребляют меньше энергии, а на крышах производится больше солнечной энергии.",
        )),
        goals: Set(plan::GoalsJson(vec![
            Goal {
                title: Text::new("Linna hoonete energiatarve 20% väiksemaks", "Cut city buildings' energy use by 20%").with_ru("Снизить энергопотребление городских зданий на 20%"),
                indicator: "energy-public-buildings".into(),
                baseline_year: 2018,
                target_year: 2030,
                target_hundredths: 5_936_000,
            },
            Goal {
                title: Text::new("1 MW päikeseenergiat linna katustel", "1 MW of solar power on city roofs").with_ru("1 МВт солнечной энергии на городских крышах"),
                indicator: "energy-solar-capacity".into(),
                baseline_year: 2018,
                target_year: 2030,
                target_hundredths: 100_000,
            },
        ])),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let today = crate::participation::server::today();
    let consultations = [
        (
            "jaatmejaamad-2027",
            topic_ids[1],
            "Annelinn",
            text("Uued jäätmejaamad Annelinnas", "New waste points in Annelinn", "Новые пункты приёма отходов в Аннелинне"),
            text(
                "Linn kavandab Annelinna kolm uut jäätmejaama. Kuhu need sinu arvates sobivad ja mida seal vaja on?",
                "The city plans three new waste points in Annelinn. Where do you think they fit, and what should they have?",
                "Город планирует три новых пункта приёма отходов в Аннелинне. Где, по-вашему, они уместны и что там нужно?",
            ),
            today - Duration::days(10),
            today + Duration::days(60),
            Some((58.3720, 26.7560)),
            None,
            waste_point_survey(),
        ),
        (
            "rattateed-kesklinnas",
            topic_ids[2],
            "Kesklinn",
            text("Rattateed kesklinnas", "Cycle paths in the city centre", "Велодорожки в центре города"),
            text(
                "Millised kesklinna tänavad vajavad eraldi rattateed kõige enam?",
                "Which city-centre streets need a separate cycle path most?",
                "Каким улицам центра больше всего нужна отдельная велодорожка?",
            ),
            today + Duration::days(14),
            today + Duration::days(75),
            Some((58.3800, 26.7225)),
            None,
            Vec::new(),
        ),
        (
            "paikesepaneelid-koolidel",
            topic_ids[0],
            "Tammelinn",
            text("Päikesepaneelid koolide katustel", "Solar panels on school roofs", "Солнечные панели на крышах школ"),
            text(
                "Kas ja millistele koolidele peaks linn esmalt päikesepaneelid paigaldama?",
                "Should the city put solar panels on schools first, and on which ones?",
                "Стоит ли городу сначала установить солнечные панели на школах, и на каких?",
            ),
            today - Duration::days(90),
            today - Duration::days(30),
            Some((58.3652, 26.6960)),
            Some("Aitäh kõigile! Paneelid paigaldatakse 2027. aastal kolmele koolile, mille katused on selleks sobivaimad."),
            solar_survey(),
        ),
    ];
    let mut closed_id = None;
    for (slug, topic_id, district, title, description, opens_on, closes_on, place, response, survey) in consultations {
        let saved = consultation::ActiveModel {
            slug: Set(slug.to_owned()),
            topic_id: Set(topic_id),
            district: Set(district.to_owned()),
            title: Set(title),
            description: Set(description),
            opens_on: Set(opens_on),
            closes_on: Set(closes_on),
            latitude: Set(place.map(|p| p.0)),
            longitude: Set(place.map(|p| p.1)),
            documents: Set(LinksJson(Vec::new())),
            response: Set(response.map(str::to_owned)),
            response_published_at: Set(response.map(|_| crate::core::clock::now())),
            survey: Set(consultation::QuestionsJson(survey)),
            ..Default::default()
        }
        .insert(db)
        .await?;
        if response.is_some() {
            closed_id = Some(saved.id);
        }
    }
    // The closed consultation's answers, from the demo accounts, so its results show.
    if let Some(consultation_id) = closed_id {
        let answers = [("citizen@raekoda.test", 0, 5), ("owner@raekoda.test", 0, 4), ("steward@raekoda.test", 1, 2), ("moderator@raekoda.test", 0, 4)];
        for (email, choice, rating) in answers {
            let Some(person) = crate::accounts::entity::user::Entity::find().filter(crate::accounts::entity::user::Column::Email.eq(email)).one(db).await? else { continue };
            survey_response::ActiveModel {
                consultation_id: Set(consultation_id),
                user_id: Set(person.id),
                answers: Set(survey_response::AnswersJson(vec![Some(Answer::Choice(choice)), Some(Answer::Rating(rating))])),
                created_at: Set(crate::core::clock::now()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    seed_ideas(db, &topic_ids).await
}

/// Three ideas, one in each state, two of them placed on the map. Their support counts
/// stand for earlier supporters who are not demo accounts.
async fn seed_ideas(db: &DatabaseConnection, topic_ids: &[i32]) -> Result<(), AppError> {
    use crate::accounts::entity::user;
    use crate::participation::entity::idea;
    use crate::participation::ideas::IdeaStatus;
    let author = |email: &'static str| async move { user::Entity::find().filter(user::Column::Email.eq(email)).one(db).await.map(|u| u.map(|u| u.id)) };
    let (energy, waste, mobility) = (topic_ids[0], topic_ids[1], topic_ids[2]);
    let ideas = [
        (
            mobility,
            author("citizen@raekoda.test").await?,
            "Rattaparkla Raekoja platsi äärde",
            "Raekoja platsil pole kohta, kuhu ratas lukustada, ja rattad seisavad puude ja pinkide küljes. Paar kaarekujulist hoidlat platsi serval lahendaks selle.",
            Some((58.38011, 26.72223)),
            IdeaStatus::Collecting,
            37,
            None,
        ),
        (
            waste,
            author("steward@raekoda.test").await?,
            "Pakendikonteiner Karlova parki",
            "Karlova pargi ümbruses on lähim pakendikonteiner üle kilomeetri kaugusel. Pargi servas oleks see paljudele kodudele käe-jala juures.",
            Some((58.37010, 26.74030)),
            IdeaStatus::InReview,
            52,
            None,
        ),
        (
            energy,
            author("owner@raekoda.test").await?,
            "Päikesepaneelid raamatukogu katusele",
            "Linnaraamatukogu lame katus on päikese käes suurema osa päevast. Paneelid kataksid osa hoone elektrist ja näitaksid head eeskuju.",
            None,
            IdeaStatus::Answered,
            61,
            Some("Aitäh! Raamatukogu katus lisatakse 2027. aasta päikesepaneelide hanke hoonete nimekirja; tasuvusarvutus avaldatakse Energia teemalehel."),
        ),
    ];
    for (days_ago, (topic_id, author_id, title, description, place, status, supports, answer)) in ideas.into_iter().enumerate() {
        let created = crate::core::clock::now() - Duration::days(40 - 10 * days_ago as i64);
        idea::ActiveModel {
            topic_id: Set(topic_id),
            author_id: Set(author_id),
            title: Set(title.to_owned()),
            description: Set(description.to_owned()),
            latitude: Set(place.map(|p: (f64, f64)| p.0)),
            longitude: Set(place.map(|p: (f64, f64)| p.1)),
            status: Set(status.key().to_owned()),
            supports: Set(supports),
            created_at: Set(created),
            review_since: Set((status != IdeaStatus::Collecting).then(|| created + Duration::days(7))),
            answer: Set(answer.map(str::to_owned)),
            hidden: Set(false),
            hidden_reason: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

fn question(kind: QuestionKind, prompt: (&str, &str, &str), options: &[(&str, &str, &str)], required: bool) -> Question {
    Question {
        kind,
        prompt: Text::new(prompt.0, prompt.1).with_ru(prompt.2),
        options: options.iter().map(|o| Text::new(o.0, o.1).with_ru(o.2)).collect(),
        required,
    }
}

/// The open consultation's survey: one question of each kind.
fn waste_point_survey() -> Vec<Question> {
    vec![
        question(QuestionKind::SingleChoice, ("Kas kasutaksid uut jäätmejaama?", "Would you use a new waste point?", "Воспользовались бы вы новым пунктом приёма?"), &[("Jah", "Yes", "Да"), ("Ei", "No", "Нет"), ("Ei oska öelda", "Don't know", "Не знаю")], true),
        question(
            QuestionKind::MultipleChoice,
            ("Mida sinna tuua tahaksid?", "What would you bring there?", "Что бы вы туда приносили?"),
            &[("Paber ja papp", "Paper and cardboard", "Бумага и картон"), ("Klaas", "Glass", "Стекло"), ("Pakendid", "Packaging", "Упаковка"), ("Biojäätmed", "Biowaste", "Биоотходы"), ("Riided", "Clothes", "Одежда")],
            false,
        ),
        question(QuestionKind::Rating, ("Kui rahul oled praeguste jäätmejaamadega?", "How satisfied are you with today's waste points?", "Насколько вы довольны нынешними пунктами?"), &[], true),
        question(QuestionKind::FreeText, ("Mida veel peaksime teadma?", "What else should we know?", "Что ещё нам следует знать?"), &[], false),
        question(QuestionKind::Pin, ("Kuhu jäätmejaam sobiks?", "Where would a waste point fit?", "Где уместен пункт приёма?"), &[], false),
    ]
}

/// The closed consultation's survey and a few answers, so its results show.
fn solar_survey() -> Vec<Question> {
    vec![
        question(QuestionKind::SingleChoice, ("Kas toetad päikesepaneele koolide katustel?", "Do you support solar panels on school roofs?", "Поддерживаете ли вы солнечные панели на крышах школ?"), &[("Jah", "Yes", "Да"), ("Ei", "No", "Нет")], true),
        question(QuestionKind::Rating, ("Kui oluline on see sinu jaoks?", "How important is it to you?", "Насколько это важно для вас?"), &[], true),
    ]
}
