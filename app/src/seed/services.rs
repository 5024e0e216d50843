//! Tartu's service catalogue at the source's scale, generated from building blocks: the
//! kinds of service a city offers, city-wide, per district, and per subdivision (schools,
//! kindergartens, libraries, museums, cemeteries, sports and youth centres). About sixty
//! invented officials own them; a share has no owner or is overdue for review, so the
//! service map has something to show. Deterministic: the same data on every machine.

use chrono::{Duration, NaiveDate};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, Set};

use crate::error::AppError;
use crate::services::entity::{department, service, service_owner};
use crate::services::model::{Audience as Au, Channel, Keywords, LifeEvent as L, ServiceDetails, ServiceStatus, Text, Topic as T};

struct Dept {
    slug: &'static str,
    et: &'static str,
    en: &'static str,
    ru: &'static str,
}

const DEPARTMENTS: &[Dept] = &[
    Dept { slug: "haridusosakond", et: "Haridusosakond", en: "Education Department", ru: "Отдел образования" },
    Dept { slug: "sotsiaal-ja-tervishoiuosakond", et: "Sotsiaal- ja tervishoiuosakond", en: "Social Welfare and Health Care Department", ru: "Отдел социального обеспечения и здравоохранения" },
    Dept { slug: "linnamajanduse-osakond", et: "Linnamajanduse osakond", en: "Municipal Services Department", ru: "Отдел городского хозяйства" },
    Dept { slug: "linnaplaneerimise-osakond", et: "Linnaplaneerimise ja maakorralduse osakond", en: "Urban Planning and Land Management Department", ru: "Отдел городского планирования и землеустройства" },
    Dept { slug: "kultuuriosakond", et: "Kultuuriosakond", en: "Culture Department", ru: "Отдел культуры" },
    Dept { slug: "spordi-ja-noorsooosakond", et: "Spordi- ja noorsootöö osakond", en: "Sport and Youth Department", ru: "Отдел спорта и работы с молодёжью" },
    Dept { slug: "ettevotluse-osakond", et: "Ettevõtluse osakond", en: "Business Department", ru: "Отдел предпринимательства" },
    Dept { slug: "linnakantselei", et: "Linnakantselei", en: "City Office", ru: "Городская канцелярия" },
];

/// One kind of service. `{}` in the names is replaced by the subdivision or district.
struct Kind {
    slug: &'static str,
    et: &'static str,
    en: &'static str,
    ru: &'static str,
    about_et: &'static str,
    about_en: &'static str,
    dept: usize,
    topics: &'static [T],
    events: &'static [L],
    audiences: &'static [Au],
    digital: bool,
    cost_et: &'static str,
    cost_en: &'static str,
    days: u32,
    law: &'static str,
    keywords: Words,
}

/// Search words as (Estonian, English, Russian).
type Words = (&'static [&'static str], &'static [&'static str], &'static [&'static str]);

macro_rules! kind {
    ($slug:literal, $et:literal, $en:literal, $ru:literal, $about_et:literal, $about_en:literal, $dept:expr, $topics:expr, $events:expr, $aud:expr, $digital:expr, $cost_et:literal, $cost_en:literal, $days:expr, $law:literal, $kw:expr) => {
        Kind { slug: $slug, et: $et, en: $en, ru: $ru, about_et: $about_et, about_en: $about_en, dept: $dept, topics: $topics, events: $events, audiences: $aud, digital: $digital, cost_et: $cost_et, cost_en: $cost_en, days: $days, law: $law, keywords: $kw }
    };
}

const FREE: (&str, &str) = ("Tasuta", "Free");

/// City-wide services.
const CITY: &[Kind] = &[
    kind!("lasteaiakoha-taotlemine", "Lasteaiakoha taotlemine", "Applying for a kindergarten place", "Заявление на место в детском саду", "Taotle lapsele koht Tartu munitsipaallasteaias. Järjekorda saab panna lapse sünnist alates.", "Apply for a place for your child in a Tartu municipal kindergarten. Children can be put in the queue from birth.", 0, &[T::Education], &[L::Baby], &[Au::Families], true, "Tasuta", "Free", 30, "Koolieelse lasteasutuse seadus § 10", (&["lasteaed", "lasteaiajärjekord"], &["kindergarten"], &["детский сад"])),
    kind!("lasteaia-kohatasu-soodustus", "Lasteaia kohatasu soodustus", "Kindergarten fee reduction", "Льгота по оплате детского сада", "Vähendatud kohatasu perele, kus on mitu last lasteaias või väike sissetulek.", "A reduced kindergarten fee for families with several children in kindergarten or a low income.", 0, &[T::Education, T::FamilySocial], &[L::Baby], &[Au::Families], true, "Tasuta", "Free", 14, "Tartu Linnavolikogu määrus nr 93", (&["lasteaed", "kohatasu"], &["kindergarten fee"], &[])),
    kind!("lapsehoiuteenus", "Lapsehoiuteenus", "Childcare service", "Услуга по уходу за ребёнком", "Lapsehoid lapsele, kellele ei ole lasteaiakohta või kellel on erivajadus.", "Childcare for a child without a kindergarten place or with special needs.", 0, &[T::Education, T::FamilySocial], &[L::Baby], &[Au::Families], true, "Osaliselt tasuline", "Partly paid", 21, "Sotsiaalhoolekande seadus § 45", (&["lapsehoid"], &["childcare"], &[])),
    kind!("kooli-elukohajargne-maaramine", "Elukohajärgse kooli määramine", "Assigning a school by address", "Назначение школы по месту жительства", "Linn määrab esimesse klassi mineva lapse elukohajärgse kooli.", "The city assigns a school near home to a child starting first grade.", 0, &[T::Education], &[L::School], &[Au::Families], true, "Tasuta", "Free", 60, "Põhikooli- ja gümnaasiumiseadus § 10", (&["kool", "esimene klass"], &["school place"], &[])),
    kind!("koolitoetus", "Koolitoetus", "School start allowance", "Пособие к началу учебного года", "Ühekordne toetus kooli minevale lapsele õppevahendite ostmiseks.", "A one-off allowance for school supplies for a child starting school.", 1, &[T::FamilySocial, T::Education], &[L::School], &[Au::Families], true, "Tasuta", "Free", 14, "Tartu Linnavolikogu määrus nr 19", (&["toetus", "kool"], &["allowance"], &[])),
    kind!("sunnitoetus", "Sünnitoetus", "Birth allowance", "Пособие при рождении ребёнка", "Linna toetus vastsündinu vanemale, kui pere elab Tartus.", "The city's allowance for the parent of a newborn living in Tartu.", 1, &[T::FamilySocial], &[L::Baby], &[Au::Families], true, "Tasuta", "Free", 10, "Tartu Linnavolikogu määrus nr 19", (&["sünd", "beebi", "toetus"], &["birth"], &[])),
    kind!("toimetulekutoetus", "Toimetulekutoetus", "Subsistence benefit", "Пособие по прожиточному минимуму", "Riiklik toetus, kui pere sissetulek jääb alla toimetulekupiiri.", "A state benefit when a household's income is below the subsistence level.", 1, &[T::FamilySocial], &[], &[Au::Residents], true, "Tasuta", "Free", 5, "Sotsiaalhoolekande seadus § 131", (&["toetus", "sissetulek"], &["benefit"], &[])),
    kind!("matusetoetus", "Matusetoetus", "Funeral allowance", "Пособие на похороны", "Toetus lähedase matusekulude katteks.", "An allowance towards the costs of a relative's funeral.", 1, &[T::FamilySocial], &[L::Bereavement], &[Au::Residents], true, "Tasuta", "Free", 10, "Tartu Linnavolikogu määrus nr 19", (&["matus", "surm"], &["funeral"], &[])),
    kind!("koduteenus", "Koduteenus", "Home care service", "Услуга помощи на дому", "Abi kodustes toimingutes eakale või puudega inimesele.", "Help with daily tasks at home for an older or disabled person.", 1, &[T::FamilySocial, T::Health], &[L::Retiring], &[Au::Seniors], false, "Tunnitasu vastavalt sissetulekule", "An hourly fee by income", 30, "Sotsiaalhoolekande seadus § 17", (&["eakas", "hooldus"], &["home care"], &[])),
    kind!("isikliku-abistaja-teenus", "Isikliku abistaja teenus", "Personal assistant service", "Услуга личного помощника", "Abistaja puudega inimesele igapäevatoimingutes.", "An assistant for a disabled person's daily activities.", 1, &[T::FamilySocial, T::Health], &[], &[Au::Residents], false, "Tasuta", "Free", 30, "Sotsiaalhoolekande seadus § 23", (&["puue", "abistaja"], &[], &[])),
    kind!("sotsiaaleluruum", "Sotsiaaleluruumi taotlemine", "Applying for social housing", "Заявление на социальное жильё", "Eluruum inimesele, kes ei suuda endale ise eluaset tagada.", "A home for a person who cannot find housing on their own.", 1, &[T::FamilySocial, T::Housing], &[L::Moving], &[Au::Residents], false, "Üür vastavalt lepingule", "Rent by contract", 60, "Sotsiaalhoolekande seadus § 41", (&["eluase", "korter"], &["housing"], &[])),
    kind!("elukoha-registreerimine", "Elukoha registreerimine", "Registering your address", "Регистрация места жительства", "Teata oma uus elukoht rahvastikuregistrisse.", "Register your new address in the population register.", 7, &[T::CityGovernment], &[L::Moving], &[Au::Residents], true, "Tasuta", "Free", 10, "Rahvastikuregistri seadus § 44", (&["elukoht", "sissekirjutus"], &["address"], &["прописка"])),
    kind!("elaniku-parkimisluba", "Elaniku parkimisluba", "Resident parking permit", "Разрешение на парковку для жителей", "Parkimisluba kesklinna tsoonis elavale inimesele.", "A parking permit for people living in the city-centre zone.", 2, &[T::Transport], &[L::Moving], &[Au::Residents], true, "30 € aastas", "30 € per year", 5, "Tartu Linnavolikogu määrus nr 47", (&["parkimine", "parkimisluba"], &["parking"], &[])),
    kind!("ettevotte-parkimisluba", "Ettevõtte parkimisluba", "Business parking permit", "Разрешение на парковку для предприятий", "Parkimisluba kesklinnas tegutsevale ettevõttele.", "A parking permit for businesses in the city centre.", 2, &[T::Transport, T::Business], &[], &[Au::Businesses], true, "300 € aastas", "300 € per year", 5, "Tartu Linnavolikogu määrus nr 47", (&["parkimine"], &["parking"], &[])),
    kind!("parkimistrahvi-vaidlustamine", "Parkimistrahvi vaidlustamine", "Disputing a parking fine", "Обжалование штрафа за парковку", "Vaidlusta parkimistasu nõue, kui arvad, et see on ekslik.", "Dispute a parking charge you believe is wrong.", 2, &[T::Transport], &[], &[Au::Residents], true, "Tasuta", "Free", 30, "Liiklusseadus § 1951", (&["parkimine", "trahv"], &["fine"], &[])),
    kind!("ehitusluba", "Ehitusloa taotlemine", "Applying for a building permit", "Заявление на разрешение на строительство", "Ehitusluba on vaja uue hoone ehitamiseks või hoone laiendamiseks.", "A building permit is needed to build a new building or extend one.", 3, &[T::Housing], &[L::Building], &[Au::Residents, Au::Businesses], true, "Riigilõiv vastavalt ehitise liigile", "A state fee by type of building", 30, "Ehitusseadustik § 38", (&["ehitus", "ehitusluba"], &["building permit"], &[])),
    kind!("kasutusluba", "Kasutusloa taotlemine", "Applying for an occupancy permit", "Заявление на разрешение на эксплуатацию", "Kasutusluba annab õiguse valminud hoonet kasutada.", "An occupancy permit allows a finished building to be used.", 3, &[T::Housing], &[L::Building], &[Au::Residents, Au::Businesses], true, "Riigilõiv", "A state fee", 30, "Ehitusseadustik § 50", (&["ehitus", "kasutusluba"], &[], &[])),
    kind!("projekteerimistingimused", "Projekteerimistingimuste taotlemine", "Applying for design conditions", "Заявление на проектные условия", "Tingimused hoone projekteerimiseks, kui detailplaneeringut ei ole.", "Conditions for designing a building where there is no detailed plan.", 3, &[T::Housing], &[L::Building], &[Au::Residents, Au::Businesses], true, "Tasuta", "Free", 30, "Ehitusseadustik § 26", (&["ehitus", "projekt"], &[], &[])),
    kind!("detailplaneering", "Detailplaneeringu algatamine", "Initiating a detailed plan", "Инициирование детальной планировки", "Taotle detailplaneeringu koostamist krundi kasutamise muutmiseks.", "Ask for a detailed plan to change how a plot is used.", 3, &[T::Housing], &[L::Building], &[Au::Businesses, Au::Residents], false, "Planeeringu koostamise kulud kannab huvitatud isik", "The applicant pays for drawing up the plan", 90, "Planeerimisseadus § 128", (&["planeering", "krunt"], &[], &[])),
    kind!("kaevetooluba", "Kaevetööluba", "Excavation permit", "Разрешение на земляные работы", "Luba kaevetöödeks tänaval või haljasalal.", "A permit for digging in a street or green area.", 2, &[T::Housing, T::Transport], &[], &[Au::Businesses], true, "Tasuta", "Free", 10, "Tartu Linnavolikogu määrus nr 88", (&["kaevamine", "tänav"], &[], &[])),
    kind!("raieluba", "Raieluba", "Tree felling permit", "Разрешение на вырубку деревьев", "Luba puu raiumiseks linnas.", "A permit to fell a tree in the city.", 2, &[T::Environment], &[L::Building], &[Au::Residents], true, "Tasuta", "Free", 20, "Looduskaitseseadus § 45", (&["puu", "raie"], &["tree"], &[])),
    kind!("jaatmekonteiner", "Jäätmekonteineri tellimine", "Ordering a waste container", "Заказ контейнера для отходов", "Telli segaolmejäätmete, pakendi või biojäätmete konteiner.", "Order a container for mixed, packaging or bio-waste.", 2, &[T::Environment], &[L::Moving, L::Building], &[Au::Residents, Au::Businesses], true, "Hind vastavalt konteinerile", "Priced by container", 7, "Jäätmeseadus § 66", (&["prügi", "jäätmed", "konteiner"], &["waste"], &[])),
    kind!("korraldatud-jaatmeveost-vabastus", "Korraldatud jäätmeveost vabastus", "Exemption from organised waste collection", "Освобождение от организованного вывоза отходов", "Ajutine vabastus, kui kinnistul keegi ei ela.", "A temporary exemption when nobody lives at the property.", 2, &[T::Environment], &[], &[Au::Residents], true, "Tasuta", "Free", 14, "Jäätmeseadus § 69", (&["jäätmed", "prügivedu"], &[], &[])),
    kind!("ohtlike-jaatmete-vastuvott", "Ohtlike jäätmete vastuvõtt", "Hazardous waste drop-off", "Приём опасных отходов", "Too patareid, ravimid ja värvid jäätmejaama.", "Bring batteries, medicines and paint to the waste station.", 2, &[T::Environment], &[], &[Au::Residents], false, "Tasuta", "Free", 0, "Jäätmeseadus § 31", (&["jäätmed", "jäätmejaam"], &[], &[])),
    kind!("avaliku-urituse-luba", "Avaliku ürituse korraldamise luba", "Public event permit", "Разрешение на публичное мероприятие", "Luba avaliku ürituse korraldamiseks linnaruumis.", "A permit to hold a public event in the city.", 4, &[T::CultureSport], &[], &[Au::NonProfits, Au::Businesses], true, "Tasuta", "Free", 14, "Korrakaitseseadus § 59", (&["üritus", "luba"], &["event"], &[])),
    kind!("kultuuriprojekti-toetus", "Kultuuriprojekti toetus", "Culture project grant", "Грант на культурный проект", "Toetus kultuurisündmuse või -projekti korraldamiseks.", "A grant for organising a cultural event or project.", 4, &[T::CultureSport], &[], &[Au::NonProfits], true, "Tasuta", "Free", 45, "Tartu Linnavolikogu määrus nr 62", (&["toetus", "kultuur"], &["grant"], &[])),
    kind!("sporditoetus", "Spordiklubi tegevustoetus", "Sports club grant", "Грант спортивному клубу", "Toetus noorte treeningute korraldamiseks.", "A grant for running training for young people.", 5, &[T::CultureSport], &[], &[Au::NonProfits, Au::YoungPeople], true, "Tasuta", "Free", 45, "Tartu Linnavolikogu määrus nr 58", (&["sport", "toetus", "klubi"], &["sport"], &[])),
    kind!("huvihariduse-toetus", "Huvihariduse toetus", "Hobby education support", "Поддержка дополнительного образования", "Toetus lapse huviringi tasu katteks.", "Support towards a child's hobby-group fee.", 5, &[T::Education, T::CultureSport], &[], &[Au::Families, Au::YoungPeople], true, "Tasuta", "Free", 21, "Noorsootöö seadus § 8", (&["huviring", "toetus"], &[], &[])),
    kind!("ettevotlustoetus", "Alustava ettevõtja toetus", "Start-up grant", "Грант начинающему предпринимателю", "Toetus Tartus alustavale ettevõttele.", "A grant for a business starting in Tartu.", 6, &[T::Business], &[L::StartingBusiness], &[Au::Businesses], true, "Tasuta", "Free", 45, "Tartu Linnavolikogu määrus nr 71", (&["ettevõte", "toetus"], &["start-up"], &[])),
    kind!("terrassiluba", "Välikohviku luba", "Outdoor café permit", "Разрешение на летнее кафе", "Luba välikohviku rajamiseks tänavale või väljakule.", "A permit to set up an outdoor café in a street or square.", 6, &[T::Business], &[L::StartingBusiness], &[Au::Businesses], true, "Tasu vastavalt pinnale", "A fee by area", 21, "Tartu Linnavolikogu määrus nr 49", (&["kohvik", "terrass"], &["cafe"], &[])),
    kind!("reklaamiluba", "Reklaami paigaldamise luba", "Advertising permit", "Разрешение на размещение рекламы", "Luba välireklaami paigaldamiseks.", "A permit for outdoor advertising.", 6, &[T::Business], &[], &[Au::Businesses], true, "Reklaamimaks", "Advertising tax", 14, "Reklaamiseadus § 14", (&["reklaam"], &["advertising"], &[])),
    kind!("turukoht", "Turukoha rent", "Renting a market stall", "Аренда торгового места", "Müügikoht linna turul.", "A stall at the city market.", 6, &[T::Business], &[L::StartingBusiness], &[Au::Businesses], false, "Päevatasu", "A daily fee", 1, "Kaubandustegevuse seadus § 15", (&["turg", "müük"], &["market"], &[])),
    kind!("taksoluba", "Taksoveo sõidukikaart", "Taxi vehicle card", "Карточка такси", "Sõidukikaart taksoveoks Tartus.", "A vehicle card for running a taxi in Tartu.", 2, &[T::Transport, T::Business], &[], &[Au::Businesses], true, "Riigilõiv", "A state fee", 10, "Ühistranspordiseadus § 66", (&["takso"], &["taxi"], &[])),
    kind!("uhistranspordi-soodustus", "Ühistranspordi sõidusoodustus", "Public transport discount", "Льгота на проезд", "Tasuta või soodushinnaga sõit linnaliinidel.", "Free or reduced fares on city buses.", 2, &[T::Transport], &[L::Retiring], &[Au::Seniors, Au::YoungPeople], true, "Tasuta", "Free", 1, "Ühistranspordiseadus § 34", (&["buss", "pilet"], &["bus"], &[])),
    kind!("teabenoue", "Teabenõude esitamine", "Requesting public information", "Запрос публичной информации", "Küsi linnalt avalikku teavet või dokumenti.", "Ask the city for public information or a document.", 7, &[T::CityGovernment], &[], &[Au::Residents, Au::Businesses], true, "Tasuta", "Free", 5, "Avaliku teabe seadus § 9", (&["teave", "dokument"], &["information"], &[])),
    kind!("kaebus", "Ettepaneku või kaebuse esitamine", "Suggestions and complaints", "Предложения и жалобы", "Anna linnale teada probleemist või paku paremat lahendust.", "Tell the city about a problem or suggest a better way.", 7, &[T::CityGovernment], &[], &[Au::Residents], true, "Tasuta", "Free", 30, "Märgukirjale ja selgitustaotlusele vastamise seadus § 6", (&["kaebus", "ettepanek"], &["complaint"], &[])),
    kind!("abielu-solmimine", "Abielu sõlmimine", "Getting married", "Заключение брака", "Abielu registreerimine linna perekonnaseisuametis.", "Registering a marriage at the city's registry office.", 7, &[T::FamilySocial], &[], &[Au::Residents], false, "Riigilõiv 20 €", "A 20 € state fee", 30, "Perekonnaseisutoimingute seadus § 29", (&["abielu", "pulm"], &["marriage"], &[])),
    kind!("surma-registreerimine", "Surma registreerimine", "Registering a death", "Регистрация смерти", "Lähedase surma registreerimine.", "Registering a relative's death.", 7, &[T::FamilySocial], &[L::Bereavement], &[Au::Residents], true, "Tasuta", "Free", 1, "Perekonnaseisutoimingute seadus § 49", (&["surm"], &["death"], &[])),
    kind!("eakate-paevakeskus", "Eakate päevakeskus", "Day centre for older people", "Дневной центр для пожилых", "Tegevused ja seltskond eakatele linnaosa päevakeskuses.", "Activities and company for older people at a district day centre.", 1, &[T::FamilySocial, T::Health], &[L::Retiring], &[Au::Seniors], false, "Tasuta", "Free", 0, "Sotsiaalhoolekande seadus § 14", (&["eakas", "päevakeskus"], &["seniors"], &[])),
    kind!("noorte-suvetoo", "Noorte suvine töömalev", "Summer work camp for young people", "Летний трудовой лагерь для молодёжи", "Suvetöö 13–18-aastastele noortele.", "Summer work for young people aged 13 to 18.", 5, &[T::Business, T::CultureSport], &[], &[Au::YoungPeople], true, "Tasuta", "Free", 30, "Noorsootöö seadus § 6", (&["noored", "töö", "malev"], &["summer job"], &[])),
];

const SCHOOLS: &[&str] = &[
    "Tartu Kesklinna Kool", "Tartu Annelinna Gümnaasium", "Tartu Tamme Gümnaasium", "Tartu Karlova Kool", "Tartu Descartes'i Kool",
    "Tartu Raatuse Kool", "Tartu Mart Reiniku Kool", "Tartu Forseliuse Kool", "Tartu Kivilinna Kool", "Tartu Veeriku Kool",
    "Tartu Hansa Kool", "Tartu Maarja Kool", "Tartu Herbert Masingu Kool", "Tartu Jaan Poska Gümnaasium", "Hugo Treffneri Gümnaasium",
    "Tartu Kristjan Jaak Petersoni Gümnaasium", "Tartu Tamme Kool", "Tartu Variku Kool", "Tartu Emajõe Kool", "Tartu Ropka Kool",
];

const KINDERGARTENS: &[&str] = &[
    "Ploomike", "Meelespea", "Kannike", "Sipsik", "Rõõmupesa", "Pääsupesa", "Krõll", "Pallipõnn", "Annike", "Mõmmik",
    "Sass", "Poku", "Kelluke", "Karoliine", "Helika", "Midrimaa", "Nukitsamees", "Hellik", "Klaabu", "Lotte",
    "Kivike", "Naerumaa", "Sirel", "Tirtsu", "Piilupesa", "Rukkilill", "Murumuna", "Mõmmi", "Teele", "Kratt",
    "Tähtvere", "Maarjamõisa", "Ristikhein", "Päkapikk", "Tõruke", "Krüüt", "Käopesa", "Lepatriinu", "Taaramäe", "Mari",
];

const LIBRARIES: &[&str] = &[
    "Tartu Linnaraamatukogu", "Annelinna haruraamatukogu", "Karlova haruraamatukogu", "Tammelinna haruraamatukogu", "Ropka haruraamatukogu",
    "Eeden haruraamatukogu", "Maarjamõisa haruraamatukogu", "Rõõmu haruraamatukogu", "Raadi haruraamatukogu", "Veeriku haruraamatukogu",
];

const MUSEUMS: &[&str] = &["Tartu Linnamuuseum", "Tartu Kunstimuuseum", "Tartu Mänguasjamuuseum", "19. sajandi Tartu linnakodaniku muuseum", "Oskar Lutsu majamuuseum", "Tartu Tähetorn"];

const CEMETERIES: &[&str] = &["Raadi kalmistu", "Pauluse kalmistu", "Maarja kalmistu", "Rahumäe kalmistu"];

const SPORTS: &[&str] = &["Annelinna spordihall", "Tartu Ujula", "Tähtvere spordipark", "Kesklinna staadion", "Ropka jäähall", "Tamme staadion", "Karlova spordisaal", "Anne kanali rannahoone"];

const YOUTH: &[&str] = &["Anne noortekeskus", "Lille noortekeskus", "Ropka noortekeskus", "Tähtvere avatud noortekeskus", "Annelinna noortetuba", "Karlova noortetuba"];

const DISTRICTS: &[&str] = &[
    "Kesklinn", "Supilinn", "Karlova", "Tammelinn", "Annelinn", "Ülejõe", "Jaamamõisa", "Raadi-Kruusamäe", "Maarjamõisa",
    "Ropka", "Ropka tööstusrajoon", "Vaksali", "Veeriku", "Tähtvere", "Variku", "Ihaste", "Räni",
];

/// Services each subdivision of a kind offers: (slug, name et, name en, about et, about en, topic, digital, audience).
type SubKind = (&'static str, &'static str, &'static str, &'static str, &'static str, T, bool, Au);

const SCHOOL_SERVICES: &[SubKind] = &[
    ("vastuvott", "{}: õpilaste vastuvõtt", "{}: admission of pupils", "Kooli vastuvõtu tingimused ja avalduse esitamine.", "How pupils are admitted and how to apply.", T::Education, true, Au::Families),
    ("pikapaevaruhm", "{}: pikapäevarühm", "{}: after-school group", "Järelevalve ja kodutööde tegemine pärast tunde.", "Supervision and homework time after lessons.", T::Education, false, Au::Families),
    ("huviringid", "{}: huviringid", "{}: hobby groups", "Kooli huviringid ja nende ajad.", "The school's hobby groups and their times.", T::CultureSport, false, Au::YoungPeople),
    ("koolitoit", "{}: koolitoit", "{}: school meals", "Koolilõuna ja eritoitlustus tervislikel põhjustel.", "School lunch and special diets for health reasons.", T::Education, true, Au::Families),
    ("ruumide-rent", "{}: ruumide rent", "{}: renting rooms", "Kooli ruumide rent õhtuti ja nädalavahetustel.", "Renting the school's rooms in the evenings and at weekends.", T::CultureSport, true, Au::NonProfits),
];

const KINDERGARTEN_SERVICES: &[SubKind] = &[
    ("koht", "Lasteaed {}: lasteaiakoht", "{} kindergarten: a place", "Lasteaiakoht {} rühmades; koht antakse linna järjekorra alusel.", "A place in the groups of {}; places follow the city's queue.", T::Education, true, Au::Families),
    ("soimeruhm", "Lasteaed {}: sõimerühm", "{} kindergarten: nursery group", "Sõimerühm 1,5–3-aastastele lastele.", "A nursery group for children aged 1.5 to 3.", T::Education, false, Au::Families),
    ("eritugi", "Lasteaed {}: tugiteenused", "{} kindergarten: support services", "Logopeed, eripedagoog ja psühholoog lasteaias.", "Speech therapist, special educator and psychologist at the kindergarten.", T::Education, false, Au::Families),
    ("suvine-valverühm", "Lasteaed {}: suvine valverühm", "{} kindergarten: summer duty group", "Valverühm suvel, kui lasteaed on suletud.", "A duty group in summer while the kindergarten is closed.", T::Education, true, Au::Families),
];

const LIBRARY_SERVICES: &[SubKind] = &[
    ("lugejaks", "{}: lugejaks registreerumine", "{}: joining the library", "Raamatukogu kasutajaks registreerumine.", "Registering as a library user.", T::CultureSport, true, Au::Residents),
    ("laenutus", "{}: laenutus ja tagastus", "{}: borrowing and returns", "Raamatute laenutamine, pikendamine ja tagastamine.", "Borrowing, renewing and returning books.", T::CultureSport, true, Au::Residents),
    ("uritused", "{}: üritused", "{}: events", "Kirjandusõhtud, näitused ja jutuhommikud.", "Literary evenings, exhibitions and story mornings.", T::CultureSport, false, Au::Residents),
];

const MUSEUM_SERVICES: &[SubKind] = &[
    ("piletid", "{}: piletid", "{}: tickets", "Piletid ja soodustused.", "Tickets and discounts.", T::CultureSport, true, Au::Visitors),
    ("haridusprogrammid", "{}: haridusprogrammid", "{}: education programmes", "Muuseumitunnid koolidele ja lasteaedadele.", "Museum lessons for schools and kindergartens.", T::Education, true, Au::Families),
    ("giidituur", "{}: giidituur", "{}: guided tour", "Giidiga ringkäik eesti, inglise või vene keeles.", "A guided tour in Estonian, English or Russian.", T::CultureSport, false, Au::Visitors),
    ("ruumide-rent", "{}: ruumide rent", "{}: renting rooms", "Muuseumi ruumid seminarideks ja vastuvõttudeks.", "Museum rooms for seminars and receptions.", T::CultureSport, false, Au::Businesses),
];

const CEMETERY_SERVICES: &[SubKind] = &[
    ("hauaplats", "{}: hauaplatsi taotlemine", "{}: applying for a grave site", "Hauaplatsi kasutusse andmine.", "Granting the use of a grave site.", T::FamilySocial, true, Au::Residents),
    ("hooldus", "{}: hauaplatsi hooldus", "{}: grave site care", "Hauaplatsi hooldamine tellimisel.", "Grave site care on order.", T::FamilySocial, false, Au::Residents),
    ("kabel", "{}: kabeli kasutamine", "{}: using the chapel", "Kabeli kasutamine leinatalituseks.", "Using the chapel for a funeral service.", T::FamilySocial, false, Au::Residents),
];

const SPORTS_SERVICES: &[SubKind] = &[
    ("treeningaeg", "{}: treeningaja rent", "{}: renting training time", "Treeningaja rent klubidele ja seltskondadele.", "Renting training time for clubs and groups.", T::CultureSport, true, Au::NonProfits),
    ("piletid", "{}: piletid ja kuukaardid", "{}: tickets and monthly passes", "Ühekordsed piletid ja kuukaardid.", "Single tickets and monthly passes.", T::CultureSport, true, Au::Residents),
    ("voistlused", "{}: võistluste korraldamine", "{}: hosting competitions", "Spordivõistluste korraldamine rajatises.", "Hosting sports competitions at the facility.", T::CultureSport, false, Au::NonProfits),
];

const YOUTH_SERVICES: &[SubKind] = &[
    ("avatud-noorsootoo", "{}: avatud noortetuba", "{}: open youth room", "Noortele avatud ruum ja noorsootöötaja toetus.", "A room open to young people, with a youth worker's support.", T::CultureSport, false, Au::YoungPeople),
    ("projektid", "{}: noorteprojektid", "{}: youth projects", "Tugi noorte oma projektidele.", "Support for young people's own projects.", T::CultureSport, true, Au::YoungPeople),
    ("ruumide-rent", "{}: ruumide rent", "{}: renting rooms", "Noortekeskuse ruumid noorteüritusteks.", "Youth centre rooms for youth events.", T::CultureSport, true, Au::NonProfits),
];

const DISTRICT_SERVICES: &[SubKind] = &[
    ("heakord", "{}: heakorra probleemist teatamine", "{}: reporting an upkeep problem", "Teata katkisest pingist, prügist või august teel.", "Report a broken bench, litter or a pothole.", T::Environment, true, Au::Residents),
    ("tanavavalgustus", "{}: tänavavalgustuse rikkest teatamine", "{}: reporting a street light fault", "Teata põlemata tänavavalgustist.", "Report a street light that is out.", T::Transport, true, Au::Residents),
    ("kaasav-eelarve", "{}: kaasava eelarve idee", "{}: participatory budget idea", "Esita idee linnaosa kaasavasse eelarvesse.", "Propose an idea for the district's participatory budget.", T::CityGovernment, true, Au::Residents),
    ("haljastus", "{}: haljastuse ettepanek", "{}: greenery proposal", "Paku uusi puid, peenraid või parki.", "Suggest new trees, flower beds or a park.", T::Environment, true, Au::Residents),
    ("lumetorje", "{}: lumetõrje", "{}: snow clearing", "Tänavate ja kõnniteede lumetõrje ja libedusetõrje.", "Snow and ice clearing of streets and pavements.", T::Transport, false, Au::Residents),
    ("mänguväljak", "{}: mänguväljakud", "{}: playgrounds", "Linnaosa mänguväljakud ja nende korrashoid.", "The district's playgrounds and their upkeep.", T::CultureSport, false, Au::Families),
];

const FIRST_NAMES: &[&str] = &["Kadri", "Mart", "Liina", "Toomas", "Piret", "Jaanus", "Kristi", "Andres", "Helen", "Raivo", "Tiina", "Margus"];
const LAST_NAMES: &[&str] = &["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik", "Vaher"];
const ROLES: &[(&str, &str)] = &[("teenusejuht", "service manager"), ("peaspetsialist", "chief specialist"), ("juhtivspetsialist", "lead specialist"), ("osakonnajuhataja asetäitja", "deputy head of department"), ("juhataja", "head")];

fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.to_lowercase().chars() {
        let c = match c {
            'õ' | 'ö' => 'o',
            'ä' => 'a',
            'ü' => 'u',
            'š' => 's',
            'ž' => 'z',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if c == '-' && (slug.is_empty() || slug.ends_with('-')) {
            continue;
        }
        slug.push(c);
    }
    slug.trim_end_matches('-').to_owned()
}

/// One generated record before it is saved.
struct Draft {
    slug: String,
    dept: usize,
    subdivision: Option<String>,
    name: Text,
    description: Text,
    details: ServiceDetails,
}

fn channels(digital: bool, slug: &str, dept: &Dept) -> Vec<Channel> {
    let mut list = Vec::new();
    if digital {
        list.push(Channel::EService { url: format!("https://eteenused.tartu.test/{slug}") });
    }
    list.push(Channel::InPerson { address: "Raekoja plats 1, Tartu".to_owned(), hours: "E–R 8.00–17.00".to_owned() });
    list.push(Channel::Phone { number: "+372 736 1111".to_owned(), hours: "E–R 8.00–17.00".to_owned() });
    list.push(Channel::Email { address: format!("{}@tartu.test", dept.slug) });
    list
}

fn drafts() -> Vec<Draft> {
    let mut out = Vec::new();
    for kind in CITY {
        let dept = &DEPARTMENTS[kind.dept];
        out.push(Draft {
            slug: kind.slug.to_owned(),
            dept: kind.dept,
            subdivision: None,
            name: Text::new(kind.et, kind.en).with_ru(kind.ru),
            description: Text::new(kind.about_et, kind.about_en),
            details: ServiceDetails {
                topics: kind.topics.to_vec(),
                life_events: kind.events.to_vec(),
                audiences: kind.audiences.to_vec(),
                channels: channels(kind.digital, kind.slug, dept),
                cost: Text::new(kind.cost_et, kind.cost_en),
                processing_time: if kind.days == 0 {
                    Text::new("Kohe", "Immediately")
                } else {
                    Text::new(&format!("Kuni {} päeva", kind.days), &format!("Up to {} days", kind.days))
                },
                documents: vec![Text::new("Isikut tõendav dokument", "Identity document"), Text::new("Taotlus", "Application")],
                output: Text::new("Otsus e-posti või iseteeninduse kaudu", "A decision by e-mail or in self-service"),
                legal_basis: kind.law.to_owned(),
                keywords: Keywords::new(kind.keywords.0, kind.keywords.1, kind.keywords.2),
            },
        });
    }
    let groups: [(&[&str], &[SubKind], usize, Words); 8] = [
        (SCHOOLS, SCHOOL_SERVICES, 0, (&["kool"], &["school"], &[])),
        (KINDERGARTENS, KINDERGARTEN_SERVICES, 0, (&["lasteaed"], &["kindergarten"], &["детский сад"])),
        (LIBRARIES, LIBRARY_SERVICES, 4, (&["raamatukogu"], &["library"], &[])),
        (MUSEUMS, MUSEUM_SERVICES, 4, (&["muuseum"], &["museum"], &[])),
        (CEMETERIES, CEMETERY_SERVICES, 2, (&["kalmistu"], &["cemetery"], &[])),
        (SPORTS, SPORTS_SERVICES, 5, (&["sport"], &["sport"], &[])),
        (YOUTH, YOUTH_SERVICES, 5, (&["noored"], &["youth"], &[])),
        (DISTRICTS, DISTRICT_SERVICES, 2, (&["linnaosa"], &["district"], &[])),
    ];
    for (places, services, dept_index, keywords) in groups {
        let dept = &DEPARTMENTS[dept_index];
        for place in places {
            for (slug, et, en, about_et, about_en, topic, digital, audience) in services {
                let full_slug = format!("{}-{slug}", slugify(place));
                out.push(Draft {
                    slug: full_slug.clone(),
                    dept: dept_index,
                    subdivision: Some((*place).to_owned()),
                    name: Text::new(&et.replace("{}", place), &en.replace("{}", place)),
                    description: Text::new(&about_et.replace("{}", place), &about_en.replace("{}", place)),
                    details: ServiceDetails {
                        topics: vec![*topic],
                        life_events: if *topic == T::Education && dept_index == 0 { vec![L::School] } else { Vec::new() },
                        audiences: vec![*audience],
                        channels: channels(*digital, &full_slug, dept),
                        cost: Text::new(FREE.0, FREE.1),
                        processing_time: Text::new("Kuni 10 päeva", "Up to 10 days"),
                        documents: vec![Text::new("Taotlus", "Application")],
                        output: Text::new("Vastus e-postiga", "An answer by e-mail"),
                        legal_basis: "Kohaliku omavalitsuse korralduse seadus § 6".to_owned(),
                        keywords: Keywords::new(keywords.0, keywords.1, keywords.2),
                    },
                });
            }
        }
    }
    out
}

/// Loads the catalogue once: when any service exists, nothing is added.
pub async fn seed_services(db: &DatabaseConnection) -> Result<(), AppError> {
    if service::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    let mut department_ids = Vec::new();
    for dept in DEPARTMENTS {
        let saved = department::ActiveModel {
            slug: Set(dept.slug.to_owned()),
            name_et: Set(dept.et.to_owned()),
            name_en: Set(dept.en.to_owned()),
            name_ru: Set(Some(dept.ru.to_owned())),
            contact_email: Set(format!("{}@tartu.test", dept.slug)),
            contact_phone: Set("+372 736 1111".to_owned()),
            address: Set("Raekoja plats 1, 50089 Tartu".to_owned()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        department_ids.push(saved.id);
    }
    // Sixty owners, spread over the departments; the demo service owner is the first.
    let demo_owner = crate::accounts::entity::user::Entity::find()
        .filter(crate::accounts::entity::user::Column::Email.eq("owner@raekoda.test"))
        .one(db)
        .await?
        .map(|u| u.id);
    let mut owners: Vec<(i32, usize)> = Vec::new();
    for index in 0..60 {
        let dept = index % DEPARTMENTS.len();
        let name = if index == 0 {
            "Tiina Teenusomanik".to_owned()
        } else {
            format!("{} {}", FIRST_NAMES[index % FIRST_NAMES.len()], LAST_NAMES[(index / FIRST_NAMES.len() + index) % LAST_NAMES.len()])
        };
        let (role_et, role_en) = ROLES[index % ROLES.len()];
        let saved = service_owner::ActiveModel {
            name: Set(name),
            role_et: Set(role_et.to_owned()),
            role_en: Set(role_en.to_owned()),
            department_id: Set(department_ids[dept]),
            user_id: Set(if index == 0 { demo_owner } else { None }),
            ..Default::default()
        }
        .insert(db)
        .await?;
        owners.push((saved.id, dept));
    }
    let today = crate::core::clock::now().date_naive();
    let now = crate::core::clock::now();
    let mut batch = Vec::new();
    for (index, draft) in drafts().into_iter().enumerate() {
        let candidates: Vec<i32> = owners.iter().filter(|(_, dept)| *dept == draft.dept).map(|(id, _)| *id).collect();
        // About one in thirteen has no owner yet; one in six was last reviewed over a year ago.
        let owner = if index % 13 == 7 { None } else { Some(candidates[index % candidates.len()]) };
        let reviewed = if index % 6 == 3 { today - Duration::days(400 + (index % 200) as i64) } else { today - Duration::days((index % 300) as i64) };
        // A few subdivision services are being developed or were retired.
        let status = match index % 50 {
            11 if index >= CITY.len() => ServiceStatus::InDevelopment,
            29 if index >= CITY.len() => ServiceStatus::Retired,
            _ => ServiceStatus::Active,
        };
        batch.push(service::ActiveModel {
            slug: Set(draft.slug),
            department_id: Set(department_ids[draft.dept]),
            subdivision: Set(draft.subdivision),
            owner_id: Set(owner),
            status: Set(status.key().to_owned()),
            digital: Set(draft.details.channels.iter().any(Channel::is_digital)),
            name: Set(service::TextJson(draft.name)),
            description: Set(service::TextJson(draft.description)),
            details: Set(service::DetailsJson(draft.details)),
            last_reviewed: Set(reviewed.max(NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or(reviewed))),
            updated_at: Set(now),
            ..Default::default()
        });
        if batch.len() == 100 {
            service::Entity::insert_many(std::mem::take(&mut batch)).exec(db).await?;
        }
    }
    if !batch.is_empty() {
        service::Entity::insert_many(batch).exec(db).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_is_at_the_sources_scale_with_unique_addresses() {
        let all = drafts();
        assert!(all.len() >= 440, "{} services", all.len());
        let mut slugs: Vec<&str> = all.iter().map(|d| d.slug.as_str()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), all.len(), "every slug is unique");
    }

    #[test]
    fn slugs_are_plain_ascii() {
        assert_eq!(slugify("Tartu Descartes'i Kool"), "tartu-descartes-i-kool");
        assert_eq!(slugify("Lasteaed Mõmmik"), "lasteaed-mommik");
    }
}
