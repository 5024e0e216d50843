//! Messages and the shell's interface text, in Estonian, English and Russian.
//!
//! A message is a `Msg`: its key and its three texts. Each feature keeps its own messages
//! beside it (`rooms/messages.rs`, …) with the `catalogue!` macro, which adds them as
//! `Msg` constants (`Msg::BookTitle`), so call sites do not name the feature, and a key
//! defined twice anywhere does not compile. This file holds the shell's messages and those
//! that more than one feature uses. Keep each message's three languages together so a
//! translator sees them side by side. `{name}` marks a value filled in at run time
//! (`I18n::fill`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::i18n::Locale;

/// One interface string in the three languages. Serialised by its key (`"BookTitle"`), so
/// server errors and the flash cookie can carry it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Msg {
    key: &'static str,
    et: &'static str,
    en: &'static str,
    ru: &'static str,
}

impl Msg {
    #[doc(hidden)]
    pub const fn new(key: &'static str, et: &'static str, en: &'static str, ru: &'static str) -> Msg {
        Msg { key, et, en, ru }
    }

    pub fn key(self) -> &'static str {
        self.key
    }

    pub fn text(self, locale: Locale) -> &'static str {
        match locale {
            Locale::Et => self.et,
            Locale::En => self.en,
            Locale::Ru => self.ru,
        }
    }

    /// Every message of the app: the shell's and each feature's (listed in `lib.rs`).
    pub fn all() -> impl Iterator<Item = Msg> {
        crate::MESSAGES.iter().flat_map(|catalogue| catalogue.iter().copied())
    }

    pub fn from_key(key: &str) -> Option<Msg> {
        Msg::all().find(|msg| msg.key == key)
    }
}

impl std::fmt::Debug for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key)
    }
}

impl Serialize for Msg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key)
    }
}

impl<'de> Deserialize<'de> for Msg {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Msg, D::Error> {
        let key = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        Msg::from_key(&key).ok_or_else(|| serde::de::Error::custom(format_args!("unknown message `{key}`")))
    }
}

/// A feature's messages: `Msg` constants, and the list `MESSAGES` for `Msg::all`. A
/// message missing a language does not compile.
macro_rules! catalogue {
    ($($key:ident { et: $et:literal, en: $en:literal, ru: $ru:literal $(,)? })*) => {
        #[allow(non_upper_case_globals)]
        impl $crate::core::i18n::Msg {
            $(pub const $key: $crate::core::i18n::Msg = $crate::core::i18n::Msg::new(stringify!($key), $et, $en, $ru);)*
        }

        /// This catalogue's messages, for `Msg::all`.
        pub const MESSAGES: &[$crate::core::i18n::Msg] = &[$($crate::core::i18n::Msg::$key),*];
    };
}
pub(crate) use catalogue;

catalogue! {
    // --- The site shell ------------------------------------------------------------------
    SiteName { et: "Raekoda", en: "Raekoda", ru: "Raekoda" }
    SiteTagline {
        et: "Tartu linna e-teenused",
        en: "City of Tartu e-services",
        ru: "Электронные услуги города Тарту",
    }
    SkipToContent { et: "Liigu põhisisu juurde", en: "Skip to main content", ru: "Перейти к основному содержанию" }
    NavMainLabel { et: "Peamenüü", en: "Main menu", ru: "Главное меню" }
    NavRooms { et: "Ruumid", en: "Rooms", ru: "Помещения" }
    NavServices { et: "Teenused", en: "Services", ru: "Услуги" }
    NavHaveYourSay { et: "Räägi kaasa!", en: "Have your say", ru: "Участвуйте!" }
    NavTopics { et: "Teemad", en: "Topics", ru: "Темы" }
    NavOpenData { et: "Avaandmed", en: "Open data", ru: "Открытые данные" }
    NavLogIn { et: "Logi sisse", en: "Log in", ru: "Войти" }
    NavMyAccount { et: "Minu konto", en: "My account", ru: "Мой профиль" }
    NavAdmin { et: "Töölaud", en: "Dashboard", ru: "Панель сотрудника" }
    LanguageLabel { et: "Keel", en: "Language", ru: "Язык" }
    LanguageCurrent { et: "praegune keel", en: "current language", ru: "текущий язык" }
    FooterLabel { et: "Jaluse lingid", en: "Footer links", ru: "Ссылки в подвале" }
    FooterAccessibility { et: "Ligipääsetavuse teatis", en: "Accessibility statement", ru: "Заявление о доступности" }
    FooterPrivacy { et: "Andmete töötlemise põhimõtted", en: "Data-processing terms", ru: "Принципы обработки данных" }
    FooterOwner {
        et: "Tartu linn · Raekoja plats 1, 50089 Tartu",
        en: "City of Tartu · Raekoja plats 1, 50089 Tartu",
        ru: "Город Тарту · Raekoja plats 1, 50089 Tartu",
    }
    FooterOpenSource {
        et: "Raekoda on avatud lähtekoodiga tarkvara.",
        en: "Raekoda is open-source software.",
        ru: "Raekoda — программное обеспечение с открытым исходным кодом.",
    }

    // --- Front page ----------------------------------------------------------------------
    HomeLead {
        et: "Broneeri ruume linna asutustes, leia linna teenused ja räägi kaasa linna plaanides.",
        en: "Book rooms in city institutions, find the city's services and have your say in the city's plans.",
        ru: "Бронируйте помещения в городских учреждениях, находите услуги города и участвуйте в его планах.",
    }
    BackToHome { et: "Tagasi avalehele", en: "Back to the front page", ru: "Вернуться на главную" }

    // --- Error pages ---------------------------------------------------------------------
    NotFoundTitle { et: "Lehte ei leitud", en: "Page not found", ru: "Страница не найдена" }
    NotFoundText {
        et: "Kui sisestasid aadressi käsitsi, kontrolli, kas see on õige. Kui järgisid linki, võib leht olla eemaldatud.",
        en: "If you typed the address, check it is correct. If you followed a link, the page may have been removed.",
        ru: "Если вы вводили адрес вручную, проверьте его. Если вы перешли по ссылке, страница могла быть удалена.",
    }
    NeedsRoleText {
        et: "Selle lehe jaoks on vaja üht neist rollidest: {roles}. Kui see on sinu töö, palu rolli Raekoja administraatorilt.",
        en: "This page needs one of these roles: {roles}. If it is part of your work, ask a Raekoda administrator for the role.",
        ru: "Для этой страницы нужна одна из ролей: {roles}. Если это ваша работа, попросите роль у администратора Raekoda.",
    }
    ForbiddenTitle { et: "Sul ei ole sellele lehele ligipääsu", en: "You do not have access to this page", ru: "У вас нет доступа к этой странице" }
    ForbiddenText {
        et: "See leht on mõeldud linna töötajatele. Kui arvad, et peaksid seda nägema, võta ühendust oma asutuse Raekoja haldajaga.",
        en: "This page is for city staff. If you think you should see it, contact your institution's Raekoda administrator.",
        ru: "Эта страница предназначена для сотрудников города. Если вы считаете, что должны её видеть, обратитесь к администратору Raekoda вашего учреждения.",
    }
    ErrorPageTitle { et: "Midagi läks valesti", en: "Something went wrong", ru: "Что-то пошло не так" }
    ErrorPageText {
        et: "Vabandame, meie poolel tekkis viga. Sinu juba salvestatud andmed on alles. Proovi mõne minuti pärast uuesti.",
        en: "Sorry, there is a problem on our side. Anything you saved before is safe. Please try again in a few minutes.",
        ru: "Извините, у нас возникла ошибка. Всё, что вы сохранили ранее, в сохранности. Попробуйте снова через несколько минут.",
    }
    ErrorNotFound { et: "Seda ei leitud.", en: "It was not found.", ru: "Не найдено." }
    ErrorForbidden { et: "Sul ei ole selleks õigust.", en: "You are not allowed to do this.", ru: "У вас нет на это прав." }
    ErrorUnauthorized { et: "Jätkamiseks logi sisse.", en: "Log in to continue.", ru: "Войдите, чтобы продолжить." }
    ErrorValidation { et: "Palun paranda märgitud väljad.", en: "Please correct the marked fields.", ru: "Исправьте отмеченные поля." }
    ErrorBadRequest { et: "Vormi andmed jäid poolikuks. Proovi uuesti.", en: "The form data was incomplete. Please try again.", ru: "Данные формы неполные. Попробуйте ещё раз." }
    ErrorUnreachable {
        et: "Serveriga ei saanud ühendust. Kontrolli internetiühendust ja proovi uuesti.",
        en: "Could not reach the server. Check your connection and try again.",
        ru: "Не удалось связаться с сервером. Проверьте подключение и попробуйте снова.",
    }
    ErrorInternal {
        et: "Meie poolel tekkis viga. Proovi mõne minuti pärast uuesti.",
        en: "There is a problem on our side. Please try again in a few minutes.",
        ru: "У нас возникла ошибка. Попробуйте снова через несколько минут.",
    }
    ErrorSummaryTitle { et: "Esines probleem", en: "There is a problem", ru: "Возникла проблема" }
    ErrorPrefix { et: "Viga:", en: "Error:", ru: "Ошибка:" }
    NoticePrefix { et: "Teade:", en: "Notice:", ru: "Уведомление:" }

    // --- Accounts ------------------------------------------------------------------------
    Sending { et: "Saadan…", en: "Sending…", ru: "Отправка…" }
    ValEmailInvalid { et: "Sisesta e-posti aadress õigel kujul, näiteks nimi@example.ee.", en: "Enter an e-mail address in the correct format, like name@example.com.", ru: "Введите адрес e-mail в правильном формате, например name@example.com." }
    ValLoginWrong { et: "E-posti aadress või parool on vale.", en: "The e-mail address or password is wrong.", ru: "Неверный адрес e-mail или пароль." }

    // --- Roles ---------------------------------------------------------------------------
    RoleCitizen { et: "Linlane", en: "Citizen", ru: "Житель" }
    RoleAdministrator { et: "Administraator", en: "Administrator", ru: "Администратор" }
    RoleRoomManager { et: "Ruumide haldaja", en: "Room manager", ru: "Управляющий помещениями" }
    RoleServiceOwner { et: "Teenuse omanik", en: "Service owner", ru: "Владелец услуги" }
    RoleDevelopmentTeam { et: "Teenuste arendusmeeskonna liige", en: "Service development team member", ru: "Член команды развития услуг" }
    RoleModerator { et: "Moderaator", en: "Moderator", ru: "Модератор" }
    RoleDataSteward { et: "Andmehaldur", en: "Data steward", ru: "Распорядитель данных" }

    // --- Statements ----------------------------------------------------------------------
    A11yTitle { et: "Ligipääsetavuse teatis", en: "Accessibility statement", ru: "Заявление о доступности" }
    A11yIntro {
        et: "Tartu linn soovib, et Raekoda oleks kasutatav võimalikult paljudele inimestele. Veebileht järgib WCAG 2.1 AA taset, nagu nõuab avaliku sektori veebisaitide ligipääsetavuse direktiiv (EL) 2016/2102.",
        en: "The City of Tartu wants Raekoda to be usable by as many people as possible. The site follows WCAG 2.1 level AA, as the Web Accessibility Directive (EU) 2016/2102 requires of public bodies.",
        ru: "Город Тарту стремится к тому, чтобы Raekoda могли пользоваться как можно больше людей. Сайт соответствует уровню AA WCAG 2.1, как того требует Директива (ЕС) 2016/2102 о доступности веб-сайтов публичного сектора.",
    }
    A11yHowTitle { et: "Mida saad teha", en: "What you can do", ru: "Что вы можете делать" }
    A11yHowText {
        et: "Saad lehte kasutada ainult klaviatuuriga, suurendada teksti kuni 200% ilma sisu kaotamata, kasutada ekraanilugejat ning täita kõiki vorme ka JavaScriptita.",
        en: "You can use the site with a keyboard alone, zoom text up to 200% without losing content, use a screen reader, and fill in every form without JavaScript.",
        ru: "Сайтом можно пользоваться только с клавиатуры, увеличивать текст до 200% без потери содержания, использовать программу чтения с экрана и заполнять все формы без JavaScript.",
    }
    A11yContactTitle { et: "Anna teada probleemist", en: "Report a problem", ru: "Сообщить о проблеме" }
    A11yContactText {
        et: "Kui mõni osa ei ole sulle ligipääsetav, kirjuta aadressil ligipaas@raekoda.test. Vastame 5 tööpäeva jooksul.",
        en: "If any part is not accessible to you, write to ligipaas@raekoda.test. We answer within 5 working days.",
        ru: "Если какая-то часть сайта вам недоступна, напишите на ligipaas@raekoda.test. Мы ответим в течение 5 рабочих дней.",
    }
    PrivacyTitle { et: "Andmete töötlemise põhimõtted", en: "Data-processing terms", ru: "Принципы обработки данных" }
    PrivacyIntro {
        et: "Tartu linn töötleb Raekoja kasutajate isikuandmeid isikuandmete kaitse üldmääruse (GDPR) alusel ainult nendel eesmärkidel, mida siin kirjeldame.",
        en: "The City of Tartu processes the personal data of Raekoda's users under the General Data Protection Regulation (GDPR), only for the purposes described here.",
        ru: "Город Тарту обрабатывает персональные данные пользователей Raekoda на основании Общего регламента по защите данных (GDPR) только в описанных здесь целях.",
    }
    PrivacyWhatTitle { et: "Milliseid andmeid kogume", en: "What we collect", ru: "Какие данные мы собираем" }
    PrivacyWhatText {
        et: "Konto loomisel sinu nime, e-posti aadressi ja parooli räsi; broneeringute, kommentaaride ja esitatud andmete juures seda, mille ise sisestad. Sisselogimise jaoks kasutame ühte vajalikku küpsist ja keele meelespidamiseks teist.",
        en: "When you create an account: your name, e-mail address and a hash of your password; with bookings, comments and submitted data, what you enter yourself. One necessary cookie keeps you logged in and another remembers your language.",
        ru: "При создании профиля — имя, адрес e-mail и хеш пароля; при бронировании, комментировании и отправке данных — то, что вы вводите сами. Один необходимый cookie сохраняет вход в систему, другой запоминает язык.",
    }
    PrivacyRightsTitle { et: "Sinu õigused", en: "Your rights", ru: "Ваши права" }
    PrivacyRightsText {
        et: "Sul on õigus oma andmetega tutvuda, neid alla laadida, parandada ja kustutada. Küsimuste korral kirjuta andmekaitse@raekoda.test.",
        en: "You have the right to see, download, correct and delete your data. For questions, write to andmekaitse@raekoda.test.",
        ru: "Вы имеете право ознакомиться со своими данными, скачать, исправить и удалить их. С вопросами пишите на andmekaitse@raekoda.test.",
    }

    // --- Rooms ---------------------------------------------------------------------------
    FilterInstitution { et: "Asutus", en: "Institution", ru: "Учреждение" }
    FilterAny { et: "Kõik", en: "Any", ru: "Любое" }
    FilterSubmit { et: "Otsi", en: "Search", ru: "Найти" }
    Breadcrumbs { et: "Asukoht", en: "You are here", ru: "Вы здесь" }
    HomeCrumb { et: "Avaleht", en: "Home", ru: "Главная" }
    MyBookingsTitle { et: "Minu broneeringud", en: "My bookings", ru: "Мои бронирования" }

    // --- Rooms: booking workflow, calendars, staff ---------------------------------------
    ValInvisibleCharacter { et: "Siin on nähtamatu juhtmärk (NUL), mida ei saa salvestada. Kirjuta tekst uuesti.", en: "This contains an invisible control character (NUL) that cannot be saved. Please type the text again.", ru: "Здесь есть невидимый управляющий символ (NUL), который нельзя сохранить. Введите текст заново." }
    ErrorInvisibleCharacterTitle { et: "Aadressis või vormis on lubamatu märk", en: "The address or form has a character that is not allowed", ru: "В адресе или форме недопустимый символ" }
    ErrorInvisibleCharacterText { et: "Päringus on nähtamatu juhtmärk (NUL), mida Raekoda ei saa lugeda ega salvestada. Mine tagasi, kirjuta tekst uuesti ja saada see siis.", en: "The request contains an invisible control character (NUL) that Raekoda cannot read or save. Go back, type the text again and send it.", ru: "В запросе есть невидимый управляющий символ (NUL), который Raekoda не может прочитать или сохранить. Вернитесь, введите текст заново и отправьте." }
    ValChooseFromList { et: "Vali väärtus loetelust.", en: "Choose a value from the list.", ru: "Выберите значение из списка." }
    AdminReportTitle { et: "Ruumide kasutus ja tulu", en: "Room use and revenue", ru: "Использование помещений и доход" }
    AdminReportCsv { et: "Laadi alla CSV-failina", en: "Download as CSV", ru: "Скачать как CSV" }
    CalendarBusy { et: "hõivatud", en: "busy", ru: "занято" }
    StaffEntryTitle { et: "Lisa kalendrisse", en: "Add to the calendar", ru: "Добавить в календарь" }
    KindBlock { et: "Suletud aeg", en: "Blocked time", ru: "Закрытое время" }
    AdminRoomsTitle { et: "Ruumide haldamine", en: "Manage rooms", ru: "Управление помещениями" }

    // --- Services ------------------------------------------------------------------------
    ServiceOwner { et: "Teenuse omanik", en: "Service owner", ru: "Владелец услуги" }
    FeedbackYes { et: "Jah", en: "Yes", ru: "Да" }
    ServiceMapTitle { et: "Teenuste kaart", en: "Service map", ru: "Карта услуг" }
    MyServicesTitle { et: "Minu teenused", en: "My services", ru: "Мои услуги" }
    ProposalsTitle { et: "Teenuste arendusettepanekud", en: "Service development proposals", ru: "Предложения по развитию услуг" }
    ProposalHistory { et: "Ajalugu", en: "History", ru: "История" }
    ProposalBoardTitle { et: "Ettepanekute tahvel", en: "Proposal board", ru: "Доска предложений" }
    ProposalLibraryTitle { et: "Näidete kogu", en: "Case library", ru: "Библиотека примеров" }
    TemplateTitle { et: "Ettepaneku vorm", en: "Proposal template", ru: "Шаблон предложения" }
    TemplateVersion { et: "Versioon", en: "Version", ru: "Версия" }
    ValProposalSectionLong { et: "Lühenda kuni {max} märgini.", en: "Shorten this to {max} characters.", ru: "Сократите до {max} символов." }
    ValDate { et: "Sisesta kuupäev kujul 2027-01-31.", en: "Enter a date like 2027-01-31.", ru: "Введите дату в виде 2027-01-31." }
    TopicLinks { et: "Lingid", en: "Links", ru: "Ссылки" }
    ConsultationResponse { et: "Linna vastus", en: "The city's response", ru: "Ответ города" }
    ConsultationSupports { et: "Toetajaid: {count}", en: "Supporters: {count}", ru: "Поддержали: {count}" }
    ConsultationComments { et: "Kommentaarid", en: "Comments", ru: "Комментарии" }
    CommentReply { et: "Vasta", en: "Reply", ru: "Ответить" }
    ModerationTitle { et: "Modereerimine", en: "Moderation", ru: "Модерация" }
    SurveyResponses { et: "Vastajaid: {count}", en: "Responses: {count}", ru: "Ответивших: {count}" }
    SurveyRequired { et: "kohustuslik", en: "required", ru: "обязательно" }
    SurveyLatitude { et: "Laiuskraad", en: "Latitude", ru: "Широта" }
    SurveyLongitude { et: "Pikkuskraad", en: "Longitude", ru: "Долгота" }
    ValPin { et: "Sisesta Tartu koha koordinaadid, näiteks 58,3780 ja 26,7290.", en: "Enter the coordinates of a place in Tartu, e.g. 58.3780 and 26.7290.", ru: "Введите координаты места в Тарту, например 58,3780 и 26,7290." }
    IdeaInReview { et: "Linna ülevaatusel", en: "In the city's review", ru: "На рассмотрении города" }
    IdeaAnswered { et: "Linn on vastanud", en: "Answered by the city", ru: "Город ответил" }
    IdeaReviewTitle { et: "Ideede ülevaatus", en: "Ideas for review", ru: "Идеи на рассмотрении" }
    MapLabel { et: "Kaart", en: "Map", ru: "Карта" }
    MapPickLabel { et: "Kaart koha valimiseks", en: "Map for choosing the place", ru: "Карта для выбора места" }
    MapAttribution { et: "© OpenStreetMapi kaastöötajad", en: "© OpenStreetMap contributors", ru: "© участники OpenStreetMap" }
    InboxTitle { et: "Minu teated", en: "My messages", ru: "Мои уведомления" }
    NavIdeas { et: "Ideed", en: "Ideas", ru: "Идеи" }
    ValSlug { et: "Aadressi osa: 3–60 väiketähte (a–z), numbrit või sidekriipsu, näiteks pargipingid-2027.", en: "Address part: 3–60 lower-case letters (a–z), digits or hyphens, e.g. park-benches-2027.", ru: "Часть адреса: 3–60 строчных латинских букв, цифр или дефисов, например park-benches-2027." }
    ValSlugTaken { et: "See aadress on juba kasutusel. Vali teine.", en: "This address is taken. Choose another.", ru: "Этот адрес уже занят. Выберите другой." }
    ValSurveyHasAnswers { et: "Küsitlusele on juba vastatud, seega selle küsimusi muuta ei saa. Ülejäänu salvestati.", en: "The survey already has answers, so its questions cannot change. The rest was saved.", ru: "На опрос уже ответили, поэтому вопросы изменить нельзя. Остальное сохранено." }
    ConsultationsAdminTitle { et: "Arutelude haldus", en: "Manage consultations", ru: "Управление обсуждениями" }
    ConsultationNew { et: "Uus arutelu", en: "New consultation", ru: "Новое обсуждение" }
    FieldTitleEt { et: "Pealkiri eesti keeles", en: "Title in Estonian", ru: "Название на эстонском" }
    FieldTitleEn { et: "Pealkiri inglise keeles", en: "Title in English", ru: "Название на английском" }
    FieldTitleRu { et: "Pealkiri vene keeles", en: "Title in Russian", ru: "Название на русском" }
    FieldDescriptionEt { et: "Kirjeldus eesti keeles", en: "Description in Estonian", ru: "Описание на эстонском" }
    FieldDescriptionEn { et: "Kirjeldus inglise keeles", en: "Description in English", ru: "Описание на английском" }
    FieldDescriptionRu { et: "Kirjeldus vene keeles", en: "Description in Russian", ru: "Описание на русском" }
    FieldSlug { et: "Aadress", en: "Address", ru: "Адрес" }
    NoticeSaved { et: "Salvestatud.", en: "Saved.", ru: "Сохранено." }
    HubAdminTitle { et: "Teemad, näitajad ja kavad", en: "Topics, indicators and plans", ru: "Темы, показатели и планы" }
    SaveButton { et: "Salvesta", en: "Save", ru: "Сохранить" }
    AlreadyFollowing { et: "Jälgid seda juba.", en: "You already follow this.", ru: "Вы уже следите за этим." }
    SubscriptionsTitle { et: "Minu jälgimised", en: "What I follow", ru: "Мои подписки" }
    OutboxTitle { et: "Väljuvad e-kirjad", en: "Outgoing e-mail", ru: "Исходящие письма" }
    SubmissionAccepted { et: "Vastu võetud", en: "Accepted", ru: "Принято" }
    SubmissionRejected { et: "Tagasi lükatud", en: "Rejected", ru: "Отклонено" }
    DataSubmissionTitle { et: "Andmete esitamine", en: "Submit data", ru: "Передача данных" }
    DataSubmissionLead { et: "Esita linnale andmeid vormi kaudu või CSV-failina. Andmehaldur vaatab need üle; vastu võetud andmed lähevad avaandmetesse.", en: "Send the city data through a form or as a CSV file. A data steward reviews it; accepted data goes into the open data.", ru: "Передайте городу данные через форму или CSV-файлом. Их проверит распорядитель данных; принятые данные попадают в открытые данные." }
    UploadColumns { et: "Veerud", en: "Columns", ru: "Столбцы" }
    ReviewTitle { et: "Esitatud andmete ülevaatus", en: "Reviewing submitted data", ru: "Проверка отправленных данных" }
    MailDetailReason { et: "Põhjus: {reason}", en: "Reason: {reason}", ru: "Причина: {reason}" }
    MailOpenPage { et: "Vaata lähemalt", en: "See it here", ru: "Подробнее" }
    MailSignature { et: "Tartu linn, Raekoda", en: "City of Tartu, Raekoda", ru: "Город Тарту, Raekoda" }
    MailNextBookingChanged { et: "Broneeringu lehel on otsus, ajad ja tühistamise tingimused.", en: "The booking's page has the decision, the times and the cancellation terms.", ru: "На странице бронирования — решение, время и условия отмены." }
    FormsAdminTitle { et: "Andmete esitamise vormid", en: "Data submission forms", ru: "Формы передачи данных" }
}
