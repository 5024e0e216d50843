//! Tartu demo institutions and rooms. The Auditoorium of Hugo Treffneri Gümnaasium and
//! Tartu City Library's conference hall are as the city's own booking site shows them;
//! the rest are believable. Contacts are invented people at `.test` addresses.

use chrono::{NaiveTime, Weekday};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

use crate::error::AppError;
use crate::rooms::entity::{institution, room};
use crate::rooms::model::{AccessibilityFact as A, Feature as F, InstitutionKind, Layout, LayoutKind as L, RoomSettings};
use crate::rooms::rules::{AddOn, BookingRules, CancellationPolicy, DayRate, Pricing, WeeklyWindow};

struct InstitutionSeed {
    slug: &'static str,
    name: &'static str,
    kind: InstitutionKind,
    address: &'static str,
    district: &'static str,
    position: (f64, f64),
    description_et: &'static str,
    description_en: &'static str,
}

const INSTITUTIONS: &[InstitutionSeed] = &[
    InstitutionSeed {
        slug: "hugo-treffneri-gumnaasium",
        name: "Hugo Treffneri Gümnaasium",
        kind: InstitutionKind::School,
        address: "Munga tn 12, Tartu linn, Tartu maakond",
        district: "Kesklinn",
        position: (58.3811, 26.7206),
        description_et: "Gümnaasium Toomemäe jalamil. Õhtuti ja nädalavahetustel saab rentida auditooriumi ja klassiruume.",
        description_en: "An upper-secondary school at the foot of Toome Hill. Its auditorium and classrooms can be rented in the evenings.",
    },
    InstitutionSeed {
        slug: "tartu-linnaraamatukogu",
        name: "Tartu Linnaraamatukogu",
        kind: InstitutionKind::Library,
        address: "Kompanii 3/5, Tartu linn",
        district: "Kesklinn",
        position: (58.3799, 26.7232),
        description_et: "Linna keskraamatukogu Raekoja platsi lähedal: konverentsisaal, seminariruumid ja näitusesaal.",
        description_en: "The city's central library near Town Hall Square: a conference hall, seminar rooms and an exhibition hall.",
    },
    InstitutionSeed {
        slug: "annelinna-raamatukogu",
        name: "Tartu Linnaraamatukogu Annelinna haruraamatukogu",
        kind: InstitutionKind::Library,
        address: "Kaunase pst 23, Tartu linn",
        district: "Annelinn",
        position: (58.3735, 26.7740),
        description_et: "Annelinna haruraamatukogu kaubanduskeskuse kõrval.",
        description_en: "The Annelinn branch library next to the shopping centre.",
    },
    InstitutionSeed {
        slug: "tartu-lille-maja",
        name: "Tartu Lille Maja",
        kind: InstitutionKind::CultureCentre,
        address: "Lille 9, Tartu linn",
        district: "Tähtvere",
        position: (58.3855, 26.7135),
        description_et: "Kogukonnamaja huviringide, koosolekute ja väikeste kontsertide jaoks.",
        description_en: "A community house for hobby groups, meetings and small concerts.",
    },
    InstitutionSeed {
        slug: "anne-noortekeskus",
        name: "Tartu Anne Noortekeskus",
        kind: InstitutionKind::YouthCentre,
        address: "Kaunase pst 11, Tartu linn",
        district: "Annelinn",
        position: (58.3720, 26.7600),
        description_et: "Noortekeskus, kus saab rentida tantsusaali ja stuudiot.",
        description_en: "A youth centre with a dance hall and a studio to rent.",
    },
    InstitutionSeed {
        slug: "karlova-seltsimaja",
        name: "Karlova Seltsimaja",
        kind: InstitutionKind::CultureCentre,
        address: "Tähe 56, Tartu linn",
        district: "Karlova",
        position: (58.3672, 26.7318),
        description_et: "Puitasumi seltsimaja saali ja köögiga.",
        description_en: "The wooden quarter's community house with a hall and a kitchen.",
    },
    InstitutionSeed {
        slug: "jaan-poska-gumnaasium",
        name: "Tartu Jaan Poska Gümnaasium",
        kind: InstitutionKind::School,
        address: "Tähe 4, Tartu linn",
        district: "Karlova",
        position: (58.3710, 26.7260),
        description_et: "Gümnaasium, mille aula ja arvutiklass on õhtuti renditavad.",
        description_en: "An upper-secondary school whose assembly hall and computer room can be rented in the evenings.",
    },
    InstitutionSeed {
        slug: "annelinna-spordihall",
        name: "Annelinna Spordihall",
        kind: InstitutionKind::SportsHall,
        address: "Kaunase pst 69, Tartu linn",
        district: "Annelinn",
        position: (58.3790, 26.7860),
        description_et: "Spordihall palli- ja saalispordiks, aeroobikasaal ja jõusaal.",
        description_en: "A sports hall for ball and indoor sports, an aerobics room and a gym.",
    },
];

fn t(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).expect("valid time")
}

const WORKDAYS: [Weekday; 5] = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri];
const EVERY_DAY: [Weekday; 7] = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

fn hours(days: &[Weekday], from: (u32, u32), to: (u32, u32)) -> Vec<WeeklyWindow> {
    days.iter().map(|&weekday| WeeklyWindow { weekday, start: t(from.0, from.1), end: t(to.0, to.1) }).collect()
}

struct RoomSeed {
    institution: &'static str,
    slug: &'static str,
    name: &'static str,
    description_et: &'static str,
    description_en: &'static str,
    area_dm2: i32,
    layouts: Vec<Layout>,
    features: Vec<F>,
    accessibility: Vec<A>,
    hourly_cents: i64,
    day_rate: Option<DayRate>,
    add_ons: Vec<AddOn>,
    weekly: Vec<WeeklyWindow>,
    featured: bool,
}

fn layouts(list: &[(L, u32)]) -> Vec<Layout> {
    list.iter().map(|&(kind, capacity)| Layout { kind, capacity }).collect()
}

#[allow(clippy::too_many_arguments)]
fn simple(
    institution: &'static str,
    slug: &'static str,
    name: &'static str,
    description: (&'static str, &'static str),
    area_dm2: i32,
    capacity: &[(L, u32)],
    features: &[F],
    accessibility: &[A],
    hourly_cents: i64,
    weekly: Vec<WeeklyWindow>,
) -> RoomSeed {
    RoomSeed {
        institution,
        slug,
        name,
        description_et: description.0,
        description_en: description.1,
        area_dm2,
        layouts: layouts(capacity),
        features: features.to_vec(),
        accessibility: accessibility.to_vec(),
        hourly_cents,
        day_rate: None,
        add_ons: Vec::new(),
        weekly,
        featured: false,
    }
}

fn rooms() -> Vec<RoomSeed> {
    let evenings = || hours(&WORKDAYS, (17, 0), (21, 0));
    let library_hours = || hours(&WORKDAYS, (10, 0), (18, 0));
    let long_days = || hours(&EVERY_DAY, (8, 0), (22, 0));
    let step_free = [A::StepFreeAccess, A::AccessibleToilet];
    vec![
        // The source's own example, exactly.
        RoomSeed {
            institution: "hugo-treffneri-gumnaasium",
            slug: "htg-auditoorium",
            name: "Auditoorium",
            description_et: "Ruumis on võimalik korraldada koolitusi, seminare, koosolekuid. Avar sundventilatsiooniga ruum, mis mahutab ca 100 inimest. Laudadele paigaldatud pistikupesad sülearvutite akude laadimiseks.",
            description_en: "A room for trainings, seminars and meetings. Spacious, with forced ventilation, for about 100 people. Sockets on the desks for charging laptops.",
            area_dm2: 21_200,
            layouts: layouts(&[(L::Theatre, 100)]),
            features: vec![F::ForcedVentilation, F::DeskSockets, F::Projector, F::Screen, F::SoundSystem],
            accessibility: vec![A::StepFreeAccess],
            hourly_cents: 5_000,
            day_rate: None,
            add_ons: Vec::new(),
            weekly: evenings(),
            featured: true,
        },
        simple("hugo-treffneri-gumnaasium", "htg-klassiruum-204", "Klassiruum 204", ("Valge tahvli ja projektoriga klassiruum.", "A classroom with a whiteboard and a projector."), 6_200, &[(L::Tables, 30)], &[F::Whiteboard, F::Projector, F::Wifi], &[], 2_000, evenings()),
        simple("hugo-treffneri-gumnaasium", "htg-vana-aula", "Vana aula", ("Ajalooline aula klaveri ja lavaga.", "The historic assembly hall with a piano and a stage."), 18_000, &[(L::Theatre, 150), (L::Standing, 200)], &[F::Piano, F::Stage, F::SoundSystem], &[], 8_000, evenings()),
        // Tartu City Library's conference hall, as the source lists it.
        RoomSeed {
            institution: "tartu-linnaraamatukogu",
            slug: "linnaraamatukogu-konverentsisaal",
            name: "Konverentsisaal",
            description_et: "Konverentsisaal seminarideks, esitlusteks ja kohtumisteks.",
            description_en: "A conference hall for seminars, presentations and meetings.",
            area_dm2: 9_720,
            layouts: layouts(&[(L::Theatre, 85)]),
            features: vec![F::Projector, F::Screen, F::SoundSystem, F::Microphones, F::Wifi],
            accessibility: vec![A::StepFreeAccess, A::AccessibleToilet, A::Lift, A::HearingLoop],
            hourly_cents: 3_000,
            day_rate: Some(DayRate { cents: 15_000, window_start: t(10, 0), window_end: t(18, 0) }),
            add_ons: vec![
                AddOn { key: "equipment".into(), per_hour_cents: Some(500), per_day_cents: Some(2_500) },
                AddOn { key: "technical_assistance".into(), per_hour_cents: Some(700), per_day_cents: None },
            ],
            weekly: library_hours(),
            featured: true,
        },
        simple("tartu-linnaraamatukogu", "linnaraamatukogu-seminariruum", "Seminariruum", ("Väike ruum koosolekuteks ja õpitubadeks.", "A small room for meetings and workshops."), 4_000, &[(L::Tables, 16)], &[F::Whiteboard, F::Screen, F::Wifi, F::VideoConference], &[A::StepFreeAccess, A::Lift], 1_500, library_hours()),
        simple("tartu-linnaraamatukogu", "linnaraamatukogu-naitusesaal", "Näitusesaal", ("Valgusküllane saal näitusteks ja vastuvõttudeks.", "A bright hall for exhibitions and receptions."), 15_000, &[(L::Standing, 120)], &[F::Wifi, F::SoundSystem], &[A::StepFreeAccess, A::Lift, A::AccessibleToilet], 4_000, library_hours()),
        // The branch auditorium: 40 seats, or 15 at tables.
        simple("annelinna-raamatukogu", "annelinna-raamatukogu-auditoorium", "Auditoorium", ("Haruraamatukogu auditoorium: 40 istekohta või 15 laudade taga.", "The branch library's auditorium: 40 seats, or 15 when tables are used."), 6_000, &[(L::Theatre, 40), (L::Tables, 15)], &[F::Projector, F::Screen, F::Wifi], &step_free, 1_500, library_hours()),
        simple("annelinna-raamatukogu", "annelinna-raamatukogu-lugemissaal", "Lugemissaal", ("Vaikne ruum õppimiseks ja väikesteks kohtumisteks.", "A quiet room for study and small meetings."), 5_000, &[(L::Tables, 12)], &[F::Wifi, F::DeskSockets], &step_free, 1_000, library_hours()),
        simple("annelinna-raamatukogu", "annelinna-raamatukogu-lastetuba", "Lastetuba", ("Lasteürituste ja jutuhommikute tuba.", "A room for children's events and story mornings."), 3_500, &[(L::Open, 20)], &[F::Whiteboard], &step_free, 800, library_hours()),
        simple("tartu-lille-maja", "lille-maja-saal", "Suur saal", ("Lavaga saal kontsertideks ja etendusteks.", "A hall with a stage for concerts and performances."), 16_000, &[(L::Theatre, 120), (L::Tables, 60)], &[F::Stage, F::Piano, F::SoundSystem, F::Microphones], &step_free, 4_500, long_days()),
        simple("tartu-lille-maja", "lille-maja-ringiruum", "Ringiruum", ("Ruum huviringidele ja koosolekuteks.", "A room for hobby groups and meetings."), 4_500, &[(L::Tables, 20)], &[F::Whiteboard, F::Kitchen], &step_free, 1_200, long_days()),
        simple("tartu-lille-maja", "lille-maja-kunstistuudio", "Kunstistuudio", ("Valgusküllane stuudio kunstiringidele.", "A bright studio for art groups."), 5_500, &[(L::Tables, 18)], &[F::Wifi], &[], 1_500, long_days()),
        simple("anne-noortekeskus", "anne-tantsusaal", "Tantsusaal", ("Peeglite ja helisüsteemiga tantsusaal.", "A dance hall with mirrors and a sound system."), 12_000, &[(L::Open, 30)], &[F::SoundSystem, F::SportsFloor], &step_free, 2_500, long_days()),
        simple("anne-noortekeskus", "anne-stuudio", "Helistuudio", ("Väike helistuudio bändiproovideks.", "A small studio for band rehearsals."), 3_000, &[(L::Open, 8)], &[F::SoundSystem, F::Microphones], &[], 1_500, long_days()),
        simple("anne-noortekeskus", "anne-noortetuba", "Noortetuba", ("Hubane tuba kohtumisteks ja mängudeks.", "A cosy room for meetings and games."), 6_000, &[(L::Tables, 25), (L::Standing, 40)], &[F::Kitchen, F::Wifi, F::Screen], &step_free, 1_000, long_days()),
        simple("karlova-seltsimaja", "karlova-saal", "Saal", ("Puitasumi seltsimaja saal koosolekuteks ja pidudeks.", "The community house hall for meetings and parties."), 9_000, &[(L::Tables, 50), (L::Theatre, 70)], &[F::Kitchen, F::SoundSystem, F::Piano], &[A::StepFreeAccess], 2_500, long_days()),
        simple("karlova-seltsimaja", "karlova-kook", "Köök", ("Suur köök kokkamisõpitubadeks.", "A large kitchen for cooking workshops."), 3_500, &[(L::Standing, 15)], &[F::Kitchen], &[A::StepFreeAccess], 1_500, long_days()),
        simple("karlova-seltsimaja", "karlova-aiamaja", "Aiamaja", ("Aiamaja suviste ürituste jaoks.", "A garden house for summer events."), 4_000, &[(L::Tables, 20)], &[], &[], 1_000, long_days()),
        simple("jaan-poska-gumnaasium", "poska-aula", "Aula", ("Suur aula lava, helisüsteemi ja klaveriga.", "A large assembly hall with a stage, sound system and piano."), 25_000, &[(L::Theatre, 250), (L::Standing, 300)], &[F::Stage, F::SoundSystem, F::Microphones, F::Projector, F::Piano], &[A::StepFreeAccess, A::AccessibleToilet, A::HearingLoop], 9_000, evenings()),
        simple("jaan-poska-gumnaasium", "poska-arvutiklass", "Arvutiklass", ("Klass 24 arvutiga koolitusteks.", "A classroom with 24 computers for trainings."), 7_000, &[(L::Tables, 24)], &[F::Projector, F::Wifi, F::DeskSockets], &[A::StepFreeAccess, A::Lift], 3_000, evenings()),
        simple("jaan-poska-gumnaasium", "poska-keemiaklass", "Keemiaklass", ("Laboriklass õpitubadeks.", "A laboratory classroom for workshops."), 6_500, &[(L::Tables, 28)], &[F::ForcedVentilation, F::Whiteboard], &[], 2_000, evenings()),
        simple("jaan-poska-gumnaasium", "poska-raamatukogu", "Kooli raamatukogu", ("Vaikne ruum arutelude ja raamatuklubide jaoks.", "A quiet room for discussions and book clubs."), 8_000, &[(L::Tables, 30)], &[F::Wifi], &[A::StepFreeAccess, A::Lift], 1_800, evenings()),
        simple("annelinna-spordihall", "annelinna-spordisaal", "Spordisaal", ("Suur saal korv-, võrk- ja saalijalgpalliks.", "A large hall for basketball, volleyball and futsal."), 120_000, &[(L::Open, 60)], &[F::SportsFloor, F::SoundSystem], &[A::StepFreeAccess, A::AccessibleToilet, A::AccessibleParking], 6_000, long_days()),
        simple("annelinna-spordihall", "annelinna-aeroobikasaal", "Aeroobikasaal", ("Peeglitega saal rühmatreeninguteks.", "A room with mirrors for group training."), 15_000, &[(L::Open, 25)], &[F::SportsFloor, F::SoundSystem], &[A::StepFreeAccess, A::AccessibleToilet], 2_500, long_days()),
        simple("annelinna-spordihall", "annelinna-joususaal", "Jõusaal", ("Jõusaal treeneriga rühmadele.", "A gym for groups with their own coach."), 10_000, &[(L::Open, 15)], &[F::SportsFloor], &[A::StepFreeAccess], 2_000, long_days()),
        simple("annelinna-spordihall", "annelinna-koosolekuruum", "Koosolekuruum", ("Väike ruum treenerite ja klubide koosolekuteks.", "A small room for coaches' and clubs' meetings."), 3_000, &[(L::Tables, 12)], &[F::Screen, F::Wifi], &[A::StepFreeAccess], 1_000, long_days()),
    ]
}

/// Loads the institutions and rooms that are not there yet (by slug).
pub async fn seed_rooms(db: &DatabaseConnection) -> Result<(), AppError> {
    for seed in INSTITUTIONS {
        if institution::Entity::find().filter(institution::Column::Slug.eq(seed.slug)).one(db).await?.is_some() {
            continue;
        }
        institution::ActiveModel {
            slug: Set(seed.slug.to_owned()),
            name: Set(seed.name.to_owned()),
            kind: Set(seed.kind.key().to_owned()),
            address: Set(seed.address.to_owned()),
            district: Set(seed.district.to_owned()),
            latitude: Set(seed.position.0),
            longitude: Set(seed.position.1),
            description_et: Set(seed.description_et.to_owned()),
            description_en: Set(Some(seed.description_en.to_owned())),
            description_ru: Set(None),
            contact_email: Set(format!("info@{}.test", seed.slug)),
            contact_phone: Set("+372 736 1000".to_owned()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    for (index, seed) in rooms().into_iter().enumerate() {
        if room::Entity::find().filter(room::Column::Slug.eq(seed.slug)).one(db).await?.is_some() {
            continue;
        }
        let owner = institution::Entity::find()
            .filter(institution::Column::Slug.eq(seed.institution))
            .one(db)
            .await?
            .ok_or(AppError::Internal)?;
        let settings = RoomSettings {
            rules: BookingRules {
                weekly: seed.weekly,
                closed_dates: Vec::new(),
                slot_minutes: 30,
                min_duration_minutes: 60,
                max_duration_minutes: 8 * 60,
                buffer_minutes: 30,
                min_notice_hours: 24,
                max_advance_days: 180,
                capacity: seed.layouts.iter().map(|l| l.capacity).max().unwrap_or(0),
            },
            layouts: seed.layouts,
            features: seed.features,
            accessibility: seed.accessibility,
            pricing: Pricing { hourly_cents: seed.hourly_cents, day_rate: seed.day_rate, non_profit_percent: 50, city_institution_percent: 0 },
            add_ons: seed.add_ons,
            cancellation: CancellationPolicy { free_until_days: 7, fee_percent: 50 },
            phone_hours: hours(&WORKDAYS, (10, 0), (16, 0)),
        };
        let contact = CONTACTS[index % CONTACTS.len()];
        room::ActiveModel {
            institution_id: Set(owner.id),
            slug: Set(seed.slug.to_owned()),
            name: Set(seed.name.to_owned()),
            description_et: Set(seed.description_et.to_owned()),
            description_en: Set(Some(seed.description_en.to_owned())),
            description_ru: Set(None),
            terms_et: Set(TERMS_ET.to_owned()),
            terms_en: Set(Some(TERMS_EN.to_owned())),
            terms_ru: Set(None),
            area_dm2: Set(seed.area_dm2),
            max_capacity: Set(settings.max_capacity() as i32),
            hourly_cents: Set(seed.hourly_cents),
            contact_name: Set(contact.0.to_owned()),
            contact_email: Set(format!("{}@{}.test", contact.1, seed.institution)),
            contact_phone: Set("+372 746 1715".to_owned()),
            featured: Set(seed.featured),
            settings: Set(room::SettingsJson(settings)),
            updated_at: Set(Some(crate::core::clock::now())),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Invented room contacts: (name, mailbox).
const CONTACTS: &[(&str, &str)] = &[("Ott Oja", "ott.oja"), ("Liis Lepp", "liis.lepp"), ("Marko Mänd", "marko.mand"), ("Kärt Kask", "kart.kask")];

const TERMS_ET: &str = "Ruum antakse üle ja võetakse vastu kokkulepitud ajal. Ruumis ei tohi suitsetada ega kasutada lahtist tuld. Kahjud hüvitab rentija.";
const TERMS_EN: &str = "The room is handed over and taken back at the agreed times. No smoking or open fire. The renter pays for any damage.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_enough_rooms_and_every_one_has_an_institution() {
        let rooms = rooms();
        assert!(INSTITUTIONS.len() >= 8);
        assert!(rooms.len() >= 25);
        for room in &rooms {
            assert!(INSTITUTIONS.iter().any(|i| i.slug == room.institution), "{}", room.slug);
            assert!(!room.layouts.is_empty() && !room.weekly.is_empty(), "{}", room.slug);
        }
        let mut slugs: Vec<_> = rooms.iter().map(|r| r.slug).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), rooms.len(), "room slugs are unique");
    }
}
