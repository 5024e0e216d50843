//! The interface text of the service catalogue and service pages, in Estonian, English and Russian.
//!
//! Each message is a `Msg` constant (`Msg::X`, as everywhere); a key used twice in the app
//! does not compile. Keep each message's three languages together so a translator sees
//! them side by side. `{name}` marks a value filled in at run time (`I18n::fill`).

crate::core::i18n::catalogue! {
    // --- Rooms: booking workflow, calendars, staff ---------------------------------------
    ValSearchTooLong { et: "Otsi lühemalt: kuni {words} sõna ja {chars} märki.", en: "Search with fewer words: up to {words} words and {chars} characters.", ru: "Сократите запрос: не более {words} слов и {chars} символов." }
    AdminRoomEdit { et: "Muuda", en: "Edit", ru: "Изменить" }

    // --- Services ------------------------------------------------------------------------
    ServicesLead {
        et: "Tartu linna avalikud teenused: kuidas neid saada, mida need maksavad ja kes nende eest vastutab.",
        en: "The City of Tartu's public services: how to get them, what they cost and who is responsible.",
        ru: "Публичные услуги города Тарту: как их получить, сколько они стоят и кто за них отвечает.",
    }
    ServicesSearchLabel { et: "Otsi teenust", en: "Search for a service", ru: "Поиск услуги" }
    ServicesSearchHint { et: "Näiteks: lasteaed, parkimisluba, ehitusluba.", en: "For example: kindergarten, parking permit, building permit.", ru: "Например: детский сад, парковка, строительство." }
    ServicesTopic { et: "Teema", en: "Topic", ru: "Тема" }
    ServicesLifeEvent { et: "Elusündmus", en: "Life event", ru: "Жизненное событие" }
    ServicesAudience { et: "Kellele", en: "For whom", ru: "Для кого" }
    ServicesFound { et: "Leitud teenuseid: {count}", en: "Services found: {count}", ru: "Найдено услуг: {count}" }
    ServicesShowingFirst { et: "Näitame esimest {count}. Täpsusta otsingut, et leida rohkem.", en: "Showing the first {count}. Narrow the search to find more.", ru: "Показаны первые {count}. Уточните поиск." }
    ServicesNone { et: "Ükski teenus ei vasta otsingule", en: "No service matches your search", ru: "Ни одна услуга не подходит" }
    ServicesNoneHint { et: "Proovi teist sõna või eemalda mõni valik.", en: "Try another word or remove a filter.", ru: "Попробуйте другое слово или уберите фильтр." }
    ServicesOnline { et: "e-teenusena", en: "online", ru: "онлайн" }
    TopicEducation { et: "Haridus", en: "Education", ru: "Образование" }
    TopicFamilySocial { et: "Pere ja sotsiaalabi", en: "Family and social welfare", ru: "Семья и соцпомощь" }
    TopicHousing { et: "Elamine ja ehitamine", en: "Housing and building", ru: "Жильё и строительство" }
    TopicTransport { et: "Liikumine ja parkimine", en: "Transport and parking", ru: "Транспорт и парковка" }
    TopicEnvironment { et: "Keskkond ja jäätmed", en: "Environment and waste", ru: "Окружающая среда и отходы" }
    TopicCultureSport { et: "Kultuur, sport ja vaba aeg", en: "Culture, sport and leisure", ru: "Культура, спорт и досуг" }
    TopicBusiness { et: "Ettevõtlus", en: "Business", ru: "Предпринимательство" }
    TopicHealth { et: "Tervis", en: "Health", ru: "Здоровье" }
    TopicCityGovernment { et: "Linnavalitsus ja dokumendid", en: "City government and documents", ru: "Городское управление и документы" }
    LifeBaby { et: "Lapse sünd", en: "Having a baby", ru: "Рождение ребёнка" }
    LifeSchool { et: "Kooli minek", en: "Starting school", ru: "Поступление в школу" }
    LifeMoving { et: "Kolimine", en: "Moving home", ru: "Переезд" }
    LifeBusiness { et: "Ettevõtte asutamine", en: "Starting a business", ru: "Открытие бизнеса" }
    LifeBuilding { et: "Kodu ehitamine", en: "Building a home", ru: "Строительство дома" }
    LifeRetiring { et: "Pensionile jäämine", en: "Retiring", ru: "Выход на пенсию" }
    LifeBereavement { et: "Lähedase surm", en: "Death of a relative", ru: "Смерть близкого" }
    AudienceResidents { et: "Elanikud", en: "Residents", ru: "Жители" }
    AudienceFamilies { et: "Pered", en: "Families", ru: "Семьи" }
    AudienceYoungPeople { et: "Noored", en: "Young people", ru: "Молодёжь" }
    AudienceSeniors { et: "Eakad", en: "Older people", ru: "Пожилые" }
    AudienceBusinesses { et: "Ettevõtted", en: "Businesses", ru: "Предприятия" }
    AudienceNonProfits { et: "Mittetulundusühingud", en: "Non-profits", ru: "НКО" }
    AudienceVisitors { et: "Külalised", en: "Visitors", ru: "Гости" }
    ServiceStatusActive { et: "Kasutusel", en: "Active", ru: "Действует" }
    ServiceStatusInDevelopment { et: "Teenus on arendamisel", en: "This service is being developed", ru: "Услуга в разработке" }
    ServiceStatusRetired { et: "Teenust enam ei pakuta", en: "This service is no longer offered", ru: "Услуга больше не предоставляется" }
    ServiceHowToGet { et: "Kuidas teenust saada", en: "How to get it", ru: "Как получить услугу" }
    ChannelEService { et: "Taotle e-teenusena", en: "Apply online", ru: "Подать заявление онлайн" }
    ChannelInPerson { et: "Kohapeal", en: "In person", ru: "Лично" }
    ChannelPhone { et: "Telefonil", en: "By phone", ru: "По телефону" }
    ChannelEmail { et: "E-postiga", en: "By e-mail", ru: "По e-mail" }
    ServiceCost { et: "Hind", en: "Cost", ru: "Стоимость" }
    ServiceProcessingTime { et: "Menetlusaeg", en: "Processing time", ru: "Срок рассмотрения" }
    ServiceDocuments { et: "Vajalikud dokumendid", en: "Documents needed", ru: "Необходимые документы" }
    ServiceOutput { et: "Tulemus", en: "What you get", ru: "Результат" }
    ServiceAudience { et: "Kellele", en: "For whom", ru: "Для кого" }
    ServiceTopics { et: "Teemad", en: "Topics", ru: "Темы" }
    ServiceLegalBasis { et: "Õiguslik alus", en: "Legal basis", ru: "Правовая основа" }
    ServiceResponsible { et: "Vastutav asutus", en: "Responsible", ru: "Ответственное учреждение" }
    ServiceOwnerMissing { et: "Määramata", en: "Not assigned", ru: "Не назначен" }
    ServiceContact { et: "Kontakt", en: "Contact", ru: "Контакт" }
    ServiceLastReviewed { et: "Viimati üle vaadatud", en: "Last reviewed", ru: "Последняя проверка" }
    FeedbackTitle { et: "Kas sellest lehest oli abi?", en: "Was this page helpful?", ru: "Была ли эта страница полезной?" }
    FeedbackQuestion { et: "Kas leidsid vajaliku?", en: "Did you find what you needed?", ru: "Вы нашли то, что нужно?" }
    FeedbackChoose { et: "Vali „Jah“ või „Ei“.", en: "Choose “Yes” or “No”.", ru: "Выберите «Да» или «Нет»." }
    FeedbackNo { et: "Ei", en: "No", ru: "Нет" }
    FeedbackComment { et: "Kommentaar teenuse omanikule (valikuline)", en: "Comment for the service owner (optional)", ru: "Комментарий владельцу услуги (необязательно)" }
    FeedbackCommentHint { et: "Ära kirjuta siia isikuandmeid. Vastust sellele ei saadeta.", en: "Do not write personal details here. No reply is sent.", ru: "Не пишите здесь личные данные. Ответ не отправляется." }
    FeedbackSend { et: "Saada tagasiside", en: "Send feedback", ru: "Отправить отзыв" }
    FeedbackTooOften { et: "Oled täna juba palju tagasisidet saatnud. Proovi homme uuesti.", en: "You have sent a lot of feedback today. Try again tomorrow.", ru: "Сегодня вы уже отправили много отзывов. Попробуйте завтра." }
    NoticeFeedbackThanks { et: "Aitäh! Tagasiside jõuab teenuse omanikuni.", en: "Thank you! Your feedback reaches the service owner.", ru: "Спасибо! Отзыв получит владелец услуги." }
    ValCommentTooLong { et: "Kommentaar võib olla kuni {max} märki.", en: "The comment can be up to {max} characters.", ru: "Комментарий — не более {max} символов." }
    ServiceMapLead {
        et: "Linna teenused osakondade ja allasutuste kaupa: kui paljudel puudub omanik, kui palju pole aasta jooksul üle vaadatud ja kui paljusid saab kasutada e-teenusena. Iga arv viib teenuste loeteluni.",
        en: "The city's services by department and subdivision: how many lack an owner, how many were not reviewed in a year, and how many can be used online. Each number leads to the services behind it.",
        ru: "Услуги города по отделам и подразделениям: у скольких нет владельца, сколько не проверялись год и сколько доступны онлайн. Каждое число ведёт к списку услуг.",
    }
    ServiceMapTotal {
        et: "Kokku {count} teenust; omanikuta {no_owner}; üle aasta üle vaatamata {overdue}; e-teenusena {percent}%.",
        en: "{count} services in all; {no_owner} without an owner; {overdue} not reviewed for over a year; {percent}% online.",
        ru: "Всего услуг: {count}; без владельца: {no_owner}; не проверялись больше года: {overdue}; онлайн: {percent}%.",
    }
    ServiceMapByDepartment { et: "Osakondade kaupa", en: "By department", ru: "По отделам" }
    ServiceMapBySubdivision { et: "Allasutuste kaupa", en: "By subdivision", ru: "По подразделениям" }
    ServiceMapSubdivision { et: "Allasutus", en: "Subdivision", ru: "Подразделение" }
    ServiceMapServices { et: "Teenuseid", en: "Services", ru: "Услуг" }
    ServiceMapWithoutOwner { et: "Omanikuta", en: "Without owner", ru: "Без владельца" }
    ServiceMapOverdue { et: "Üle vaatamata 12 kuud", en: "Not reviewed in 12 months", ru: "Не проверялись 12 месяцев" }
    ServiceMapOverdueWord { et: "ülevaatus hilineb", en: "review overdue", ru: "проверка просрочена" }
    ServiceMapDigital { et: "E-teenusena", en: "Online", ru: "Онлайн" }
    ServiceMapWorkload { et: "Teenuste omanike koormus", en: "Service owners' workload", ru: "Нагрузка владельцев услуг" }
    ServiceMapListTitle { et: "Teenuste loetelu", en: "List of services", ru: "Список услуг" }
    ValServiceText { et: "Täida see väli (kuni {max} märki).", en: "Fill in this field (up to {max} characters).", ru: "Заполните это поле (до {max} символов)." }
    NoticeServiceSaved { et: "Teenus on salvestatud ja muudatus on teenuse ajaloos.", en: "The service is saved and the change is in its history.", ru: "Услуга сохранена, изменение записано в её историю." }
    MyServicesLead { et: "Teenused, mille omanik sa oled, nende tagasiside ja ülevaatuse tähtaeg.", en: "The services you own, their feedback and when they are due for review.", ru: "Услуги, владельцем которых вы являетесь, отзывы о них и срок проверки." }
    MyServicesNone { et: "Sul pole teenuseid.", en: "You have no services.", ru: "У вас нет услуг." }
    MyServicesFeedback { et: "Tagasiside: {yes} × jah, {no} × ei", en: "Feedback: {yes} × yes, {no} × no", ru: "Отзывы: {yes} × да, {no} × нет" }
    MyServicesReviewDue { et: "Ülevaatus on hiljaks jäänud", en: "Review overdue", ru: "Проверка просрочена" }
    ServiceEditTitle { et: "Muuda teenust", en: "Edit the service", ru: "Изменить услугу" }
    ServiceEditDescriptionEt { et: "Kirjeldus (eesti keeles)", en: "Description (in Estonian)", ru: "Описание (на эстонском)" }
    ServiceEditDescriptionEn { et: "Kirjeldus (inglise keeles)", en: "Description (in English)", ru: "Описание (на английском)" }
    ServiceEditCostEt { et: "Hind (eesti keeles)", en: "Cost (in Estonian)", ru: "Стоимость (на эстонском)" }
    ServiceEditCostEn { et: "Hind (inglise keeles)", en: "Cost (in English)", ru: "Стоимость (на английском)" }
    ServiceEditTimeEt { et: "Menetlusaeg (eesti keeles)", en: "Processing time (in Estonian)", ru: "Срок (на эстонском)" }
    ServiceEditTimeEn { et: "Menetlusaeg (inglise keeles)", en: "Processing time (in English)", ru: "Срок (на английском)" }
    ServiceEditReviewed { et: "Vaatasin teenuse üle ja andmed on õiged", en: "I have reviewed the service and its details are right", ru: "Я проверил(а) услугу, данные верны" }
    ServiceEditSave { et: "Salvesta", en: "Save", ru: "Сохранить" }
    ServiceChangelog { et: "Muudatuste ajalugu", en: "History of changes", ru: "История изменений" }
    ChangelogProposal { et: "Arendusettepanek ellu viidud", en: "Development proposal implemented", ru: "Внедрено предложение по развитию" }
    ChangelogReviewed { et: "Üle vaadatud, muudatusteta", en: "Reviewed, no changes", ru: "Проверено, без изменений" }
    ChangelogChanged { et: "Muudetud", en: "Changed", ru: "Изменено" }
    ChangelogDescription { et: "kirjeldus", en: "description", ru: "описание" }
}
