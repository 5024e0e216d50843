//! The interface text of Raekoda in Estonian, English and Russian.
//!
//! Keep each message's three languages together so a translator sees them side by side.
//! `{name}` marks a value filled in at run time (`I18n::fill`).

use serde::{Deserialize, Serialize};

use super::i18n::Locale;

macro_rules! catalogue {
    ($($key:ident { et: $et:literal, en: $en:literal, ru: $ru:literal $(,)? })*) => {
        /// A key into the catalogue. Serialised by name, so server errors can carry it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Msg { $($key),* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            pub fn text(self, locale: Locale) -> &'static str {
                match self {
                    $(Msg::$key => match locale {
                        Locale::Et => $et,
                        Locale::En => $en,
                        Locale::Ru => $ru,
                    }),*
                }
            }
        }
    };
}

catalogue! {
    // --- The site shell -------------------------------------------------------------
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

    // --- Front page -------------------------------------------------------------------
    HomeTitle { et: "Tartu linna e-teenused ühest kohast", en: "City of Tartu e-services in one place", ru: "Электронные услуги Тарту в одном месте" }
    HomeLead {
        et: "Broneeri ruume linna asutustes, leia linna teenused ja räägi kaasa linna plaanides.",
        en: "Book rooms in city institutions, find the city's services and have your say in the city's plans.",
        ru: "Бронируйте помещения в городских учреждениях, находите услуги города и участвуйте в его планах.",
    }
    HomeRoomsText {
        et: "Leia koolide, raamatukogude ja kultuurimajade ruumid ning saada broneerimissoov.",
        en: "Find rooms in schools, libraries and culture centres and send a booking request.",
        ru: "Найдите помещения в школах, библиотеках и домах культуры и отправьте запрос на бронирование.",
    }
    HomeServicesText {
        et: "Linna avalikud teenused ({count}): kuidas neid saada, mida need maksavad ja kes nende eest vastutab.",
        en: "The city's public services ({count}): how to get them, what they cost and who is responsible.",
        ru: "Публичные услуги города ({count}): как их получить, сколько они стоят и кто за них отвечает.",
    }
    HomeHaveYourSayText {
        et: "Kommenteeri linna kavasid, vasta küsitlustele ja esita oma ideid.",
        en: "Comment on the city's plans, answer surveys and put forward your own ideas.",
        ru: "Комментируйте планы города, отвечайте на опросы и предлагайте свои идеи.",
    }
    HomeTopicsText {
        et: "Energia, jäätmed ja liikuvus: näitajad, kaardid ja kavad.",
        en: "Energy, waste and mobility: indicators, maps and plans.",
        ru: "Энергия, отходы и мобильность: показатели, карты и планы.",
    }
    HomeOpenDataText {
        et: "Linna andmestikud CSV- ja JSON-vormingus vabaks kasutamiseks.",
        en: "The city's datasets in CSV and JSON, free to reuse.",
        ru: "Наборы данных города в форматах CSV и JSON для свободного использования.",
    }
    BackToHome { et: "Tagasi avalehele", en: "Back to the front page", ru: "Вернуться на главную" }

    // --- Error pages --------------------------------------------------------------------
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

    // --- Accounts -----------------------------------------------------------------------
    LoginTitle { et: "Logi sisse", en: "Log in", ru: "Вход" }
    LoginLead {
        et: "Logi sisse, et näha oma broneeringuid, jälgida algatusi ja esitada andmeid.",
        en: "Log in to see your bookings, follow initiatives and submit data.",
        ru: "Войдите, чтобы видеть свои бронирования, следить за инициативами и отправлять данные.",
    }
    LoginSubmit { et: "Logi sisse", en: "Log in", ru: "Войти" }
    LoginNoAccount { et: "Sul pole veel kontot?", en: "No account yet?", ru: "Ещё нет профиля?" }
    SignupTitle { et: "Loo konto", en: "Create an account", ru: "Создать профиль" }
    SignupLead {
        et: "Konto võimaldab broneerida ruume, jälgida algatusi, saada e-posti teel uudiseid ja esitada andmeid.",
        en: "An account lets you book rooms, follow initiatives, receive e-mail updates and submit data.",
        ru: "Профиль позволяет бронировать помещения, следить за инициативами, получать новости по e-mail и отправлять данные.",
    }
    SignupSubmit { et: "Loo konto", en: "Create account", ru: "Создать профиль" }
    SignupHaveAccount { et: "Konto on juba olemas?", en: "Already have an account?", ru: "Уже есть профиль?" }
    FieldName { et: "Nimi", en: "Name", ru: "Имя" }
    FieldNameHint { et: "Nii näevad sind linna töötajad sinu broneeringutes ja kommentaarides.", en: "City staff see this name on your bookings and comments.", ru: "Это имя сотрудники города увидят в ваших бронированиях и комментариях." }
    FieldEmail { et: "E-posti aadress", en: "E-mail address", ru: "Адрес e-mail" }
    FieldPassword { et: "Parool", en: "Password", ru: "Пароль" }
    FieldPasswordHint { et: "Vähemalt {min} märki. Pikk fraas on hea parool.", en: "At least {min} characters. A long phrase makes a good password.", ru: "Не менее {min} символов. Длинная фраза — хороший пароль." }
    FieldAcceptTerms { et: "Olen lugenud andmete töötlemise põhimõtteid ja nõustun nendega", en: "I have read and accept the data-processing terms", ru: "Я прочитал(а) принципы обработки данных и согласен(на) с ними" }
    ReadTerms { et: "Loe andmete töötlemise põhimõtteid", en: "Read the data-processing terms", ru: "Прочитать принципы обработки данных" }
    AccountTitle { et: "Minu konto", en: "My account", ru: "Мой профиль" }
    AccountRoles { et: "Rollid", en: "Roles", ru: "Роли" }
    LogOut { et: "Logi välja", en: "Log out", ru: "Выйти" }
    Sending { et: "Saadan…", en: "Sending…", ru: "Отправка…" }
    ValEmailRequired { et: "Sisesta e-posti aadress.", en: "Enter your e-mail address.", ru: "Введите адрес e-mail." }
    ValEmailInvalid { et: "Sisesta e-posti aadress õigel kujul, näiteks nimi@example.ee.", en: "Enter an e-mail address in the correct format, like name@example.com.", ru: "Введите адрес e-mail в правильном формате, например name@example.com." }
    ValEmailTaken { et: "Selle e-posti aadressiga konto on juba olemas. Logi sisse.", en: "An account with this e-mail address already exists. Log in instead.", ru: "Профиль с этим адресом e-mail уже существует. Войдите." }
    ValPasswordRequired { et: "Sisesta parool.", en: "Enter your password.", ru: "Введите пароль." }
    ValPasswordTooShort { et: "Parool peab olema vähemalt {min} märki pikk.", en: "The password must be at least {min} characters long.", ru: "Пароль должен содержать не менее {min} символов." }
    ValPasswordTooLong { et: "Parool võib olla kuni {max} märki pikk.", en: "The password can be at most {max} characters long.", ru: "Пароль может содержать не более {max} символов." }
    ValNameRequired { et: "Sisesta oma nimi.", en: "Enter your name.", ru: "Введите имя." }
    ValNameTooLong { et: "Nimi võib olla kuni {max} märki pikk.", en: "The name can be at most {max} characters long.", ru: "Имя может содержать не более {max} символов." }
    ValTermsRequired { et: "Konto loomiseks nõustu andmete töötlemise põhimõtetega.", en: "Accept the data-processing terms to create an account.", ru: "Чтобы создать профиль, примите принципы обработки данных." }
    ValLoginWrong { et: "E-posti aadress või parool on vale.", en: "The e-mail address or password is wrong.", ru: "Неверный адрес e-mail или пароль." }
    ValLoginLocked {
        et: "Liiga palju ebaõnnestunud katseid. Proovi uuesti {minutes} minuti pärast.",
        en: "Too many failed attempts. Try again in {minutes} minutes.",
        ru: "Слишком много неудачных попыток. Попробуйте снова через {minutes} мин.",
    }
    NoticeSignedIn { et: "Oled sisse logitud.", en: "You are logged in.", ru: "Вы вошли в систему." }
    NoticeSignedOut { et: "Oled välja logitud.", en: "You have logged out.", ru: "Вы вышли из системы." }
    NoticeWelcome { et: "Konto on loodud ja oled sisse logitud.", en: "Your account has been created and you are logged in.", ru: "Профиль создан, вы вошли в систему." }

    // --- Roles --------------------------------------------------------------------------
    RoleCitizen { et: "Linlane", en: "Citizen", ru: "Житель" }
    RoleAdministrator { et: "Administraator", en: "Administrator", ru: "Администратор" }
    RoleRoomManager { et: "Ruumide haldaja", en: "Room manager", ru: "Управляющий помещениями" }
    RoleServiceOwner { et: "Teenuse omanik", en: "Service owner", ru: "Владелец услуги" }
    RoleDevelopmentTeam { et: "Teenuste arendusmeeskonna liige", en: "Service development team member", ru: "Член команды развития услуг" }
    RoleModerator { et: "Moderaator", en: "Moderator", ru: "Модератор" }
    RoleDataSteward { et: "Andmehaldur", en: "Data steward", ru: "Распорядитель данных" }

    // --- Staff dashboard ----------------------------------------------------------------
    AdminTitle { et: "Töölaud", en: "Dashboard", ru: "Панель сотрудника" }
    AdminLead {
        et: "Siin näed, mis sinu tegevust ootab. Broneeringud, ettepanekud, modereerimine ja andmed lisanduvad siia koos vastavate osadega.",
        en: "Here you see what is waiting for you. Bookings, proposals, moderation and data appear here as those parts arrive.",
        ru: "Здесь видно, что ждёт ваших действий. Бронирования, предложения, модерация и данные появятся здесь вместе с соответствующими разделами.",
    }
    AdminYourRoles { et: "Sinu rollid", en: "Your roles", ru: "Ваши роли" }
    AdminKeyFigures { et: "Põhinäitajad", en: "Key figures", ru: "Основные показатели" }
    AdminPeople { et: "Registreeritud inimesi", en: "Registered people", ru: "Зарегистрированных людей" }
    AdminStaff { et: "Neist linna töötajaid", en: "Of whom city staff", ru: "Из них сотрудников города" }
    AdminActiveSessions { et: "Aktiivseid seansse", en: "Active sessions", ru: "Активных сеансов" }
    AdminForInstitution { et: "asutus nr {id}", en: "institution no. {id}", ru: "учреждение № {id}" }

    // --- Statements ---------------------------------------------------------------------
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
    KindSchool { et: "Kool", en: "School", ru: "Школа" }
    KindLibrary { et: "Raamatukogu", en: "Library", ru: "Библиотека" }
    KindCultureCentre { et: "Kultuurikeskus", en: "Culture centre", ru: "Дом культуры" }
    KindSportsHall { et: "Spordihoone", en: "Sports hall", ru: "Спортивный зал" }
    KindYouthCentre { et: "Noortekeskus", en: "Youth centre", ru: "Молодёжный центр" }
    KindKindergarten { et: "Lasteaed", en: "Kindergarten", ru: "Детский сад" }
    RoomsLead {
        et: "Leia ruum Tartu linna koolides, raamatukogudes, kultuurikeskustes ja spordihoonetes.",
        en: "Find a room in Tartu's schools, libraries, culture centres and sports halls.",
        ru: "Найдите помещение в школах, библиотеках, домах культуры и спортзалах Тарту.",
    }
    FilterHeading { et: "Otsi ruumi", en: "Find a room", ru: "Поиск помещения" }
    FilterDate { et: "Kuupäev", en: "Date", ru: "Дата" }
    FilterFrom { et: "Algus", en: "From", ru: "С" }
    FilterTo { et: "Lõpp", en: "To", ru: "До" }
    FilterTimeHint { et: "Vaba aeg sel päeval, näiteks 18:00 kuni 20:00.", en: "Free time on that day, for example 18:00 to 20:00.", ru: "Свободное время в этот день, например с 18:00 до 20:00." }
    FilterPeople { et: "Inimeste arv", en: "Number of people", ru: "Число людей" }
    FilterInstitution { et: "Asutus", en: "Institution", ru: "Учреждение" }
    FilterDistrict { et: "Linnaosa", en: "District", ru: "Район" }
    FilterFeature { et: "Varustus", en: "Equipment", ru: "Оснащение" }
    FilterStepFree { et: "Ainult trepivaba ligipääsuga", en: "Step-free access only", ru: "Только с доступом без ступенек" }
    FilterMaxPrice { et: "Tunnihind kuni (eurot)", en: "Price per hour up to (euros)", ru: "Цена за час до (евро)" }
    FilterAny { et: "Kõik", en: "Any", ru: "Любое" }
    FilterSubmit { et: "Otsi", en: "Search", ru: "Найти" }
    FilterClear { et: "Tühjenda otsing", en: "Clear the search", ru: "Сбросить поиск" }
    FilterEndAfterStart { et: "Lõpp peab olema pärast algust.", en: "The end must be after the start.", ru: "Окончание должно быть позже начала." }
    FilterDateInvalid { et: "Vali kuupäev, et otsida vaba aega.", en: "Choose a date to search for free time.", ru: "Выберите дату, чтобы искать свободное время." }
    FilterTimeInvalid { et: "Sisesta kellaaeg kujul 18:00.", en: "Enter a time like 18:00.", ru: "Введите время в виде 18:00." }
    FilterPeopleInvalid { et: "Sisesta inimeste arv numbrina, näiteks 80.", en: "Enter the number of people as a number, like 80.", ru: "Введите число людей цифрами, например 80." }
    FilterFeatureInvalid { et: "Vali varustus loetelust.", en: "Choose equipment from the list.", ru: "Выберите оснащение из списка." }
    FilterPriceInvalid { et: "Sisesta hind eurodes, näiteks 50 või 49,50.", en: "Enter a price in euros, like 50 or 49.50.", ru: "Введите цену в евро, например 50 или 49,50." }
    RoomsFound { et: "Leitud ruume: {count}", en: "Rooms found: {count}", ru: "Найдено помещений: {count}" }
    RoomsNoneTitle { et: "Ükski ruum ei vasta otsingule", en: "No room matches your search", ru: "Ни одно помещение не подходит" }
    RoomsNoneIntro { et: "Miks ruumid välja jäid:", en: "Why rooms were left out:", ru: "Почему помещения не подошли:" }
    MismatchTooSmall { et: "{count} ruumi on liiga väikesed", en: "{count} rooms are too small", ru: "{count} помещений слишком малы" }
    MismatchOtherInstitution { et: "{count} ruumi on teistes asutustes", en: "{count} rooms are in other institutions", ru: "{count} помещений в других учреждениях" }
    MismatchOtherDistrict { et: "{count} ruumi on teistes linnaosades", en: "{count} rooms are in other districts", ru: "{count} помещений в других районах" }
    MismatchMissingFeature { et: "{count} ruumis pole valitud varustust", en: "{count} rooms lack the chosen equipment", ru: "В {count} помещениях нет выбранного оснащения" }
    MismatchNotStepFree { et: "{count} ruumil pole trepivaba ligipääsu", en: "{count} rooms have no step-free access", ru: "У {count} помещений нет доступа без ступенек" }
    MismatchTooExpensive { et: "{count} ruumi on kallimad", en: "{count} rooms cost more", ru: "{count} помещений дороже" }
    MismatchNotBookableThen { et: "{count} ruumi ei ole sel ajal broneeritavad", en: "{count} rooms cannot be booked at that time", ru: "{count} помещений нельзя забронировать на это время" }
    RoomFromPrice { et: "alates {price} tunnis", en: "from {price} per hour", ru: "от {price} в час" }
    RoomPeople { et: "{count} inimest", en: "{count} people", ru: "{count} чел." }
    RoomBookable { et: "Broneeritav", en: "Bookable", ru: "Можно забронировать" }
    Breadcrumbs { et: "Asukoht", en: "You are here", ru: "Вы здесь" }
    HomeCrumb { et: "Avaleht", en: "Home", ru: "Главная" }
    RoomDescription { et: "Kirjeldus", en: "Description", ru: "Описание" }
    RoomPrices { et: "Hinnad", en: "Prices", ru: "Цены" }
    RoomPerHour { et: "{price} tund", en: "{price} per hour", ru: "{price} в час" }
    RoomDayRate { et: "{price} päev ({from}–{to})", en: "{price} per day ({from}–{to})", ru: "{price} в день ({from}–{to})" }
    RoomAddOns { et: "Lisateenused", en: "Extras", ru: "Дополнительные услуги" }
    RoomAddOnPrice { et: "{hour} tund", en: "{hour} per hour", ru: "{hour} в час" }
    RoomAddOnPriceDay { et: "{hour} tund või {day} päev", en: "{hour} per hour or {day} per day", ru: "{hour} в час или {day} в день" }
    AddOnEquipment { et: "Tehnika kasutamine", en: "Use of equipment", ru: "Использование техники" }
    AddOnTechnicalAssistance { et: "Tehniline abi", en: "Technical assistance", ru: "Техническая помощь" }
    RoomNonProfit { et: "Mittetulundusühingud maksavad {percent}% hinnast.", en: "Non-profit organisations pay {percent}% of the price.", ru: "Некоммерческие организации платят {percent}% цены." }
    RoomCityFree { et: "Linna asutustele tasuta.", en: "Free for city institutions.", ru: "Для городских учреждений бесплатно." }
    RoomBookableTimes { et: "Broneeritavad ajad", en: "Bookable times", ru: "Время бронирования" }
    RoomHolidaysClosed { et: "Riigipühadel suletud.", en: "Closed on public holidays.", ru: "В государственные праздники закрыто." }
    RoomCapacity { et: "Mahutavus", en: "Capacity", ru: "Вместимость" }
    RoomSize { et: "Pindala", en: "Floor area", ru: "Площадь" }
    LayoutTheatre { et: "Istekohti ridades", en: "Seats in rows", ru: "Мест рядами" }
    LayoutTables { et: "Laudade taga", en: "At tables", ru: "За столами" }
    LayoutStanding { et: "Püsti", en: "Standing", ru: "Стоя" }
    LayoutOpen { et: "Osalejaid", en: "Participants", ru: "Участников" }
    RoomFeatures { et: "Varustus", en: "Equipment", ru: "Оснащение" }
    FeatureProjector { et: "Projektor", en: "Projector", ru: "Проектор" }
    FeatureScreen { et: "Ekraan", en: "Screen", ru: "Экран" }
    FeatureSoundSystem { et: "Helisüsteem", en: "Sound system", ru: "Звуковая система" }
    FeatureMicrophones { et: "Mikrofonid", en: "Microphones", ru: "Микрофоны" }
    FeatureWhiteboard { et: "Valge tahvel", en: "Whiteboard", ru: "Маркерная доска" }
    FeatureDeskSockets { et: "Pistikupesad laudadel", en: "Sockets on the desks", ru: "Розетки на столах" }
    FeatureForcedVentilation { et: "Sundventilatsioon", en: "Forced ventilation", ru: "Принудительная вентиляция" }
    FeatureWifi { et: "WiFi", en: "Wi-Fi", ru: "Wi-Fi" }
    FeatureKitchen { et: "Köök", en: "Kitchen", ru: "Кухня" }
    FeaturePiano { et: "Klaver", en: "Piano", ru: "Фортепиано" }
    FeatureStage { et: "Lava", en: "Stage", ru: "Сцена" }
    FeatureSportsFloor { et: "Spordipõrand", en: "Sports floor", ru: "Спортивное покрытие" }
    FeatureVideoConference { et: "Videokonverentsi seadmed", en: "Video conferencing", ru: "Видеоконференцсвязь" }
    RoomAccessibility { et: "Ligipääsetavus", en: "Accessibility", ru: "Доступность" }
    RoomNoAccessibilityInfo { et: "Ligipääsetavuse kohta andmed puuduvad. Küsi kontaktisikult.", en: "No accessibility details yet. Ask the contact person.", ru: "Сведений о доступности нет. Спросите контактное лицо." }
    AccessStepFree { et: "Trepivaba ligipääs", en: "Step-free access", ru: "Доступ без ступенек" }
    AccessToilet { et: "Ligipääsetav tualett", en: "Accessible toilet", ru: "Доступный туалет" }
    AccessHearingLoop { et: "Induktsioonsilmus", en: "Hearing loop", ru: "Индукционная петля" }
    AccessLift { et: "Lift", en: "Lift", ru: "Лифт" }
    AccessParking { et: "Parkimiskoht puudega inimesele", en: "Accessible parking", ru: "Парковка для людей с инвалидностью" }
    RoomContact { et: "Kontaktid", en: "Contact", ru: "Контакты" }
    RoomPhoneHours { et: "Telefon vastab {hours}", en: "Phone answered {hours}", ru: "Телефон отвечает {hours}" }
    RoomTerms { et: "Kasutustingimused", en: "Terms of use", ru: "Условия использования" }
    RoomCancellation { et: "Tühistamine", en: "Cancelling", ru: "Отмена" }
    RoomCancellationText { et: "Tasuta kuni {days} päeva enne algust, hiljem {percent}% hinnast.", en: "Free until {days} days before the start; after that {percent}% of the price.", ru: "Бесплатно до {days} дней до начала, позже — {percent}% цены." }
    InstitutionsTitle { et: "Asutused", en: "Institutions", ru: "Учреждения" }
    InstitutionsLead {
        et: "Linna asutused, mille ruume saab broneerida.",
        en: "The city's institutions whose rooms can be booked.",
        ru: "Городские учреждения, помещения которых можно забронировать.",
    }
    InstitutionRoomCount { et: "Ruume: {count}", en: "Rooms: {count}", ru: "Помещений: {count}" }
    InstitutionRoomsTitle { et: "Ruumid", en: "Rooms", ru: "Помещения" }
    SeeInstitutions { et: "Vaata kõiki asutusi", en: "See all institutions", ru: "Все учреждения" }
    FeaturedRoomsTitle { et: "Esile tõstetud ruumid", en: "Featured rooms", ru: "Избранные помещения" }
    AllRooms { et: "Kõik ruumid", en: "All rooms", ru: "Все помещения" }
    RefusalEndNotAfterStart { et: "Lõpp peab olema pärast algust.", en: "The end must be after the start.", ru: "Окончание должно быть позже начала." }
    RefusalNoSuchLocalTime { et: "Seda kellaaega sel ööl ei ole (kellakeeramine). Vali teine aeg.", en: "That time does not exist that night (clocks change). Choose another time.", ru: "Этого времени в ту ночь нет (перевод часов). Выберите другое время." }
    RefusalNotOnSlot { et: "Vali algus ja lõpp {minutes}-minutiliste sammudega, näiteks 18:00 või 18:30.", en: "Choose start and end in steps of {minutes} minutes, like 18:00 or 18:30.", ru: "Выберите начало и конец с шагом {minutes} минут, например 18:00 или 18:30." }
    RefusalTooShort { et: "Broneering peab kestma vähemalt {minutes} minutit.", en: "A booking must last at least {minutes} minutes.", ru: "Бронирование должно длиться не менее {minutes} минут." }
    RefusalTooLong { et: "Broneering võib kesta kuni {minutes} minutit.", en: "A booking can last at most {minutes} minutes.", ru: "Бронирование может длиться не более {minutes} минут." }
    RefusalOutsideHours { et: "Seda ruumi saab broneerida {hours}.", en: "This room is bookable {hours}.", ru: "Это помещение можно забронировать {hours}." }
    RefusalClosed { et: "Ruum on {date} suletud (riigipüha või sulgemine).", en: "The room is closed on {date} (public holiday or closure).", ru: "{date} помещение закрыто (праздник или закрытие)." }
    RefusalTooSoon { et: "Broneeri vähemalt {hours} tundi ette.", en: "Book at least {hours} hours ahead.", ru: "Бронируйте не менее чем за {hours} ч." }
    RefusalTooFarAhead { et: "Broneerida saab kuni {days} päeva ette.", en: "You can book up to {days} days ahead.", ru: "Бронировать можно не более чем на {days} дней вперёд." }
    RefusalOverCapacity { et: "Ruumi mahub kuni {capacity} inimest.", en: "The room takes up to {capacity} people.", ru: "Помещение вмещает до {capacity} человек." }
    RefusalTooCloseToAnother {
        et: "Selle ruumi broneeringute vahele jääb {minutes} minutit ettevalmistus- ja koristusaega. Vali aeg, mis jätab teise broneeringuga selle vahe.",
        en: "This room keeps {minutes} minutes for setup and cleanup between bookings. Choose a time that leaves that gap to the other booking.",
        ru: "Между бронированиями этого помещения остаётся {minutes} минут на подготовку и уборку. Выберите время с таким промежутком до другого бронирования.",
    }
    RefusalAlreadyBooked { et: "See aeg on juba broneeritud. Vali teine aeg.", en: "This time is already booked. Choose another time.", ru: "Это время уже забронировано. Выберите другое время." }
    OutboxBookingRequestedSubject { et: "Broneerimissoov on saadetud", en: "Your booking request has been sent", ru: "Запрос на бронирование отправлен" }
    ValPurposeRequired { et: "Kirjelda lühidalt, milleks ruumi vajad (kuni {max} märki).", en: "Say briefly what you need the room for (up to {max} characters).", ru: "Кратко опишите, для чего нужно помещение (до {max} символов)." }
    ValCategoryInvalid { et: "Vali hinnakategooria loetelust.", en: "Choose a price category from the list.", ru: "Выберите ценовую категорию из списка." }
    NoticeBookingRequested { et: "Broneerimissoov on saadetud. Ruumi haldaja vaatab selle üle ja annab teada.", en: "Your booking request has been sent. The room manager will review it and let you know.", ru: "Запрос на бронирование отправлен. Управляющий рассмотрит его и сообщит вам." }
    BookTitle { et: "Broneerimissoov", en: "Booking request", ru: "Запрос на бронирование" }
    BookLead { et: "Vali aeg ja kirjelda üritust. Ruumi haldaja vaatab soovi üle ja annab teada.", en: "Choose a time and describe your event. The room manager reviews the request and lets you know.", ru: "Выберите время и опишите мероприятие. Управляющий рассмотрит запрос и сообщит вам." }
    BookButton { et: "Saada broneerimissoov", en: "Send a booking request", ru: "Отправить запрос на бронирование" }
    BookStart { et: "Algusaeg", en: "Start time", ru: "Время начала" }
    BookEnd { et: "Lõpuaeg", en: "End time", ru: "Время окончания" }
    BookParticipants { et: "Osalejate arv", en: "Number of participants", ru: "Число участников" }
    BookPurpose { et: "Ürituse eesmärk", en: "Purpose of the event", ru: "Цель мероприятия" }
    BookPurposeHint { et: "Näiteks: koolitus 40 õpetajale.", en: "For example: a training for 40 teachers.", ru: "Например: обучение для 40 учителей." }
    BookOrganisation { et: "Organisatsioon (kui broneerid organisatsiooni nimel)", en: "Organisation (if you book on its behalf)", ru: "Организация (если бронируете от её имени)" }
    BookCategory { et: "Hinnakategooria", en: "Price category", ru: "Ценовая категория" }
    BookCategoryHint {
        et: "Soodushind kehtib mittetulundusühingule või linna asutusele: kirjuta allpool organisatsiooni nimi. Ruumi haldaja kontrollib enne kinnitamist, et organisatsioonil on soodushinnale õigus.",
        en: "A reduced price is for a non-profit or a city institution: give the organisation's name below. The room manager checks that it is entitled to the price before approving.",
        ru: "Льготная цена — для некоммерческой организации или городского учреждения: укажите ниже название организации. Управляющий проверит право на льготу перед одобрением.",
    }
    ValOrganisationForCategory { et: "Kirjuta organisatsiooni nimi: soodushind kehtib ainult organisatsioonile.", en: "Give the organisation's name: a reduced price is only for an organisation.", ru: "Укажите название организации: льготная цена действует только для организации." }
    BookingCategoryLabel { et: "Hinnakategooria", en: "Price category", ru: "Ценовая категория" }
    BookingQuoteLabel { et: "Hinna koosseis", en: "How the price is made up", ru: "Из чего состоит цена" }
    DecisionReducedPrice {
        et: "Broneerija soovib soodushinda „{category}” organisatsioonile „{organisation}”. Kinnita soodushinnaga ainult siis, kui organisatsioonil on sellele õigus; muul juhul kinnita tavahinnaga.",
        en: "The booker asks for the reduced price “{category}” for the organisation “{organisation}”. Approve at that price only if the organisation is entitled to it; otherwise approve at the standard price.",
        ru: "Бронирующий просит льготную цену «{category}» для организации «{organisation}». Одобряйте по этой цене, только если организация имеет на неё право; иначе одобрите по обычной цене.",
    }
    DecisionApproveStandard { et: "Kinnita tavahinnaga", en: "Approve at the standard price", ru: "Одобрить по обычной цене" }
    DecisionStandardNote { et: "Kinnitatud tavahinnaga: soodushinna tingimused ei olnud täidetud.", en: "Approved at the standard price: the reduced price did not apply.", ru: "Одобрено по обычной цене: условия льготы не выполнены." }
    CategoryStandard { et: "Tavahind", en: "Standard price", ru: "Обычная цена" }
    CategoryNonProfit { et: "Mittetulundusühing", en: "Non-profit organisation", ru: "Некоммерческая организация" }
    CategoryCityInstitution { et: "Linna asutus", en: "City institution", ru: "Городское учреждение" }
    BookAcceptTerms { et: "Olen lugenud ruumi kasutustingimusi ja nõustun nendega", en: "I have read and accept the room's terms of use", ru: "Я прочитал(а) условия использования помещения и согласен(на) с ними" }
    ValRoomTermsRequired { et: "Broneerimiseks nõustu ruumi kasutustingimustega.", en: "Accept the room's terms of use to book it.", ru: "Чтобы забронировать, примите условия использования помещения." }
    BookRuleLength { et: "Kestus {min} kuni {max} tundi, {slot}-minutiliste sammudena.", en: "From {min} to {max} hours, in steps of {slot} minutes.", ru: "От {min} до {max} ч, шагами по {slot} минут." }
    BookRuleNotice { et: "Vähemalt {hours} tundi ette ja kuni {days} päeva ette.", en: "At least {hours} hours ahead, and up to {days} days ahead.", ru: "Не позднее чем за {hours} ч и не ранее чем за {days} дней." }
    BookRuleBuffer { et: "Broneeringute vahele jääb {minutes} minutit ettevalmistus- ja koristusaega.", en: "{minutes} minutes are kept between bookings for setup and cleanup.", ru: "Между бронированиями остаётся {minutes} минут на подготовку и уборку." }
    BookQuoteTitle { et: "Hind", en: "Price", ru: "Цена" }
    BookQuoteHint { et: "Hind arvutatakse aja ja hinnakategooria järgi.", en: "The price follows from the time and the price category.", ru: "Цена рассчитывается по времени и ценовой категории." }
    BookCalculate { et: "Arvuta hind", en: "Calculate the price", ru: "Рассчитать цену" }
    BookTotal { et: "Kokku", en: "Total", ru: "Итого" }
    QuoteRoomHours { et: "Ruum, {hours} h × {rate}", en: "Room, {hours} h × {rate}", ru: "Помещение, {hours} ч × {rate}" }
    QuoteRoomDay { et: "Ruum, päevahind", en: "Room, day rate", ru: "Помещение, дневная цена" }
    QuoteAddOnHours { et: "{name}, {hours} h × {rate}", en: "{name}, {hours} h × {rate}", ru: "{name}, {hours} ч × {rate}" }
    QuoteAddOnDay { et: "{name}, päevahind", en: "{name}, day rate", ru: "{name}, дневная цена" }
    QuoteDiscount { et: "Soodustus: {category} maksab {percent}%", en: "Discount: {category} pays {percent}%", ru: "Скидка: {category} платит {percent}%" }
    MyBookingsTitle { et: "Minu broneeringud", en: "My bookings", ru: "Мои бронирования" }
    MyBookingsNone { et: "Sul pole veel broneeringuid.", en: "You have no bookings yet.", ru: "У вас ещё нет бронирований." }
    FindARoom { et: "Leia ruum", en: "Find a room", ru: "Найти помещение" }
    BookingBlockTitle { et: "Suletud aeg nr {id}", en: "Blocked time no. {id}", ru: "Закрытое время № {id}" }
    BookingBlockStatus { et: "Suletud aeg", en: "Blocked time", ru: "Закрытое время" }
    BookingBlockReason { et: "Sulgemise põhjus", en: "Why it is closed", ru: "Причина закрытия" }
    BookingTitle { et: "Broneering nr {id}", en: "Booking no. {id}", ru: "Бронирование № {id}" }
    BookingStatusLabel { et: "Olek", en: "Status", ru: "Статус" }
    BookingWhen { et: "Aeg", en: "Time", ru: "Время" }
    BookingRoomLabel { et: "Ruum", en: "Room", ru: "Помещение" }
    BookingPrice { et: "Hind", en: "Price", ru: "Цена" }
    BookingHistory { et: "Ajalugu", en: "History", ru: "История" }
    StatusRequested { et: "Ootab kinnitamist", en: "Waiting for approval", ru: "Ожидает подтверждения" }
    StatusApproved { et: "Kinnitatud", en: "Approved", ru: "Одобрено" }
    StatusRejected { et: "Tagasi lükatud", en: "Rejected", ru: "Отклонено" }
    StatusConfirmed { et: "Makstud ja kinnitatud", en: "Paid and confirmed", ru: "Оплачено и подтверждено" }
    StatusCompleted { et: "Toimunud", en: "Completed", ru: "Состоялось" }
    StatusCancelled { et: "Tühistatud", en: "Cancelled", ru: "Отменено" }
    StatusExpired { et: "Aegunud", en: "Expired", ru: "Истекло" }

    // --- Rooms: booking workflow, calendars, staff --------------------------------------
    BookPublicTitle { et: "Pealkiri linna kalendris", en: "Title in the city calendar", ru: "Название в городском календаре" }
    BookPublicTitleHint {
        et: "Kui soovid, et üritus oleks linna kalendris näha, kirjuta siia selle pealkiri. Tühjaks jättes on broneering privaatne.",
        en: "If you want the event to appear in the city calendar, write its title here. Leave it empty to keep the booking private.",
        ru: "Если хотите, чтобы мероприятие было видно в городском календаре, напишите его название. Оставьте пустым, чтобы бронирование было закрытым.",
    }
    SubmissionOwnReview { et: "Oma saadetud andmeid ei saa ise kinnitada: need vaatab üle teine andmehaldur.", en: "You cannot decide on data you sent yourself: another data steward reviews it.", ru: "Нельзя самому принять данные, которые вы отправили: их проверит другой распорядитель данных." }
    ValTooManyWaiting { et: "Sul on juba {waiting} broneeringukuupäeva otsust ootamas; korraga võib oodata kuni {max}. Oota otsuseid või tühista mõni taotlus.", en: "You already have {waiting} booking dates waiting for a decision; at most {max} may wait at once. Wait for the decisions or cancel a request.", ru: "У вас уже {waiting} дат бронирования ждут решения; одновременно может ждать не более {max}. Дождитесь решений или отмените заявку." }
    ValInvisibleCharacter { et: "Siin on nähtamatu juhtmärk (NUL), mida ei saa salvestada. Kirjuta tekst uuesti.", en: "This contains an invisible control character (NUL) that cannot be saved. Please type the text again.", ru: "Здесь есть невидимый управляющий символ (NUL), который нельзя сохранить. Введите текст заново." }
    ErrorInvisibleCharacterTitle { et: "Aadressis või vormis on lubamatu märk", en: "The address or form has a character that is not allowed", ru: "В адресе или форме недопустимый символ" }
    ErrorInvisibleCharacterText { et: "Päringus on nähtamatu juhtmärk (NUL), mida Raekoda ei saa lugeda ega salvestada. Mine tagasi, kirjuta tekst uuesti ja saada see siis.", en: "The request contains an invisible control character (NUL) that Raekoda cannot read or save. Go back, type the text again and send it.", ru: "В запросе есть невидимый управляющий символ (NUL), который Raekoda не может прочитать или сохранить. Вернитесь, введите текст заново и отправьте." }
    ValSearchTooLong { et: "Otsi lühemalt: kuni {words} sõna ja {chars} märki.", en: "Search with fewer words: up to {words} words and {chars} characters.", ru: "Сократите запрос: не более {words} слов и {chars} символов." }
    ValPublicTitleTooLong { et: "Pealkiri võib olla kuni {max} märki.", en: "The title can be up to {max} characters.", ru: "Название может содержать до {max} символов." }
    BookingBooker { et: "Broneerija", en: "Booked by", ru: "Кто бронирует" }
    BookingOrganisation { et: "Organisatsioon", en: "Organisation", ru: "Организация" }
    BookingDownloadIcs { et: "Lisa oma kalendrisse (.ics)", en: "Add to your calendar (.ics)", ru: "Добавить в свой календарь (.ics)" }
    BookingChangedMeanwhile { et: "Seda broneeringut on vahepeal muudetud. Vaata selle praegust olekut.", en: "This booking was changed meanwhile. See its current status.", ru: "Это бронирование тем временем изменили. Посмотрите его текущий статус." }
    BookingCannotCancel { et: "Seda broneeringut ei saa enam tühistada.", en: "This booking can no longer be cancelled.", ru: "Это бронирование больше нельзя отменить." }
    CancelTitle { et: "Tühista broneering", en: "Cancel the booking", ru: "Отменить бронирование" }
    CancelFree { et: "Praegu on tühistamine tasuta (tasuta kuni {until}).", en: "Cancelling now is free (free until {until}).", ru: "Сейчас отмена бесплатна (бесплатно до {until})." }
    CancelFreeNotApproved { et: "Praegu on tühistamine tasuta, sest soovi pole veel kinnitatud.", en: "Cancelling now is free, because the request has not been approved yet.", ru: "Сейчас отмена бесплатна, потому что заявка ещё не одобрена." }
    CancelCosts { et: "Praegu tühistades tuleb maksta {fee}. Tasuta sai tühistada kuni {until}.", en: "Cancelling now costs {fee}. Cancelling was free until {until}.", ru: "Отмена сейчас стоит {fee}. Бесплатно отменить можно было до {until}." }
    CancelButton { et: "Jah, tühista broneering", en: "Yes, cancel the booking", ru: "Да, отменить бронирование" }
    CancelFeeNote { et: "Tühistamistasu {fee}.", en: "Cancellation fee {fee}.", ru: "Плата за отмену {fee}." }
    NoticeBookingCancelled { et: "Broneering on tühistatud.", en: "The booking has been cancelled.", ru: "Бронирование отменено." }
    DecisionTitle { et: "Otsus", en: "Decision", ru: "Решение" }
    DecisionApprove { et: "Kinnita broneering", en: "Approve the booking", ru: "Одобрить бронирование" }
    DecisionReject { et: "Lükka tagasi", en: "Reject", ru: "Отклонить" }
    DecisionReason { et: "Tagasilükkamise põhjus", en: "Reason for rejecting", ru: "Причина отказа" }
    DecisionReasonHint { et: "Broneerija näeb seda põhjust. Paku võimalusel muu aeg.", en: "The booker reads this reason. If you can, suggest another time.", ru: "Заявитель увидит эту причину. Если можете, предложите другое время." }
    ValReasonRequired { et: "Kirjuta põhjus, mida broneerija näeb (kuni {max} märki).", en: "Write a reason the booker will read (up to {max} characters).", ru: "Напишите причину, которую увидит заявитель (до {max} символов)." }
    NoticeBookingApproved { et: "Broneering on kinnitatud. Broneerijale saadetakse teade.", en: "The booking is approved. The booker will be notified.", ru: "Бронирование одобрено. Заявитель получит уведомление." }
    NoticeBookingRejected { et: "Broneering on tagasi lükatud. Broneerijale saadetakse teade koos põhjusega.", en: "The booking is rejected. The booker will be told the reason.", ru: "Бронирование отклонено. Заявитель получит уведомление с причиной." }
    OutboxBookingApprovedSubject { et: "Broneering on kinnitatud", en: "Your booking is approved", ru: "Ваше бронирование одобрено" }
    OutboxBookingRejectedSubject { et: "Broneerimissoov lükati tagasi", en: "Your booking request was rejected", ru: "Ваш запрос на бронирование отклонён" }
    OutboxBookingCancelledSubject { et: "Broneering on tühistatud", en: "Your booking is cancelled", ru: "Ваше бронирование отменено" }
    OutboxBookingExpiredSubject { et: "Broneerimissoov aegus", en: "Your booking request expired", ru: "Срок вашего запроса на бронирование истёк" }
    OutboxBookingBody {
        et: "Broneering nr {id}: {room}, {date} {from}–{to}. Olek: {status}.",
        en: "Booking no. {id}: {room}, {date} {from}–{to}. Status: {status}.",
        ru: "Бронирование № {id}: {room}, {date} {from}–{to}. Статус: {status}.",
    }
    ValChooseFromList { et: "Vali väärtus loetelust.", en: "Choose a value from the list.", ru: "Выберите значение из списка." }
    ValMonthInvalid { et: "Vali kuu kujul 2026-12.", en: "Choose a month like 2026-12.", ru: "Выберите месяц в виде 2026-12." }
    AdminBookingsTitle { et: "Broneeringud", en: "Bookings", ru: "Бронирования" }
    AdminBookingsLead {
        et: "Sinu asutuste ruumide broneerimissoovid, vanimad eespool.",
        en: "Booking requests for your institutions' rooms, oldest first.",
        ru: "Запросы на бронирование помещений ваших учреждений, сначала самые старые.",
    }
    AdminBookingsCount { et: "Leitud: {count}", en: "Found: {count}", ru: "Найдено: {count}" }
    AdminRequestedAt { et: "Saabus", en: "Received", ru: "Получено" }
    AdminReportTitle { et: "Ruumide kasutus ja tulu", en: "Room use and revenue", ru: "Использование помещений и доход" }
    AdminReportLead {
        et: "Broneeritud tunnid broneeritavate tundide kohta ja tulu ruumide kaupa kuus. Arvesse lähevad kinnitatud broneeringud; asutuse sulgemised on eraldi.",
        en: "Booked hours against bookable hours, and revenue, per room and month. Approved bookings count; the institution's own closures are shown apart.",
        ru: "Забронированные часы по отношению к доступным и доход по помещениям за месяц. Учитываются одобренные бронирования; закрытия учреждением показаны отдельно.",
    }
    AdminReportColumnsTitle { et: "Mida veerud loevad", en: "What each column counts", ru: "Что считают столбцы" }
    AdminReportBookingsHelp {
        et: "Broneeringuid ja broneeritud tunde: kinnitatud broneeringud, mis algavad selles kuus (ka töötaja tehtud broneering kellegi eest). Sulgemised siia ei lähe.",
        en: "Bookings and booked hours: approved bookings starting in the month (including those staff made on someone's behalf). Closures are not counted here.",
        ru: "Бронирования и забронированные часы: одобренные бронирования, начинающиеся в этом месяце (и сделанные сотрудником от чьего-то имени). Закрытия сюда не входят.",
    }
    AdminReportBlocksHelp {
        et: "Sulgemisi ja suletud tunde: ajad, mil töötaja sulges ruumi (remont, asutuse enda üritus). Need ei ole kasutus ega too tulu.",
        en: "Closures and closed hours: times staff closed the room (maintenance, the institution's own use). They are not use and bring no revenue.",
        ru: "Закрытия и закрытые часы: время, когда сотрудник закрыл помещение (ремонт, собственное мероприятие учреждения). Это не использование и не доход.",
    }
    AdminReportBookableHelp {
        et: "Broneeritavaid tunde: ruumi lahtiolekuajad kuus, ilma pühade ja suletud päevadeta.",
        en: "Bookable hours: the room's opening hours in the month, without public holidays and closed days.",
        ru: "Доступно часов: часы работы помещения за месяц, без праздников и закрытых дней.",
    }
    AdminReportUtilisationHelp {
        et: "Kasutus: broneeritud tunnid jagatud broneeritavate tundidega.",
        en: "Utilisation: booked hours divided by bookable hours.",
        ru: "Загрузка: забронированные часы, делённые на доступные.",
    }
    AdminReportBlocks { et: "Sulgemisi", en: "Closures", ru: "Закрытий" }
    AdminReportBlockedHours { et: "Suletud tunde", en: "Closed hours", ru: "Закрыто часов" }
    AdminReportBookings { et: "Broneeringuid", en: "Bookings", ru: "Бронирований" }
    AdminReportBookedHours { et: "Broneeritud tunde", en: "Booked hours", ru: "Забронировано часов" }
    AdminReportBookableHours { et: "Broneeritavaid tunde", en: "Bookable hours", ru: "Доступно часов" }
    AdminReportUtilisation { et: "Kasutus", en: "Utilisation", ru: "Загрузка" }
    AdminReportRevenue { et: "Tulu", en: "Revenue", ru: "Доход" }
    AdminReportCsv { et: "Laadi alla CSV-failina", en: "Download as CSV", ru: "Скачать как CSV" }
    AdminOpenBookings { et: "Broneerimissoovid", en: "Booking requests", ru: "Запросы на бронирование" }
    CalendarNavLabel { et: "Kalendri sirvimine", en: "Calendar navigation", ru: "Навигация по календарю" }
    CalendarPreviousWeek { et: "← Eelmine nädal", en: "← Previous week", ru: "← Предыдущая неделя" }
    CalendarNextWeek { et: "Järgmine nädal →", en: "Next week →", ru: "Следующая неделя →" }
    CalendarPreviousMonth { et: "← Eelmine kuu", en: "← Previous month", ru: "← Предыдущий месяц" }
    CalendarNextMonth { et: "Järgmine kuu →", en: "Next month →", ru: "Следующий месяц →" }
    CalendarMonthView { et: "Kuu vaade", en: "Month view", ru: "Месяц" }
    CalendarWeekView { et: "Nädala vaade", en: "Week view", ru: "Неделя" }
    CalendarOpen { et: "Broneeritav", en: "Bookable", ru: "Можно бронировать" }
    CalendarClosed { et: "Suletud (riigipüha või sulgemine)", en: "Closed (public holiday or closure)", ru: "Закрыто (праздник или закрытие)" }
    CalendarClosedShort { et: "suletud", en: "closed", ru: "закрыто" }
    CalendarFreeShort { et: "vaba", en: "free", ru: "свободно" }
    CalendarFree { et: "Vaba", en: "Free", ru: "Свободно" }
    CalendarFull { et: "Kõik ajad on broneeritud.", en: "Fully booked.", ru: "Всё время занято." }
    CalendarNotBookable { et: "Ei ole broneeritav.", en: "Not bookable.", ru: "Нельзя забронировать." }
    CalendarNothing { et: "Broneeringuid pole.", en: "No bookings.", ru: "Бронирований нет." }
    CalendarBusy { et: "hõivatud", en: "busy", ru: "занято" }
    CalendarBlocked { et: "suletud (asutuse otsus)", en: "closed (by the institution)", ru: "закрыто (решение учреждения)" }
    CalendarPartlyClosedShort { et: "osaliselt suletud", en: "partly closed", ru: "частично закрыто" }
    CalendarBusyCount { et: "hõivatud: {count}", en: "busy: {count}", ru: "занято: {count}" }
    CalendarWeekHeading { et: "Nädal", en: "Week", ru: "Неделя" }
    RoomCalendarHeading { et: "Vabad ja hõivatud ajad", en: "Free and busy times", ru: "Свободное и занятое время" }
    RoomCalendarFeed { et: "Telli ruumi hõivatud ajad oma kalendrisse (.ics)", en: "Subscribe to the room's busy times (.ics)", ru: "Подписаться на занятое время помещения (.ics)" }
    InstitutionCalendarHeading { et: "Asutuse ruumide kalender", en: "Calendar of the institution's rooms", ru: "Календарь помещений учреждения" }
    CityCalendarTitle { et: "Linna kalender", en: "City calendar", ru: "Городской календарь" }
    CityCalendarLead {
        et: "Avalikud üritused linna asutuste ruumides, nagu korraldajad on need avaldanud.",
        en: "Public events in the rooms of city institutions, as their organisers published them.",
        ru: "Открытые мероприятия в помещениях городских учреждений, опубликованные их организаторами.",
    }
    SeriesConflicts {
        et: "Kõiki kordusi ei saa broneerida: {dates}. Muuda aega või lõpeta kordamine varem.",
        en: "Not every repeat can be booked: {dates}. Change the time or end the series earlier.",
        ru: "Не все повторы можно забронировать: {dates}. Измените время или закончите серию раньше.",
    }
    ValInvoiceTooLong { et: "Arve andmed võivad olla kuni {max} märki.", en: "Invoice details can be up to {max} characters.", ru: "Данные для счёта — не более {max} символов." }
    ValRepeatUntil {
        et: "Vali kordamise lõpp pärast esimest kuupäeva ja kuni {weeks} nädalat ette.",
        en: "Choose an end for the series after the first date and within {weeks} weeks.",
        ru: "Выберите конец серии после первой даты и не дальше {weeks} недель.",
    }
    BookLayout { et: "Ruumi paigutus", en: "Room layout", ru: "Расстановка мебели" }
    BookLayoutAny { et: "Pole oluline", en: "No preference", ru: "Неважно" }
    BookLayoutOption { et: "{layout} (kuni {count} inimest)", en: "{layout} (up to {count} people)", ru: "{layout} (до {count} чел.)" }
    BookAddOnsLegend { et: "Lisateenused", en: "Extras", ru: "Дополнительные услуги" }
    BookInvoiceDetails { et: "Arve andmed (kui arve tuleb esitada organisatsioonile)", en: "Invoice details (if the invoice goes to an organisation)", ru: "Данные для счёта (если счёт выставляется организации)" }
    BookInvoiceHint { et: "Nimi, registrikood, aadress ja arve e-posti aadress.", en: "Name, registry code, address and the e-mail address for invoices.", ru: "Название, регистрационный код, адрес и e-mail для счетов." }
    BookRepeatUntil { et: "Korda iga nädal kuni (valikuline)", en: "Repeat every week until (optional)", ru: "Повторять каждую неделю до (необязательно)" }
    BookRepeatHint { et: "Sama aeg samal nädalapäeval kuni selle kuupäevani. Hinnaplokk näitab, kas kõik kuupäevad on vabad.", en: "The same time on the same weekday until this date. The price box shows whether every date is free.", ru: "То же время в тот же день недели до этой даты. В блоке цены видно, свободны ли все даты." }
    QuoteDatesTitle { et: "Kuupäevad", en: "Dates", ru: "Даты" }
    QuoteDateFree { et: "vaba", en: "free", ru: "свободно" }
    QuoteSeriesTotal { et: "Kõik kuupäevad kokku", en: "All dates together", ru: "Все даты вместе" }
    QuotePerDate { et: "Ühe kuupäeva hind", en: "Price per date", ru: "Цена за одну дату" }
    BookingInvoice { et: "Arve andmed", en: "Invoice details", ru: "Данные для счёта" }
    BookingSeries { et: "Kordus", en: "Series", ru: "Серия" }
    OutboxSeriesBody {
        et: "Iganädalane kordus: {room}, {from}–{to}, {count} kuupäeva ({dates}). Olek: {status}.",
        en: "Weekly series: {room}, {from}–{to}, {count} dates ({dates}). Status: {status}.",
        ru: "Еженедельная серия: {room}, {from}–{to}, дат: {count} ({dates}). Статус: {status}.",
    }
    SeriesDatesTitle { et: "Korduse kuupäevad", en: "The series' dates", ru: "Даты серии" }
    SeriesDecisionTitle { et: "Otsus kogu korduse kohta", en: "Decide the whole series", ru: "Решение по всей серии" }
    SeriesDecisionLead {
        et: "Korraga otsustatakse kõik {count} veel otsustamata kuupäeva. Üksikut kuupäeva saad otsustada selle lehel (erand).",
        en: "This decides all {count} dates not yet decided. To decide one date differently, open its page (an exception).",
        ru: "Так решаются все {count} ещё не решённые даты. Чтобы решить одну дату иначе, откройте её страницу (исключение).",
    }
    SeriesApprove { et: "Kinnita kogu kordus", en: "Approve the whole series", ru: "Одобрить всю серию" }
    SeriesReject { et: "Lükka kogu kordus tagasi", en: "Reject the whole series", ru: "Отклонить всю серию" }
    SeriesReason { et: "Põhjus (tagasilükkamisel kohustuslik)", en: "Reason (needed to reject)", ru: "Причина (обязательна при отклонении)" }
    SeriesCancelTitle { et: "Tühista kogu kordus", en: "Cancel the whole series", ru: "Отменить всю серию" }
    SeriesCancelCost {
        et: "Tühistatakse {count} kuupäeva, mis pole veel alanud. Tasu kokku: {fee}. Üksiku kuupäeva saad tühistada selle lehel.",
        en: "This cancels {count} dates that have not started. Fees in all: {fee}. To cancel one date only, open its page.",
        ru: "Будут отменены {count} дат, которые ещё не начались. Плата всего: {fee}. Чтобы отменить одну дату, откройте её страницу.",
    }
    SeriesCancelButton { et: "Jah, tühista kogu kordus", en: "Yes, cancel the whole series", ru: "Да, отменить всю серию" }
    NoticeSeriesDecided { et: "Korduse otsus on tehtud ja broneerijale teada antud.", en: "The series is decided and the booker told.", ru: "Решение по серии принято, бронирующему сообщено." }
    NoticeSeriesCancelled { et: "Kordus on tühistatud.", en: "The series is cancelled.", ru: "Серия отменена." }
    BookingSeriesText { et: "Iganädalane kordus, mis algab broneeringuga nr {id}", en: "Weekly series starting with booking no. {id}", ru: "Еженедельная серия, начиная с бронирования № {id}" }
    ValBookerNameRequired { et: "Sisesta broneerija nimi.", en: "Enter the booker's name.", ru: "Введите имя заявителя." }
    StaffEntryTitle { et: "Lisa kalendrisse", en: "Add to the calendar", ru: "Добавить в календарь" }
    StaffEntryLead {
        et: "Broneeri kellegi eest, kes helistas või tuli kohale, või sulge aeg (remont, asutuse enda üritus). Kinnitatakse kohe; lahtiolekuajad ei piira, aga kattuda ei tohi.",
        en: "Book on behalf of someone who called or came in, or block a time (maintenance, the institution's own event). Approved at once; opening hours do not bind you, but nothing may overlap.",
        ru: "Забронируйте за того, кто позвонил или пришёл, или закройте время (ремонт, собственное мероприятие учреждения). Подтверждается сразу; часы работы не ограничивают, но пересекаться нельзя.",
    }
    StaffEntryKind { et: "Mis see on?", en: "What is it?", ru: "Что это?" }
    StaffEntryBlock { et: "Suletud aeg (remont, asutuse üritus)", en: "Blocked time (maintenance, own event)", ru: "Закрытое время (ремонт, своё мероприятие)" }
    StaffEntryBooking { et: "Broneering kellegi eest", en: "A booking on someone's behalf", ru: "Бронирование за другого человека" }
    StaffEntryName { et: "Broneerija nimi", en: "Booker's name", ru: "Имя заявителя" }
    StaffEntryEmail { et: "Broneerija e-posti aadress", en: "Booker's e-mail address", ru: "E-mail заявителя" }
    StaffEntryPurpose { et: "Eesmärk või sulgemise põhjus", en: "Purpose, or the reason for blocking", ru: "Цель или причина закрытия" }
    StaffEntryButton { et: "Lisa kalendrisse", en: "Add to the calendar", ru: "Добавить в календарь" }
    NoticeStaffEntryAdded { et: "Lisatud kalendrisse.", en: "Added to the calendar.", ru: "Добавлено в календарь." }
    KindBlock { et: "Suletud aeg", en: "Blocked time", ru: "Закрытое время" }
    ValRoomName { et: "Sisesta ruumi nimi (kuni 120 märki).", en: "Enter the room's name (up to 120 characters).", ru: "Введите название помещения (до 120 символов)." }
    ValHoursSpan { et: "Sisesta aeg kujul 17:00–21:00; mitu aega komaga eraldatult.", en: "Enter times like 17:00–21:00; several separated by commas.", ru: "Введите время в виде 17:00–21:00; несколько — через запятую." }
    ValNumberBetween { et: "Sisesta täisarv vahemikus {min} kuni {max}.", en: "Enter a whole number from {min} to {max}.", ru: "Введите целое число от {min} до {max}." }
    ValMaxBelowMin { et: "Pikim kestus ei saa olla lühem kui lühim.", en: "The longest duration cannot be shorter than the shortest.", ru: "Наибольшая длительность не может быть меньше наименьшей." }
    ValClosedDates { et: "Sisesta kuupäevad kujul 2026-12-31, komaga eraldatult.", en: "Enter dates like 2026-12-31, separated by commas.", ru: "Введите даты в виде 2026-12-31 через запятую." }
    AdminRoomsTitle { et: "Ruumide haldamine", en: "Manage rooms", ru: "Управление помещениями" }
    AdminRoomsLead { et: "Muuda oma asutuste ruumide hindu, broneeritavaid aegu ja reegleid.", en: "Change the prices, bookable times and rules of your institutions' rooms.", ru: "Изменяйте цены, время бронирования и правила помещений ваших учреждений." }
    AdminRoomEdit { et: "Muuda", en: "Edit", ru: "Изменить" }
    RoomFormName { et: "Ruumi nimi", en: "Room name", ru: "Название помещения" }
    RoomFormDescription { et: "Kirjeldus (eesti keeles)", en: "Description (in Estonian)", ru: "Описание (на эстонском)" }
    RoomFormTerms { et: "Kasutustingimused (eesti keeles)", en: "Terms of use (in Estonian)", ru: "Условия использования (на эстонском)" }
    RoomFormHourly { et: "Tunnihind (eurot)", en: "Price per hour (euros)", ru: "Цена за час (евро)" }
    RoomFormDayPrice { et: "Päevahind (eurot, valikuline)", en: "Day rate (euros, optional)", ru: "Дневная цена (евро, необязательно)" }
    RoomFormDayHours { et: "Päevahinna kellaajad", en: "Hours the day rate covers", ru: "Часы дневной цены" }
    RoomFormNonProfit { et: "Mittetulundusühingu osa hinnast (%)", en: "Non-profit share of the price (%)", ru: "Доля цены для НКО (%)" }
    RoomFormCity { et: "Linna asutuse osa hinnast (%)", en: "City institution share of the price (%)", ru: "Доля цены для городских учреждений (%)" }
    RoomFormHoursLegend { et: "Broneeritavad ajad", en: "Bookable times", ru: "Время бронирования" }
    RoomFormHoursHint { et: "Näiteks 17:00–21:00. Tühi tähendab, et sel päeval ei saa broneerida.", en: "For example 17:00–21:00. Empty means the room cannot be booked that day.", ru: "Например 17:00–21:00. Пусто — в этот день бронировать нельзя." }
    WeekdayMon { et: "Esmaspäev", en: "Monday", ru: "Понедельник" }
    WeekdayTue { et: "Teisipäev", en: "Tuesday", ru: "Вторник" }
    WeekdayWed { et: "Kolmapäev", en: "Wednesday", ru: "Среда" }
    WeekdayThu { et: "Neljapäev", en: "Thursday", ru: "Четверг" }
    WeekdayFri { et: "Reede", en: "Friday", ru: "Пятница" }
    WeekdaySat { et: "Laupäev", en: "Saturday", ru: "Суббота" }
    WeekdaySun { et: "Pühapäev", en: "Sunday", ru: "Воскресенье" }
    RoomFormSlot { et: "Ajasamm (minutit)", en: "Time step (minutes)", ru: "Шаг времени (минуты)" }
    RoomFormMin { et: "Lühim broneering (minutit)", en: "Shortest booking (minutes)", ru: "Кратчайшее бронирование (минуты)" }
    RoomFormMax { et: "Pikim broneering (minutit)", en: "Longest booking (minutes)", ru: "Самое длинное бронирование (минуты)" }
    RoomFormBuffer { et: "Vaheaeg broneeringute vahel (minutit)", en: "Gap between bookings (minutes)", ru: "Перерыв между бронированиями (минуты)" }
    RoomFormNotice { et: "Broneeri vähemalt (tundi ette)", en: "Book at least (hours ahead)", ru: "Бронировать не менее чем (часов заранее)" }
    RoomFormAdvance { et: "Broneeri kuni (päeva ette)", en: "Book at most (days ahead)", ru: "Бронировать не более чем (дней заранее)" }
    RoomFormClosed { et: "Suletud kuupäevad (lisaks riigipühadele)", en: "Closed dates (besides public holidays)", ru: "Закрытые даты (кроме праздников)" }
    RoomFormFreeDays { et: "Tasuta tühistamine kuni (päeva enne)", en: "Free cancelling until (days before)", ru: "Бесплатная отмена до (дней до начала)" }
    RoomFormFee { et: "Hilisema tühistamise tasu (% hinnast)", en: "Fee for later cancelling (% of the price)", ru: "Плата за позднюю отмену (% цены)" }
    RoomFormFeatured { et: "Näita avalehel esile tõstetud ruumina", en: "Show on the front page as a featured room", ru: "Показывать на главной как избранное помещение" }
    RoomFormSave { et: "Salvesta muudatused", en: "Save the changes", ru: "Сохранить изменения" }
    NoticeRoomSaved { et: "Ruumi andmed on salvestatud.", en: "The room has been saved.", ru: "Данные помещения сохранены." }

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
    ServiceOwner { et: "Teenuse omanik", en: "Service owner", ru: "Владелец услуги" }
    ServiceOwnerMissing { et: "Määramata", en: "Not assigned", ru: "Не назначен" }
    ServiceContact { et: "Kontakt", en: "Contact", ru: "Контакт" }
    ServiceLastReviewed { et: "Viimati üle vaadatud", en: "Last reviewed", ru: "Последняя проверка" }
    FeedbackTitle { et: "Kas sellest lehest oli abi?", en: "Was this page helpful?", ru: "Была ли эта страница полезной?" }
    FeedbackQuestion { et: "Kas leidsid vajaliku?", en: "Did you find what you needed?", ru: "Вы нашли то, что нужно?" }
    FeedbackYes { et: "Jah", en: "Yes", ru: "Да" }
    FeedbackChoose { et: "Vali „Jah“ või „Ei“.", en: "Choose “Yes” or “No”.", ru: "Выберите «Да» или «Нет»." }
    FeedbackNo { et: "Ei", en: "No", ru: "Нет" }
    FeedbackComment { et: "Kommentaar teenuse omanikule (valikuline)", en: "Comment for the service owner (optional)", ru: "Комментарий владельцу услуги (необязательно)" }
    FeedbackCommentHint { et: "Ära kirjuta siia isikuandmeid. Vastust sellele ei saadeta.", en: "Do not write personal details here. No reply is sent.", ru: "Не пишите здесь личные данные. Ответ не отправляется." }
    FeedbackSend { et: "Saada tagasiside", en: "Send feedback", ru: "Отправить отзыв" }
    FeedbackTooOften { et: "Oled täna juba palju tagasisidet saatnud. Proovi homme uuesti.", en: "You have sent a lot of feedback today. Try again tomorrow.", ru: "Сегодня вы уже отправили много отзывов. Попробуйте завтра." }
    NoticeFeedbackThanks { et: "Aitäh! Tagasiside jõuab teenuse omanikuni.", en: "Thank you! Your feedback reaches the service owner.", ru: "Спасибо! Отзыв получит владелец услуги." }
    ValCommentTooLong { et: "Kommentaar võib olla kuni {max} märki.", en: "The comment can be up to {max} characters.", ru: "Комментарий — не более {max} символов." }
    ServiceMapTitle { et: "Teenuste kaart", en: "Service map", ru: "Карта услуг" }
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
    MyServicesTitle { et: "Minu teenused", en: "My services", ru: "Мои услуги" }
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
    StageDraft { et: "Mustand", en: "Draft", ru: "Черновик" }
    StageSubmitted { et: "Esitatud", en: "Submitted", ru: "Подано" }
    StageInReview { et: "Hindamisel", en: "In review", ru: "На рассмотрении" }
    StageChangesRequested { et: "Vajab muutmist", en: "Changes requested", ru: "Требуются изменения" }
    StageApproved { et: "Heaks kiidetud", en: "Approved", ru: "Одобрено" }
    StageRejected { et: "Tagasi lükatud", en: "Rejected", ru: "Отклонено" }
    StagePiloting { et: "Piloteerimisel", en: "Piloting", ru: "Пилотирование" }
    StageImplemented { et: "Ellu viidud", en: "Implemented", ru: "Внедрено" }
    TransitionSubmit { et: "Esita hindamiseks", en: "Submit for review", ru: "Подать на рассмотрение" }
    TransitionStartReview { et: "Alusta hindamist", en: "Start the review", ru: "Начать рассмотрение" }
    TransitionApprove { et: "Kiida heaks", en: "Approve", ru: "Одобрить" }
    TransitionRequestChanges { et: "Palu muudatusi", en: "Request changes", ru: "Запросить изменения" }
    TransitionReject { et: "Lükka tagasi", en: "Reject", ru: "Отклонить" }
    TransitionStartPilot { et: "Alusta piloteerimist", en: "Start the pilot", ru: "Начать пилот" }
    TransitionImplement { et: "Märgi ellu viiduks", en: "Mark as implemented", ru: "Отметить как внедрённое" }
    RatingGreen { et: "Roheline: täidetud", en: "Green: met", ru: "Зелёный: выполнено" }
    RatingAmber { et: "Kollane: osaliselt, vajab tegevusi", en: "Amber: partly, needs actions", ru: "Жёлтый: частично, нужны действия" }
    RatingRed { et: "Punane: täitmata", en: "Red: not met", ru: "Красный: не выполнено" }
    RatingNone { et: "Hindamata", en: "Not rated yet", ru: "Не оценено" }
    ProposalsTitle { et: "Teenuste arendusettepanekud", en: "Service development proposals", ru: "Предложения по развитию услуг" }
    ProposalsLead { et: "Tee ettepanek uue teenuse loomiseks või olemasoleva parandamiseks. Avaliku teenuse arendustiim hindab ettepanekut ja sa näed iga sammu.", en: "Propose a new service or a better one. The public service development team assesses your proposal, and you can follow every step.", ru: "Предложите новую услугу или улучшение существующей. Команда развития публичных услуг оценит предложение, а вы увидите каждый шаг." }
    ProposalsWaiting { et: "Ootavad arendustiimi", en: "Waiting for the development team", ru: "Ожидают команду развития" }
    ProposalsMine { et: "Minu ettepanekud", en: "My proposals", ru: "Мои предложения" }
    ProposalsNone { et: "Sul pole veel ettepanekuid.", en: "You have no proposals yet.", ru: "У вас пока нет предложений." }
    ProposalStart { et: "Uus ettepanek", en: "New proposal", ru: "Новое предложение" }
    ProposalStartHint { et: "Alusta pealkirjast. Ülejäänu kirjutad järgmisel lehel; see salvestub kirjutamise ajal.", en: "Start with a title. You write the rest on the next page; it is saved as you write.", ru: "Начните с названия. Остальное вы напишете на следующей странице; текст сохраняется по ходу." }
    ProposalTitleField { et: "Ettepaneku pealkiri", en: "Title of the proposal", ru: "Название предложения" }
    ProposalServiceField { et: "Teenus", en: "Service", ru: "Услуга" }
    ProposalNewService { et: "Uus teenus (kataloogis veel pole)", en: "A new service (not in the catalogue yet)", ru: "Новая услуга (ещё нет в каталоге)" }
    ProposalOwnerField { et: "Kavandatav teenuse omanik", en: "Intended service owner", ru: "Предполагаемый владелец услуги" }
    ProposalCreate { et: "Alusta ettepanekut", en: "Start the proposal", ru: "Начать предложение" }
    ProposalProposer { et: "Ettepaneku tegija", en: "Proposer", ru: "Автор предложения" }
    ProposalUpdated { et: "Muudetud", en: "Updated", ru: "Изменено" }
    ProposalStage { et: "Etapp", en: "Stage", ru: "Этап" }
    ProposalTemplateVersion { et: "Vormi versioon", en: "Template version", ru: "Версия шаблона" }
    ProposalEdit { et: "Muuda ettepanekut", en: "Edit the proposal", ru: "Изменить предложение" }
    ProposalAssess { et: "Hinda ettepanekut", en: "Assess the proposal", ru: "Оценить предложение" }
    ProposalContent { et: "Ettepanek", en: "The proposal", ru: "Предложение" }
    ProposalUnanswered { et: "(vastamata)", en: "(not answered)", ru: "(без ответа)" }
    ProposalHistory { et: "Ajalugu", en: "History", ru: "История" }
    ProposalNextStep { et: "Järgmine samm", en: "Next step", ru: "Следующий шаг" }
    ProposalMoveComment { et: "Kommentaar (ei ole kohustuslik)", en: "Comment (optional)", ru: "Комментарий (необязательно)" }
    ProposalImplementedService { et: "Teenus, mis loodi või mida muudeti", en: "The service it created or changed", ru: "Услуга, которая создана или изменена" }
    ProposalEditTitle { et: "Ettepaneku kirjutamine", en: "Writing the proposal", ru: "Составление предложения" }
    ProposalWrittenOn { et: "Kirjutatud vormi versioonil {version}.", en: "Written on version {version} of the template.", ru: "Составлено по версии шаблона {version}." }
    ProposalTeamFeedback { et: "Arendustiimi tagasiside", en: "The development team's feedback", ru: "Отзыв команды развития" }
    ProposalSeeAssessment { et: "Vaata kogu hinnangut", en: "See the whole assessment", ru: "Посмотреть всю оценку" }
    ProposalSubmitComment { et: "Märkus hindajatele (ei ole kohustuslik; nt mida muutsid)", en: "Note to the reviewers (optional; e.g. what you changed)", ru: "Примечание для оценщиков (необязательно; напр. что вы изменили)" }
    ProposalSubmit { et: "Esita hindamiseks", en: "Submit for review", ru: "Подать на рассмотрение" }
    ProposalSaveDraft { et: "Salvesta mustand", en: "Save the draft", ru: "Сохранить черновик" }
    ProposalAutosaved { et: "Mustand on salvestatud.", en: "Draft saved.", ru: "Черновик сохранён." }
    ProposalUnsaved { et: "Muudatusi pole veel salvestatud.", en: "Changes not saved yet.", ru: "Изменения ещё не сохранены." }
    ProposalAutosaveFailed { et: "Automaatne salvestamine ei õnnestunud. Vajuta „Salvesta mustand“.", en: "Saving automatically failed. Press “Save the draft”.", ru: "Автосохранение не удалось. Нажмите «Сохранить черновик»." }
    ProposalBoardTitle { et: "Ettepanekute tahvel", en: "Proposal board", ru: "Доска предложений" }
    ProposalBoardLead { et: "Kõik ettepanekud etappide kaupa. Teiste mustandeid näeb vaid arvuna.", en: "Every proposal by stage. Other people's drafts show only as a number.", ru: "Все предложения по этапам. Чужие черновики видны только числом." }
    ProposalBoardDrafts { et: "Teiste mustandeid: {count}", en: "Other people's drafts: {count}", ru: "Чужих черновиков: {count}" }
    ProposalLibraryTitle { et: "Näidete kogu", en: "Case library", ru: "Библиотека примеров" }
    ProposalLibraryLead { et: "Ellu viidud ettepanekud: mis oli probleem, mida muudeti ja mida testimine näitas. Õppimiseks kogu linnaorganisatsioonile.", en: "Implemented proposals: the problem, the change and what testing showed. For the whole city organisation to learn from.", ru: "Внедрённые предложения: проблема, изменение и что показало тестирование. Для обучения всей городской организации." }
    ProposalLibraryEmpty { et: "Ühtegi ettepanekut pole veel ellu viidud.", en: "No proposal has been implemented yet.", ru: "Пока ни одно предложение не внедрено." }
    ProposalLibraryProblem { et: "Probleem", en: "Problem", ru: "Проблема" }
    ProposalLibraryChange { et: "Muudatus", en: "Change", ru: "Изменение" }
    ProposalLibraryResults { et: "Mida testimine näitas", en: "What testing showed", ru: "Что показало тестирование" }
    ProposalImplementedOn { et: "Ellu viidud", en: "Implemented", ru: "Внедрено" }
    ProposalNotEditable { et: "Ettepanekut ei saa selles etapis muuta.", en: "The proposal cannot be changed at this stage.", ru: "Предложение нельзя изменить на этом этапе." }
    ProposalStageChanged { et: "Ettepaneku etapp muutus vahepeal. Laadi leht uuesti.", en: "The proposal's stage changed meanwhile. Reload the page.", ru: "Этап предложения тем временем изменился. Обновите страницу." }
    ProposalDecideInAssessment { et: "Otsus tehakse hindamise vormil.", en: "Decisions are made in the assessment form.", ru: "Решение принимается в форме оценки." }
    ProposalIncomplete { et: "Ettepanek pole valmis: täida kõik osad.", en: "The proposal is not complete: fill in every section.", ru: "Предложение не готово: заполните все разделы." }
    AssessTitle { et: "Hinnang", en: "Assessment", ru: "Оценка" }
    AssessLead { et: "Hinda iga kriteeriumi: roheline, kollane või punane. Kollase ja punase juurde kirjuta põhjus. Võid salvestada poolelioleva hinnangu; otsuse tegemiseks peab kõik olema hinnatud.", en: "Rate each criterion green, amber or red, with a reason for amber and red. You can save a half-done assessment; to decide, every criterion must be rated.", ru: "Оцените каждый критерий: зелёный, жёлтый или красный; для жёлтого и красного укажите причину. Можно сохранить незавершённую оценку; для решения нужно оценить всё." }
    AssessActionsHint { et: "Tegevus, vastutaja ja tähtaeg. Tühjad read jäetakse vahele.", en: "What, who and by when. Blank rows are skipped.", ru: "Что, кто и к какому сроку. Пустые строки пропускаются." }
    AssessActionRow { et: "Tegevus", en: "Action", ru: "Действие" }
    AssessActionWhat { et: "mida teha", en: "what to do", ru: "что сделать" }
    AssessSummary { et: "Kokkuvõte ettepaneku tegijale", en: "Summary for the proposer", ru: "Итог для автора предложения" }
    AssessSummaryHint { et: "Kohustuslik, kui palud muudatusi või lükkad tagasi.", en: "Required when you request changes or reject.", ru: "Обязательно при запросе изменений или отклонении." }
    AssessNoDecision { et: "Otsust veel pole (salvesta hinnang)", en: "No decision yet (save the assessment)", ru: "Решения пока нет (сохранить оценку)" }
    AssessSave { et: "Salvesta hinnang", en: "Save the assessment", ru: "Сохранить оценку" }
    AssessmentHeading { et: "Arendustiimi hinnang (esitamine {round})", en: "The development team's assessment (submission {round})", ru: "Оценка команды развития (подача {round})" }
    AssessmentDecision { et: "Otsus", en: "Decision", ru: "Решение" }
    AssessmentCriteria { et: "Hindamiskriteeriumid", en: "Assessment criteria", ru: "Критерии оценки" }
    AssessmentCriterion { et: "Kriteerium", en: "Criterion", ru: "Критерий" }
    AssessmentRating { et: "Hinne", en: "Rating", ru: "Оценка" }
    AssessmentComment { et: "Kommentaar", en: "Comment", ru: "Комментарий" }
    AssessmentActions { et: "Tegevused", en: "Actions", ru: "Действия" }
    AssessmentActionOwner { et: "vastutaja", en: "owner", ru: "ответственный" }
    AssessmentActionDue { et: "tähtaeg", en: "due", ru: "срок" }
    ChangelogProposal { et: "Arendusettepanek ellu viidud", en: "Development proposal implemented", ru: "Внедрено предложение по развитию" }
    TemplateTitle { et: "Ettepaneku vorm", en: "Proposal template", ru: "Шаблон предложения" }
    TemplateLead { et: "Ettepaneku osad ja hindamiskriteeriumid. Iga salvestamine loob uue versiooni; varem alustatud ettepanekud jäävad oma versiooni juurde.", en: "The proposal's sections and the assessment criteria. Every save makes a new version; proposals already started keep their version.", ru: "Разделы предложения и критерии оценки. Каждое сохранение создаёт новую версию; начатые предложения остаются на своей версии." }
    TemplateCurrent { et: "Kehtiv versioon: {version}", en: "Current version: {version}", ru: "Текущая версия: {version}" }
    TemplateLinesHint { et: "Üks rida ühe kohta. Inglise ja vene keeles sama palju ridu samas järjekorras (või jäta tühjaks).", en: "One per line. English and Russian need as many lines in the same order (or leave them empty).", ru: "По одному в строке. На английском и русском столько же строк в том же порядке (или оставьте пустым)." }
    TemplateSections { et: "Ettepaneku osad", en: "Sections of a proposal", ru: "Разделы предложения" }
    TemplateSectionsEt { et: "Osad eesti keeles", en: "Sections in Estonian", ru: "Разделы на эстонском" }
    TemplateSectionsEn { et: "Osad inglise keeles", en: "Sections in English", ru: "Разделы на английском" }
    TemplateSectionsRu { et: "Osad vene keeles", en: "Sections in Russian", ru: "Разделы на русском" }
    TemplateCriteria { et: "Hindamiskriteeriumid", en: "Assessment criteria", ru: "Критерии оценки" }
    TemplateCriteriaEt { et: "Kriteeriumid eesti keeles", en: "Criteria in Estonian", ru: "Критерии на эстонском" }
    TemplateCriteriaEn { et: "Kriteeriumid inglise keeles", en: "Criteria in English", ru: "Критерии на английском" }
    TemplateCriteriaRu { et: "Kriteeriumid vene keeles", en: "Criteria in Russian", ru: "Критерии на русском" }
    TemplateSave { et: "Salvesta uue versioonina", en: "Save as a new version", ru: "Сохранить как новую версию" }
    TemplateVersions { et: "Versioonid", en: "Versions", ru: "Версии" }
    TemplateVersion { et: "Versioon", en: "Version", ru: "Версия" }
    TemplateBuiltIn { et: "algne", en: "built in", ru: "исходная" }
    NoticeProposalSaved { et: "Mustand on salvestatud.", en: "The draft is saved.", ru: "Черновик сохранён." }
    NoticeProposalSubmitted { et: "Ettepanek on esitatud. Arendustiim hindab seda ja sa näed hinnangut siin.", en: "The proposal is submitted. The development team will assess it and you will see the assessment here.", ru: "Предложение подано. Команда развития оценит его, и вы увидите оценку здесь." }
    NoticeProposalMoved { et: "Ettepaneku etapp on muudetud.", en: "The proposal's stage has changed.", ru: "Этап предложения изменён." }
    NoticeAssessmentSaved { et: "Hinnang on salvestatud.", en: "The assessment is saved.", ru: "Оценка сохранена." }
    NoticeTemplateSaved { et: "Vorm on salvestatud uue versioonina.", en: "The template is saved as a new version.", ru: "Шаблон сохранён как новая версия." }
    ValProposalTitle { et: "Kirjuta ettepaneku pealkiri (kuni {max} märki).", en: "Write the proposal's title (up to {max} characters).", ru: "Напишите название предложения (до {max} символов)." }
    ValProposalOwner { et: "Kirjuta, kes võiks teenuse omanik olla (kuni 200 märki).", en: "Write who should own the service (up to 200 characters).", ru: "Укажите, кто мог бы быть владельцем услуги (до 200 символов)." }
    ValProposalSection { et: "Vasta sellele osale enne esitamist.", en: "Answer this section before submitting.", ru: "Ответьте на этот раздел перед подачей." }
    ValProposalSectionLong { et: "Lühenda kuni {max} märgini.", en: "Shorten this to {max} characters.", ru: "Сократите до {max} символов." }
    ValProposalService { et: "Vali teenus, mille ettepanek lõi või mida muutis.", en: "Choose the service the proposal created or changed.", ru: "Выберите услугу, которую предложение создало или изменило." }
    ValRating { et: "Vali roheline, kollane või punane.", en: "Choose green, amber or red.", ru: "Выберите зелёный, жёлтый или красный." }
    ValRatingNeeded { et: "Otsuse tegemiseks hinda see kriteerium.", en: "Rate this criterion before deciding.", ru: "Оцените этот критерий перед решением." }
    ValRatingComment { et: "Kirjuta, miks see pole roheline.", en: "Say why this is not green.", ru: "Напишите, почему это не зелёный." }
    ValApproveWithRed { et: "Punase hindega ettepanekut ei saa heaks kiita: palu muudatusi või lükka tagasi.", en: "A proposal with a red rating cannot be approved: request changes or reject it.", ru: "Предложение с красной оценкой нельзя одобрить: запросите изменения или отклоните." }
    ValDecisionReason { et: "Kirjuta ettepaneku tegijale põhjus.", en: "Write the reason for the proposer.", ru: "Напишите причину для автора предложения." }
    ValActionDescription { et: "Kirjuta, mida teha (kuni 1000 märki).", en: "Write what is to be done (up to 1000 characters).", ru: "Напишите, что нужно сделать (до 1000 символов)." }
    ValActionOwner { et: "Kirjuta, kes vastutab.", en: "Write who is responsible.", ru: "Укажите ответственного." }
    ValDate { et: "Sisesta kuupäev kujul 2027-01-31.", en: "Enter a date like 2027-01-31.", ru: "Введите дату в виде 2027-01-31." }
    ValTemplateLines { et: "Kirjuta vähemalt {min} rida eesti keeles (kuni 30, igaüks kuni 200 märki).", en: "Write at least {min} lines in Estonian (up to 30, each up to 200 characters).", ru: "Напишите не менее {min} строк на эстонском (до 30, каждая до 200 символов)." }
    ValTemplateLineCount { et: "Siin peab olema {count} rida, sama palju kui eesti keeles.", en: "This needs {count} lines, as many as in Estonian.", ru: "Здесь должно быть {count} строк, столько же, сколько на эстонском." }
    ChangelogReviewed { et: "Üle vaadatud, muudatusteta", en: "Reviewed, no changes", ru: "Проверено, без изменений" }
    ChangelogChanged { et: "Muudetud", en: "Changed", ru: "Изменено" }
    ChangelogDescription { et: "kirjeldus", en: "description", ru: "описание" }
    TopicsLead { et: "Tartu kestliku arengu teemad: mida näitavad andmed, millised on linna plaanid ja kus saad kaasa rääkida.", en: "Tartu's sustainable-development topics: what the figures show, what the city plans, and where you can have your say.", ru: "Темы устойчивого развития Тарту: что показывают данные, что планирует город и где можно высказаться." }
    TopicKeyFigures { et: "Põhinäitajad", en: "Key figures", ru: "Основные показатели" }
    TopicPlans { et: "Kavad", en: "Plans", ru: "Планы" }
    TopicConsultations { et: "Arutelud", en: "Consultations", ru: "Обсуждения" }
    TopicLinks { et: "Lingid", en: "Links", ru: "Ссылки" }
    ChartSummary { et: "Aastatel {from}–{to}: {first} kuni {last}. Täpsed arvud on tabelis.", en: "From {from} to {to}: {first} to {last}. The exact figures are in the table.", ru: "С {from} по {to} год: от {first} до {last}. Точные числа — в таблице." }
    ChartNoData { et: "Andmeid veel pole.", en: "No figures yet.", ru: "Данных пока нет." }
    ChartTable { et: "Arvud", en: "Figures", ru: "Числа" }
    ChartYear { et: "Aasta", en: "Year", ru: "Год" }
    ChartValue { et: "Väärtus", en: "Value", ru: "Значение" }
    ChartSource { et: "Allikas", en: "Source", ru: "Источник" }
    PlanGoals { et: "Eesmärgid", en: "Goals", ru: "Цели" }
    PlanIndicator { et: "Näitaja", en: "Indicator", ru: "Показатель" }
    PlanBaseline { et: "Lähtetase", en: "Baseline", ru: "Исходный уровень" }
    PlanLatest { et: "Viimane väärtus", en: "Latest value", ru: "Последнее значение" }
    PlanTarget { et: "Siht", en: "Target", ru: "Цель" }
    PlanProgress { et: "Teest sihini on läbitud {percent}%.", en: "{percent}% of the way to the target.", ru: "Пройдено {percent}% пути к цели." }
    PlanProgressUnknown { et: "Edenemist ei saa veel mõõta.", en: "Progress cannot be measured yet.", ru: "Прогресс пока нельзя измерить." }
    HaveYourSayLead { et: "Linna arutelud: loe, kommenteeri ja toeta. Pärast tähtaega näed tulemusi ja linna vastust.", en: "The city's consultations: read, comment and support. After the deadline you see the results and the city's response.", ru: "Обсуждения города: читайте, комментируйте и поддерживайте. После срока вы увидите итоги и ответ города." }
    PhaseUpcoming { et: "Tulekul", en: "Upcoming", ru: "Скоро" }
    PhaseOpen { et: "Avatud", en: "Open", ru: "Открыто" }
    PhaseClosed { et: "Lõppenud", en: "Closed", ru: "Завершено" }
    ConsultationPhase { et: "Staatus", en: "Status", ru: "Статус" }
    ConsultationTopic { et: "Teema", en: "Topic", ru: "Тема" }
    ConsultationDistrict { et: "Linnaosa", en: "District", ru: "Район" }
    ConsultationsFound { et: "Arutelusid: {count}", en: "Consultations: {count}", ru: "Обсуждений: {count}" }
    ConsultationsNone { et: "Ühtegi arutelu ei leitud.", en: "No consultations found.", ru: "Обсуждения не найдены." }
    ConsultationDates { et: "Avatud {from} kuni {to}", en: "Open from {from} to {to}", ru: "Открыто с {from} по {to}" }
    ConsultationPlace { et: "Asukoht", en: "Place", ru: "Место" }
    ConsultationDocuments { et: "Dokumendid", en: "Documents", ru: "Документы" }
    ConsultationResponse { et: "Linna vastus", en: "The city's response", ru: "Ответ города" }
    ConsultationSupportTitle { et: "Toetus", en: "Support", ru: "Поддержка" }
    ConsultationSupports { et: "Toetajaid: {count}", en: "Supporters: {count}", ru: "Поддержали: {count}" }
    ConsultationSupport { et: "Toetan", en: "I support this", ru: "Поддерживаю" }
    ConsultationSupported { et: "Oled seda toetanud. Aitäh!", en: "You support this. Thank you!", ru: "Вы это поддержали. Спасибо!" }
    ConsultationLogInToTakePart { et: "Logi sisse, et toetada ja kommenteerida", en: "Log in to support and comment", ru: "Войдите, чтобы поддержать и комментировать" }
    ConsultationComments { et: "Kommentaarid", en: "Comments", ru: "Комментарии" }
    ConsultationCommentCount { et: "Kommentaare: {count}", en: "Comments: {count}", ru: "Комментариев: {count}" }
    ConsultationClosedForComments { et: "Arutelu pole praegu kommenteerimiseks avatud.", en: "The consultation is not open for comments now.", ru: "Обсуждение сейчас закрыто для комментариев." }
    ConsultationNotOpen { et: "Arutelu pole praegu avatud.", en: "The consultation is not open now.", ru: "Обсуждение сейчас не открыто." }
    AlreadySupported { et: "Oled seda juba toetanud; toetada saab ühe korra.", en: "You already support this; support counts once.", ru: "Вы уже поддержали; поддержка учитывается один раз." }
    AlreadyReported { et: "Oled sellest kommentaarist juba teatanud.", en: "You have already reported this comment.", ru: "Вы уже сообщили об этом комментарии." }
    CannotReportOwn { et: "Oma kommentaarist ei saa teatada.", en: "You cannot report your own comment.", ru: "Нельзя пожаловаться на свой комментарий." }
    CommentWrite { et: "Kirjuta kommentaar", en: "Write a comment", ru: "Написать комментарий" }
    CommentBody { et: "Sinu kommentaar", en: "Your comment", ru: "Ваш комментарий" }
    CommentSend { et: "Saada kommentaar", en: "Send the comment", ru: "Отправить комментарий" }
    CommentEdited { et: "muudetud", en: "edited", ru: "изменено" }
    CommentHidden { et: "Moderaator peitis selle kommentaari, sest see rikkus reegleid.", en: "A moderator hid this comment because it broke the rules.", ru: "Модератор скрыл этот комментарий, так как он нарушал правила." }
    CommentReply { et: "Vasta", en: "Reply", ru: "Ответить" }
    CommentReplyBody { et: "Sinu vastus", en: "Your reply", ru: "Ваш ответ" }
    CommentReplySend { et: "Saada vastus", en: "Send the reply", ru: "Отправить ответ" }
    CommentEdit { et: "Muuda (15 minuti jooksul)", en: "Edit (within 15 minutes)", ru: "Изменить (в течение 15 минут)" }
    CommentSave { et: "Salvesta muudatus", en: "Save the change", ru: "Сохранить изменение" }
    CommentReport { et: "Teata rikkumisest", en: "Report abuse", ru: "Сообщить о нарушении" }
    CommentReportReason { et: "Mis on valesti?", en: "What is wrong?", ru: "Что не так?" }
    CommentReportSend { et: "Saada teade moderaatorile", en: "Send to the moderators", ru: "Отправить модератору" }
    CommentEditWindowPassed { et: "Kommentaari saab muuta 15 minuti jooksul pärast kirjutamist.", en: "A comment can be edited for 15 minutes after writing it.", ru: "Комментарий можно изменить в течение 15 минут после написания." }
    NoticeSupported { et: "Aitäh! Sinu toetus on arvesse võetud.", en: "Thank you! Your support counts.", ru: "Спасибо! Ваша поддержка учтена." }
    NoticeCommented { et: "Kommentaar on avaldatud.", en: "Your comment is published.", ru: "Комментарий опубликован." }
    NoticeCommentEdited { et: "Kommentaar on muudetud.", en: "The comment is changed.", ru: "Комментарий изменён." }
    NoticeReported { et: "Aitäh! Moderaator vaatab kommentaari üle.", en: "Thank you! A moderator will look at the comment.", ru: "Спасибо! Модератор проверит комментарий." }
    ValCommentBody { et: "Kirjuta kommentaar (kuni {max} märki).", en: "Write your comment (up to {max} characters).", ru: "Напишите комментарий (до {max} символов)." }
    ValReportReason { et: "Kirjuta lühidalt, mis on valesti (kuni 500 märki).", en: "Say briefly what is wrong (up to 500 characters).", ru: "Кратко опишите, что не так (до 500 символов)." }
    ModerationTitle { et: "Modereerimine", en: "Moderation", ru: "Модерация" }
    ModerationLead { et: "Kommentaarid ja ideed, millest on teatatud, ning peidetud kommentaarid ja ideed. Peida või taasta põhjusega; põhjus jääb ajalukku.", en: "Reported comments and ideas, and hidden ones. Hide or restore with a reason; the reason stays in the history.", ru: "Комментарии и идеи, о которых сообщили, и скрытые. Скрывайте или восстанавливайте с причиной; причина остаётся в истории." }
    ModerationEmpty { et: "Modereerida pole midagi.", en: "Nothing to moderate.", ru: "Модерировать нечего." }
    ModerationHidden { et: "Peidetud", en: "Hidden", ru: "Скрыт" }
    ModerationShown { et: "Nähtav", en: "Shown", ru: "Виден" }
    ModerationHide { et: "Peida kommentaar", en: "Hide the comment", ru: "Скрыть комментарий" }
    ModerationRestore { et: "Taasta kommentaar", en: "Restore the comment", ru: "Восстановить комментарий" }
    ModerationHid { et: "peitis", en: "hid", ru: "скрыл(а)" }
    ModerationRestored { et: "taastas", en: "restored", ru: "восстановил(а)" }
    ModerationDismiss { et: "Jäta alles, teated on alusetud", en: "Keep it: the reports are unfounded", ru: "Оставить: жалобы необоснованны" }
    ModerationDismissed { et: "jättis alles", en: "kept it", ru: "оставил(а)" }
    NoticeIdeaHidden { et: "Idee on peidetud.", en: "The idea is hidden.", ru: "Идея скрыта." }
    NoticeIdeaRestored { et: "Idee on taastatud.", en: "The idea is restored.", ru: "Идея восстановлена." }
    NoticeReportsDismissed { et: "Teated on läbi vaadatud; see jääb nähtavaks.", en: "The reports are dealt with; it stays shown.", ru: "Жалобы рассмотрены; это остаётся видимым." }
    ModerationReports { et: "Teateid: {count}", en: "Reports: {count}", ru: "Жалоб: {count}" }
    ModerationReason { et: "Põhjus (jääb ajalukku)", en: "Reason (kept in the history)", ru: "Причина (сохраняется в истории)" }
    ModerationChanged { et: "Keegi teine muutis seda kommentaari vahepeal. Laadi leht uuesti.", en: "Someone else changed this comment meanwhile. Reload the page.", ru: "Кто-то другой тем временем изменил этот комментарий. Обновите страницу." }
    ValModerationReason { et: "Kirjuta põhjus (kuni 500 märki).", en: "Write the reason (up to 500 characters).", ru: "Напишите причину (до 500 символов)." }
    NoticeCommentHidden { et: "Kommentaar on peidetud.", en: "The comment is hidden.", ru: "Комментарий скрыт." }
    NoticeCommentRestored { et: "Kommentaar on taastatud.", en: "The comment is restored.", ru: "Комментарий восстановлен." }
    SurveyTitle { et: "Küsitlus", en: "Survey", ru: "Опрос" }
    SurveyResponses { et: "Vastajaid: {count}", en: "Responses: {count}", ru: "Ответивших: {count}" }
    SurveyAnswered { et: "Oled küsitlusele vastanud. Aitäh! Tulemused on siin pärast tähtaega.", en: "You have answered the survey. Thank you! The results appear here after the deadline.", ru: "Вы ответили на опрос. Спасибо! Итоги появятся здесь после срока." }
    SurveySend { et: "Saada vastused", en: "Send the answers", ru: "Отправить ответы" }
    SurveyRequired { et: "kohustuslik", en: "required", ru: "обязательно" }
    SurveyRatingLow { et: "halb", en: "poor", ru: "плохо" }
    SurveyRatingHigh { et: "väga hea", en: "very good", ru: "очень хорошо" }
    SurveyPinHint { et: "Klõpsa kaardil või sisesta koha koordinaadid, näiteks 58,3780 ja 26,7290 (Raekoja plats).", en: "Click on the map or enter the place's coordinates, e.g. 58.3780 and 26.7290 (Town Hall Square).", ru: "Нажмите на карту или введите координаты места, например 58,3780 и 26,7290 (Ратушная площадь)." }
    SurveyLatitude { et: "Laiuskraad", en: "Latitude", ru: "Широта" }
    SurveyLongitude { et: "Pikkuskraad", en: "Longitude", ru: "Долгота" }
    SurveyAnsweredCount { et: "Vastas {count}", en: "{count} answered", ru: "Ответили: {count}" }
    SurveyAverage { et: "Keskmine hinne: {value}", en: "Average rating: {value}", ru: "Средняя оценка: {value}" }
    AlreadyAnswered { et: "Oled sellele küsitlusele juba vastanud.", en: "You have already answered this survey.", ru: "Вы уже ответили на этот опрос." }
    NoticeAnswered { et: "Aitäh! Sinu vastused on salvestatud.", en: "Thank you! Your answers are saved.", ru: "Спасибо! Ваши ответы сохранены." }
    ValRatingScale { et: "Vali hinne 1 kuni 5.", en: "Choose a rating from 1 to 5.", ru: "Выберите оценку от 1 до 5." }
    ValPin { et: "Sisesta Tartu koha koordinaadid, näiteks 58,3780 ja 26,7290.", en: "Enter the coordinates of a place in Tartu, e.g. 58.3780 and 26.7290.", ru: "Введите координаты места в Тарту, например 58,3780 и 26,7290." }
    ValAnswerRequired { et: "Vasta sellele küsimusele.", en: "Answer this question.", ru: "Ответьте на этот вопрос." }
    CsvAnsweredAt { et: "Vastatud", en: "Answered", ru: "Дата ответа" }
    CsvId { et: "Nr", en: "No", ru: "№" }
    CsvWritten { et: "Kirjutatud", en: "Written", ru: "Написано" }
    CsvAuthor { et: "Autor", en: "Author", ru: "Автор" }
    CsvReplyTo { et: "Vastus kommentaarile", en: "Reply to", ru: "Ответ на" }
    CsvText { et: "Tekst", en: "Text", ru: "Текст" }
    ConsultationAnswersCsv { et: "Küsitluse vastused (CSV)", en: "Survey answers (CSV)", ru: "Ответы опроса (CSV)" }
    ConsultationCommentsCsv { et: "Kommentaarid (CSV)", en: "Comments (CSV)", ru: "Комментарии (CSV)" }
    ResponsePublishTitle { et: "Avalda linna vastus", en: "Publish the city's response", ru: "Опубликовать ответ города" }
    ResponseText { et: "Linna vastus osalejatele", en: "The city's response to the participants", ru: "Ответ города участникам" }
    ResponsePublish { et: "Avalda vastus", en: "Publish the response", ru: "Опубликовать ответ" }
    ConsultationStillOpen { et: "Vastuse saab avaldada pärast arutelu tähtaega.", en: "The response can be published after the consultation's deadline.", ru: "Ответ можно опубликовать после срока обсуждения." }
    ValResponse { et: "Kirjuta vastus (kuni 5000 märki).", en: "Write the response (up to 5000 characters).", ru: "Напишите ответ (до 5000 символов)." }
    NoticeResponsePublished { et: "Linna vastus on avaldatud.", en: "The city's response is published.", ru: "Ответ города опубликован." }
    IdeaCollecting { et: "Kogub toetust", en: "Collecting support", ru: "Собирает поддержку" }
    IdeaInReview { et: "Linna ülevaatusel", en: "In the city's review", ru: "На рассмотрении города" }
    IdeaAnswered { et: "Linn on vastanud", en: "Answered by the city", ru: "Город ответил" }
    IdeasTitle { et: "Ideed", en: "Ideas", ru: "Идеи" }
    IdeasLead { et: "Tee linnale ettepanek ja toeta teiste ideid. Kui idee saab teemas nõutud arvu toetusi, vaatab linn selle üle ja vastab.", en: "Suggest something to the city and support others' ideas. When an idea gets the support its topic needs, the city reviews it and answers.", ru: "Предложите идею городу и поддержите идеи других. Когда идея наберёт нужную поддержку, город рассмотрит её и ответит." }
    IdeaNew { et: "Esita idee", en: "Submit an idea", ru: "Предложить идею" }
    IdeaNewLead { et: "Kirjelda, mida ja miks muuta. Koha võid märkida kaardil või sisestada koordinaadid.", en: "Describe what to change and why. You may mark the place on the map or type its coordinates.", ru: "Опишите, что изменить и почему. Место можно отметить на карте или ввести координаты." }
    IdeasFound { et: "Ideid: {count}", en: "Ideas: {count}", ru: "Идей: {count}" }
    IdeasNone { et: "Selliseid ideid pole. Proovi teisi valikuid või esita oma idee.", en: "No such ideas. Try other filters or submit your own idea.", ru: "Таких идей нет. Попробуйте другие фильтры или предложите свою идею." }
    IdeaStatusLabel { et: "Seis", en: "Status", ru: "Статус" }
    IdeaSupportCount { et: "Toetusi: {count} / {threshold}", en: "Supports: {count} of {threshold}", ru: "Поддержка: {count} из {threshold}" }
    IdeaThresholdExplained { et: "Kui toetusi on nõutud arv, jõuab idee linna ülevaatusele ja autor saab teate.", en: "When it has the supports needed, the idea goes to the city's review and its author is told.", ru: "Когда поддержка достигнет нужного числа, идея попадёт на рассмотрение города, а автор получит уведомление." }
    IdeaTitleLabel { et: "Idee pealkiri", en: "Title of the idea", ru: "Название идеи" }
    IdeaDescription { et: "Kirjeldus: mis on praegu valesti ja mida teha", en: "Description: what is wrong now and what to do", ru: "Описание: что сейчас не так и что сделать" }
    IdeaPlace { et: "Koht (kui on)", en: "Place (if any)", ru: "Место (если есть)" }
    IdeaPlaceHint { et: "Klõpsa kaardil või sisesta koordinaadid, näiteks 58,3780 ja 26,7290. Jäta tühjaks, kui idee ei puuduta üht kohta.", en: "Click on the map or type the coordinates, e.g. 58.3780 and 26.7290. Leave empty if the idea is not about one place.", ru: "Нажмите на карту или введите координаты, например 58,3780 и 26,7290. Оставьте пустым, если идея не про одно место." }
    IdeaSubmit { et: "Esita idee", en: "Submit the idea", ru: "Отправить идею" }
    IdeaYours { et: "See on sinu idee. Jaga seda, et teised saaksid toetada.", en: "This is your idea. Share it so others can support it.", ru: "Это ваша идея. Поделитесь ей, чтобы другие могли поддержать." }
    IdeaLogInToSupport { et: "Logi sisse, et toetada", en: "Log in to support", ru: "Войдите, чтобы поддержать" }
    IdeaReport { et: "Teata rikkumisest", en: "Report abuse", ru: "Сообщить о нарушении" }
    IdeaCityAnswer { et: "Linna vastus", en: "The city's answer", ru: "Ответ города" }
    IdeaAnswerTitle { et: "Vasta ideele linna nimel", en: "Answer the idea for the city", ru: "Ответить на идею от имени города" }
    IdeaAnswerPublish { et: "Avalda vastus", en: "Publish the answer", ru: "Опубликовать ответ" }
    IdeaHiddenTitle { et: "Peidetud idee", en: "Hidden idea", ru: "Скрытая идея" }
    IdeaHiddenText { et: "Moderaator peitis selle idee, sest see rikkus reegleid.", en: "A moderator hid this idea because it broke the rules.", ru: "Модератор скрыл эту идею, так как она нарушала правила." }
    IdeaReviewTitle { et: "Ideede ülevaatus", en: "Ideas for review", ru: "Идеи на рассмотрении" }
    IdeaReviewLead { et: "Ideed, mis said oma teemas nõutud arvu toetusi, kõige kauem oodanud eespool. Administraator vastab idee lehel.", en: "Ideas that reached the supports their topic needs, the longest waiting first. An administrator answers on the idea's page.", ru: "Идеи, набравшие нужную поддержку, сначала ждущие дольше всех. Администратор отвечает на странице идеи." }
    IdeaReviewEmpty { et: "Ülevaatust ootavaid ideid pole.", en: "No ideas wait for review.", ru: "Идей, ожидающих рассмотрения, нет." }
    ValIdeaTitle { et: "Kirjuta pealkiri (3 kuni {max} märki).", en: "Write a title (3 to {max} characters).", ru: "Напишите название (от 3 до {max} символов)." }
    ValIdeaDescription { et: "Kirjelda ideed (kuni {max} märki).", en: "Describe the idea (up to {max} characters).", ru: "Опишите идею (до {max} символов)." }
    CannotSupportOwnIdea { et: "Oma ideed ei saa toetada; sinu toetus on idees juba olemas.", en: "You cannot support your own idea; your support is in it already.", ru: "Нельзя поддержать свою идею: ваша поддержка в ней уже есть." }
    CannotReportOwnIdea { et: "Oma ideest ei saa teatada.", en: "You cannot report your own idea.", ru: "Нельзя пожаловаться на свою идею." }
    AlreadyReportedIdea { et: "Oled sellest ideest juba teatanud.", en: "You have already reported this idea.", ru: "Вы уже сообщили об этой идее." }
    IdeaAlreadyAnswered { et: "Linn on sellele ideele juba vastanud.", en: "The city has already answered this idea.", ru: "Город уже ответил на эту идею." }
    IdeaNotInReview { et: "Vastata saab ülevaatusel olevale ideele, millele pole veel vastatud.", en: "Only an idea in review that is not yet answered can be answered.", ru: "Ответить можно только на идею на рассмотрении без ответа." }
    NoticeIdeaSubmitted { et: "Aitäh! Sinu idee on avaldatud.", en: "Thank you! Your idea is published.", ru: "Спасибо! Ваша идея опубликована." }
    NoticeIdeaReported { et: "Aitäh! Moderaatorid vaatavad selle üle.", en: "Thank you! The moderators will look at it.", ru: "Спасибо! Модераторы проверят." }
    NoticeIdeaAnswered { et: "Vastus on avaldatud ja autor saab teate.", en: "The answer is published and the author is told.", ru: "Ответ опубликован, автор получит уведомление." }
    ModerationKindComment { et: "Kommentaar", en: "Comment", ru: "Комментарий" }
    ModerationKindIdea { et: "Idee", en: "Idea", ru: "Идея" }
    ModerationHideIdea { et: "Peida idee", en: "Hide the idea", ru: "Скрыть идею" }
    ModerationRestoreIdea { et: "Taasta idee", en: "Restore the idea", ru: "Восстановить идею" }
    MapLabel { et: "Kaart", en: "Map", ru: "Карта" }
    MapPickLabel { et: "Kaart koha valimiseks", en: "Map for choosing the place", ru: "Карта для выбора места" }
    MapAttribution { et: "© OpenStreetMapi kaastöötajad", en: "© OpenStreetMap contributors", ru: "© участники OpenStreetMap" }
    ChooseOne { et: "Vali…", en: "Choose…", ru: "Выберите…" }
    InboxTitle { et: "Minu teated", en: "My messages", ru: "Мои уведомления" }
    InboxEmpty { et: "Teateid pole.", en: "No messages.", ru: "Уведомлений нет." }
    InboxUnread { et: "Lugemata", en: "Unread", ru: "Не прочитано" }
    InboxRead { et: "Loetud", en: "Read", ru: "Прочитано" }
    InboxMarkRead { et: "Märgi kõik loetuks", en: "Mark all as read", ru: "Отметить все как прочитанные" }
    NoticeInboxRead { et: "Kõik teated on loetud.", en: "All messages are marked read.", ru: "Все уведомления отмечены как прочитанные." }
    InboxIdeaInReview { et: "Sinu idee „{subject}” sai piisavalt toetust ja on nüüd linna ülevaatusel.", en: "Your idea “{subject}” has enough support and is now in the city's review.", ru: "Ваша идея «{subject}» набрала достаточно поддержки и теперь на рассмотрении города." }
    InboxIdeaAnswered { et: "Linn vastas sinu ideele „{subject}”.", en: "The city answered your idea “{subject}”.", ru: "Город ответил на вашу идею «{subject}»." }
    NavIdeas { et: "Ideed", en: "Ideas", ru: "Идеи" }
    IdeaPlaceShown { et: "Koht", en: "Place", ru: "Место" }
    ValQuestionPrompt { et: "Küsimus on liiga pikk (kuni {max} märki).", en: "The question is too long (up to {max} characters).", ru: "Вопрос слишком длинный (до {max} символов)." }
    ValQuestionOptions { et: "Kirjuta 2 kuni 12 vastusevarianti, igaüks eraldi reale.", en: "Write 2 to 12 choices, each on a line of its own.", ru: "Напишите от 2 до 12 вариантов, каждый на отдельной строке." }
    ValSlug { et: "Aadressi osa: 3–60 väiketähte (a–z), numbrit või sidekriipsu, näiteks pargipingid-2027.", en: "Address part: 3–60 lower-case letters (a–z), digits or hyphens, e.g. park-benches-2027.", ru: "Часть адреса: 3–60 строчных латинских букв, цифр или дефисов, например park-benches-2027." }
    ValSlugTaken { et: "See aadress on juba kasutusel. Vali teine.", en: "This address is taken. Choose another.", ru: "Этот адрес уже занят. Выберите другой." }
    ValDistrict { et: "Kirjuta linnaosa (kuni 60 märki), näiteks Karlova või „Kogu linn”.", en: "Write the district (up to 60 characters), e.g. Karlova or \"Whole city\".", ru: "Укажите район (до 60 символов), например Карлова или «Весь город»." }
    ValConsultationTitle { et: "Kirjuta pealkiri eesti keeles (3 kuni {max} märki).", en: "Write the title in Estonian (3 to {max} characters).", ru: "Напишите название на эстонском (от 3 до {max} символов)." }
    ValConsultationDescription { et: "Kirjuta kirjeldus eesti keeles (kuni {max} märki).", en: "Write the description in Estonian (up to {max} characters).", ru: "Напишите описание на эстонском (до {max} символов)." }
    ValClosesBeforeOpens { et: "Lõpukuupäev ei saa olla enne alguskuupäeva.", en: "The closing date cannot be before the opening date.", ru: "Дата окончания не может быть раньше даты начала." }
    ValDocuments { et: "Kirjuta iga dokument eraldi reale kujul „Nimi | https://aadress”.", en: "Write each document on a line of its own as \"Name | https://address\".", ru: "Пишите каждый документ на отдельной строке в виде «Название | https://адрес»." }
    ValSurveyHasAnswers { et: "Küsitlusele on juba vastatud, seega selle küsimusi muuta ei saa. Ülejäänu salvestati.", en: "The survey already has answers, so its questions cannot change. The rest was saved.", ru: "На опрос уже ответили, поэтому вопросы изменить нельзя. Остальное сохранено." }
    ConsultationsAdminTitle { et: "Arutelude haldus", en: "Manage consultations", ru: "Управление обсуждениями" }
    ConsultationNew { et: "Uus arutelu", en: "New consultation", ru: "Новое обсуждение" }
    ConsultationEdit { et: "Muuda arutelu", en: "Edit the consultation", ru: "Изменить обсуждение" }
    ConsultationSeePublic { et: "Vaata avalikku lehte", en: "See the public page", ru: "Открыть публичную страницу" }
    ConsultationSave { et: "Salvesta arutelu", en: "Save the consultation", ru: "Сохранить обсуждение" }
    ConsultationCloseTitle { et: "Lõpeta arutelu", en: "Close the consultation", ru: "Завершить обсуждение" }
    ConsultationCloseText { et: "Arutelu lõpeb kohe: viimane päev oli eile. Lehel näidatakse tulemusi ja saad avaldada linna vastuse.", en: "The consultation ends now: its last day was yesterday. The page shows the results and you can publish the city's response.", ru: "Обсуждение завершится сейчас: последним днём был вчерашний. На странице появятся итоги, и можно опубликовать ответ города." }
    ConsultationCloseNow { et: "Lõpeta arutelu kohe", en: "Close it now", ru: "Завершить сейчас" }
    NoticeConsultationSaved { et: "Arutelu on salvestatud.", en: "The consultation is saved.", ru: "Обсуждение сохранено." }
    NoticeConsultationClosed { et: "Arutelu on lõppenud.", en: "The consultation is closed.", ru: "Обсуждение завершено." }
    FieldTitleEt { et: "Pealkiri eesti keeles", en: "Title in Estonian", ru: "Название на эстонском" }
    FieldTitleEn { et: "Pealkiri inglise keeles", en: "Title in English", ru: "Название на английском" }
    FieldTitleRu { et: "Pealkiri vene keeles", en: "Title in Russian", ru: "Название на русском" }
    FieldDescriptionEt { et: "Kirjeldus eesti keeles", en: "Description in Estonian", ru: "Описание на эстонском" }
    FieldDescriptionEn { et: "Kirjeldus inglise keeles", en: "Description in English", ru: "Описание на английском" }
    FieldDescriptionRu { et: "Kirjeldus vene keeles", en: "Description in Russian", ru: "Описание на русском" }
    FieldSlug { et: "Aadress", en: "Address", ru: "Адрес" }
    FieldSlugHint { et: "Lehe aadressi lõpp: /have-your-say/…, näiteks pargipingid-2027.", en: "The end of the page's address: /have-your-say/…, e.g. park-benches-2027.", ru: "Конец адреса страницы: /have-your-say/…, например park-benches-2027." }
    FieldOpensOn { et: "Algab", en: "Opens on", ru: "Начало" }
    FieldClosesOn { et: "Viimane päev", en: "Last day", ru: "Последний день" }
    FieldDocuments { et: "Dokumendid", en: "Documents", ru: "Документы" }
    FieldDocumentsHint { et: "Iga dokument eraldi real: Nimi | https://aadress", en: "Each document on a line of its own: Name | https://address", ru: "Каждый документ на отдельной строке: Название | https://адрес" }
    SurveyBuilderTitle { et: "Küsitlus", en: "Survey", ru: "Опрос" }
    SurveyBuilderHint { et: "Iga küsimus on oma plokis; viimane tühi plokk lisab uue. Küsimuse eemaldamiseks tühjenda selle eestikeelne sõnastus. Salvesta, et saada järgmine tühi plokk.", en: "Each question has its own block; the last, empty one adds a question. To remove a question, empty its Estonian wording. Save to get another empty block.", ru: "У каждого вопроса свой блок; последний пустой добавляет вопрос. Чтобы удалить вопрос, очистите его эстонскую формулировку. Сохраните, чтобы получить ещё один пустой блок." }
    SurveyBuilderLocked { et: "Küsitlusele on vastatud, seega küsimusi muuta ei saa: vastused viitavad neile.", en: "The survey has answers, so its questions cannot change: the answers refer to them.", ru: "На опрос уже ответили, поэтому вопросы изменить нельзя: ответы ссылаются на них." }
    QuestionNumber { et: "Küsimus {number}", en: "Question {number}", ru: "Вопрос {number}" }
    QuestionKindLabel { et: "Küsimuse liik", en: "Kind of question", ru: "Тип вопроса" }
    QuestionSingle { et: "Üks valik", en: "Single choice", ru: "Один вариант" }
    QuestionMultiple { et: "Mitu valikut", en: "Multiple choice", ru: "Несколько вариантов" }
    QuestionText { et: "Vaba tekst", en: "Free text", ru: "Свободный текст" }
    QuestionRating { et: "Hinne 1–5", en: "Rating 1–5", ru: "Оценка 1–5" }
    QuestionPin { et: "Koht kaardil", en: "A place on the map", ru: "Место на карте" }
    QuestionPromptEt { et: "Küsimus eesti keeles", en: "Question in Estonian", ru: "Вопрос на эстонском" }
    QuestionPromptEn { et: "Küsimus inglise keeles", en: "Question in English", ru: "Вопрос на английском" }
    QuestionPromptRu { et: "Küsimus vene keeles", en: "Question in Russian", ru: "Вопрос на русском" }
    QuestionOptions { et: "Vastusevariandid", en: "Choices", ru: "Варианты ответа" }
    QuestionOptionsHint { et: "Ainult valikküsimustele: iga variant eraldi real, keeled eraldatud püstkriipsuga, näiteks Jah | Yes | Да", en: "Choice questions only: each choice on a line of its own, languages separated by a bar, e.g. Jah | Yes | Да", ru: "Только для вопросов с выбором: каждый вариант на отдельной строке, языки через черту, например Jah | Yes | Да" }
    QuestionRequired { et: "Vastamine on kohustuslik", en: "An answer is required", ru: "Ответ обязателен" }
    ValTextEt { et: "Kirjuta see eesti keeles (kuni {max} märki); teised keeled on soovi korral.", en: "Write this in Estonian (up to {max} characters); the other languages are optional.", ru: "Напишите это на эстонском (до {max} символов); другие языки по желанию." }
    ValValuesLine { et: "Rida {line} ei sobi: kirjuta aasta ja väärtus, näiteks 2022 23 491,13 (iga aasta üks kord).", en: "Line {line} does not fit: write the year and the value, e.g. 2022 23491.13 (each year once).", ru: "Строка {line} не подходит: укажите год и значение, например 2022 23 491,13 (каждый год один раз)." }
    ValGoalsLine { et: "Eesmärgi rida {line} ei sobi: näitaja | algusaasta | sihtaasta | sihtväärtus | eesmärk eesti keeles.", en: "Goal line {line} does not fit: indicator | baseline year | target year | target value | goal in Estonian.", ru: "Строка цели {line} не подходит: показатель | базовый год | целевой год | целевое значение | цель на эстонском." }
    ValThreshold { et: "Sisesta toetuste arv 1 kuni 100 000.", en: "Enter a number of supports from 1 to 100 000.", ru: "Введите число голосов от 1 до 100 000." }
    ValDecimals { et: "Vali 0, 1 või 2 komakohta.", en: "Choose 0, 1 or 2 decimals.", ru: "Выберите 0, 1 или 2 знака после запятой." }
    NoticeSaved { et: "Salvestatud.", en: "Saved.", ru: "Сохранено." }
    HubAdminTitle { et: "Teemad, näitajad ja kavad", en: "Topics, indicators and plans", ru: "Темы, показатели и планы" }
    HubAdminLead { et: "Teemalehtede tekstid, näitajate aastaväärtused ja kavade eesmärgid. Andmehaldurid uuendavad näitajaid, administraatorid ka teemasid ja kavasid.", en: "The topic hubs' texts, the indicators' yearly values and the plans' goals. Data stewards update indicators; administrators also topics and plans.", ru: "Тексты тем, годовые значения показателей и цели планов. Распорядители данных обновляют показатели, администраторы — также темы и планы." }
    TopicNew { et: "Uus teema", en: "New topic", ru: "Новая тема" }
    TopicEditNamed { et: "Muuda teemat „{name}”", en: "Edit the topic “{name}”", ru: "Изменить тему «{name}»" }
    TopicIndicators { et: "Näitajad", en: "Indicators", ru: "Показатели" }
    TopicSlugHint { et: "Teemalehe aadressi lõpp: /topics/…, näiteks energy.", en: "The end of the topic page's address: /topics/…, e.g. energy.", ru: "Конец адреса страницы темы: /topics/…, например energy." }
    IndicatorNew { et: "Uus näitaja", en: "New indicator", ru: "Новый показатель" }
    IndicatorEditNamed { et: "Muuda näitajat „{name}”", en: "Edit the indicator “{name}”", ru: "Изменить показатель «{name}»" }
    IndicatorSlugHint { et: "Lühinimi, millega kavade eesmärgid näitajale viitavad, näiteks waste-handed-over.", en: "The short name plans' goals use for the indicator, e.g. waste-handed-over.", ru: "Краткое имя, по которому цели планов ссылаются на показатель, например waste-handed-over." }
    PlanNew { et: "Uus kava", en: "New plan", ru: "Новый план" }
    PlanEditNamed { et: "Muuda kava „{name}”", en: "Edit the plan “{name}”", ru: "Изменить план «{name}»" }
    PlanNoTopic { et: "Ükski teema", en: "No topic", ru: "Без темы" }
    PlanSlugHint { et: "Kava lehe aadressi lõpp: /plans/…, näiteks energia-2030.", en: "The end of the plan page's address: /plans/…, e.g. energia-2030.", ru: "Конец адреса страницы плана: /plans/…, например energia-2030." }
    PlansTitle { et: "Kavad", en: "Plans", ru: "Планы" }
    FieldNameEt { et: "Nimi eesti keeles", en: "Name in Estonian", ru: "Название на эстонском" }
    FieldNameEn { et: "Nimi inglise keeles", en: "Name in English", ru: "Название на английском" }
    FieldNameRu { et: "Nimi vene keeles", en: "Name in Russian", ru: "Название на русском" }
    FieldNarrativeEt { et: "Tutvustus eesti keeles", en: "Introduction in Estonian", ru: "Описание на эстонском" }
    FieldNarrativeEn { et: "Tutvustus inglise keeles", en: "Introduction in English", ru: "Описание на английском" }
    FieldNarrativeRu { et: "Tutvustus vene keeles", en: "Introduction in Russian", ru: "Описание на русском" }
    FieldSummaryEt { et: "Kokkuvõte eesti keeles", en: "Summary in Estonian", ru: "Резюме на эстонском" }
    FieldSummaryEn { et: "Kokkuvõte inglise keeles", en: "Summary in English", ru: "Резюме на английском" }
    FieldSummaryRu { et: "Kokkuvõte vene keeles", en: "Summary in Russian", ru: "Резюме на русском" }
    FieldIdeaThreshold { et: "Toetusi idee ülevaatuseks", en: "Supports an idea needs for review", ru: "Голосов для рассмотрения идеи" }
    FieldIdeaThresholdHint { et: "Kui idee selles teemas saab nii palju toetusi, jõuab see linna ülevaatusele.", en: "When an idea in this topic gets this many supports, it goes to the city's review.", ru: "Когда идея в этой теме наберёт столько голосов, она попадёт на рассмотрение города." }
    FieldLinks { et: "Lingid", en: "Links", ru: "Ссылки" }
    FieldUnitEt { et: "Ühik eesti keeles", en: "Unit in Estonian", ru: "Единица на эстонском" }
    FieldUnitEn { et: "Ühik inglise keeles", en: "Unit in English", ru: "Единица на английском" }
    FieldUnitRu { et: "Ühik vene keeles", en: "Unit in Russian", ru: "Единица на русском" }
    FieldDecimals { et: "Komakohti", en: "Decimals", ru: "Знаков после запятой" }
    FieldValues { et: "Aastaväärtused", en: "Yearly values", ru: "Годовые значения" }
    FieldValuesHint { et: "Iga aasta eraldi real: aasta ja väärtus, näiteks 2022 23 491,13", en: "Each year on a line of its own: the year and the value, e.g. 2022 23491.13", ru: "Каждый год на отдельной строке: год и значение, например 2022 23 491,13" }
    FieldSource { et: "Allikas", en: "Source", ru: "Источник" }
    FieldGoals { et: "Eesmärgid", en: "Goals", ru: "Цели" }
    FieldGoalsHint { et: "Iga eesmärk eraldi real: näitaja | algusaasta | sihtaasta | sihtväärtus | eesmärk eesti keeles | inglise keeles | vene keeles.", en: "Each goal on a line of its own: indicator | baseline year | target year | target value | goal in Estonian | in English | in Russian.", ru: "Каждая цель на отдельной строке: показатель | базовый год | целевой год | целевое значение | цель на эстонском | на английском | на русском." }
    SaveButton { et: "Salvesta", en: "Save", ru: "Сохранить" }
    FieldShortName { et: "Lühinimi", en: "Short name", ru: "Краткое имя" }
    InboxConsultationResponse { et: "Linn avaldas vastuse arutelule „{subject}”.", en: "The city published its response to “{subject}”.", ru: "Город опубликовал ответ на обсуждение «{subject}»." }
    InboxFollowedIdeaAnswered { et: "Linn vastas ideele „{subject}”, mida jälgid.", en: "The city answered the idea “{subject}” you follow.", ru: "Город ответил на идею «{subject}», за которой вы следите." }
    FollowKindConsultation { et: "Arutelu", en: "Consultation", ru: "Обсуждение" }
    FollowKindIdea { et: "Idee", en: "Idea", ru: "Идея" }
    DeliveryImmediate { et: "E-kiri kohe", en: "E-mail at once", ru: "Письмо сразу" }
    DeliveryWeekly { et: "Kord nädalas kokkuvõte", en: "Weekly digest", ru: "Еженедельная сводка" }
    FollowTitle { et: "Jälgi", en: "Follow", ru: "Следить" }
    FollowLead { et: "Saad teate, kui linn avaldab vastuse või midagi muutub. Teated jõuavad sinu teadete lehele ja e-postile.", en: "You are told when the city publishes its response or something changes, in your messages and by e-mail.", ru: "Вы получите уведомление, когда город опубликует ответ или что-то изменится — в ваших уведомлениях и по почте." }
    FollowHow { et: "Kuidas teada anda", en: "How to tell you", ru: "Как сообщать" }
    FollowButton { et: "Jälgi", en: "Follow", ru: "Следить" }
    FollowingNow { et: "Jälgid seda ({mode}).", en: "You follow this ({mode}).", ru: "Вы следите за этим ({mode})." }
    FollowManage { et: "Halda jälgimisi", en: "Manage what you follow", ru: "Управлять подписками" }
    FollowLogIn { et: "Logi sisse, et jälgida", en: "Log in to follow", ru: "Войдите, чтобы следить" }
    NoticeFollowing { et: "Jälgid nüüd seda.", en: "You now follow this.", ru: "Теперь вы следите за этим." }
    AlreadyFollowing { et: "Jälgid seda juba.", en: "You already follow this.", ru: "Вы уже следите за этим." }
    SubscriptionsTitle { et: "Minu jälgimised", en: "What I follow", ru: "Мои подписки" }
    SubscriptionsEmpty { et: "Sa ei jälgi midagi. Arutelu või idee lehel saad valida „Jälgi”.", en: "You follow nothing. Choose “Follow” on a consultation or an idea.", ru: "Вы ни на что не подписаны. Выберите «Следить» на странице обсуждения или идеи." }
    SubscriptionStop { et: "Lõpeta jälgimine", en: "Stop following", ru: "Перестать следить" }
    NoticeUnfollowed { et: "Sa ei jälgi seda enam.", en: "You no longer follow this.", ru: "Вы больше не следите за этим." }
    UnsubscribeTitle { et: "Loobu teadetest", en: "Unsubscribe", ru: "Отписаться" }
    UnsubscribeText { et: "Kas lõpetada teadete saatmine teemal „{subject}”? Sisse logida pole vaja.", en: "Stop the messages about “{subject}”? No need to log in.", ru: "Прекратить уведомления о «{subject}»? Входить не нужно." }
    UnsubscribeButton { et: "Jah, loobu", en: "Yes, unsubscribe", ru: "Да, отписаться" }
    UnsubscribeDone { et: "Valmis: sa ei saa enam teateid sel teemal.", en: "Done: you will get no more messages about this.", ru: "Готово: уведомлений на эту тему больше не будет." }
    UnsubscribeUnknown { et: "Seda linki enam pole: jälgimine on juba lõpetatud.", en: "This link is no longer valid: the follow has already ended.", ru: "Эта ссылка уже недействительна: подписка уже отменена." }
    MailUnsubscribe { et: "Loobu nendest teadetest (sisse logimata)", en: "Unsubscribe from these messages (no login needed)", ru: "Отписаться от этих уведомлений (без входа)" }
    OutboxTitle { et: "Väljuvad e-kirjad", en: "Outgoing e-mail", ru: "Исходящие письма" }
    OutboxLead { et: "Viimased 200 e-kirja, saadetud või ootel. Kui e-posti server pole seadistatud, jäävad kirjad siia.", en: "The last 200 e-mails, sent or waiting. Without a mail server configured, messages stay here.", ru: "Последние 200 писем, отправленные или ожидающие. Если почтовый сервер не настроен, письма остаются здесь." }
    OutboxEmpty { et: "Kirju pole.", en: "No e-mail.", ru: "Писем нет." }
    OutboxSent { et: "Saadetud {at}", en: "Sent {at}", ru: "Отправлено {at}" }
    OutboxWaiting { et: "Ootel", en: "Waiting", ru: "Ожидает" }
    OutboxRetrying { et: "Ootel, proovitud {tries} korda", en: "Waiting, tried {tries} times", ru: "Ожидает, попыток: {tries}" }
    OutboxText { et: "Kirja tekst", en: "The message", ru: "Текст письма" }
    InboxCommentReply { et: "Sinu kommentaarile arutelus „{subject}” vastati.", en: "Someone replied to your comment in “{subject}”.", ru: "На ваш комментарий в обсуждении «{subject}» ответили." }
    InboxProposalMoved { et: "Sinu arendusettepanek „{subject}” liikus uude etappi.", en: "Your development proposal “{subject}” moved to a new stage.", ru: "Ваше предложение по развитию «{subject}» перешло на новый этап." }
    FieldKindText { et: "Tekst", en: "Text", ru: "Текст" }
    FieldKindInteger { et: "Täisarv", en: "Whole number", ru: "Целое число" }
    FieldKindDecimal { et: "Arv", en: "Number", ru: "Число" }
    FieldKindDate { et: "Kuupäev", en: "Date", ru: "Дата" }
    SubmissionStoring { et: "Salvestamisel", en: "Being stored", ru: "Сохраняется" }
    SubmissionDraft { et: "Kontrollitud, saatmata", en: "Checked, not sent", ru: "Проверено, не отправлено" }
    SubmissionSubmitted { et: "Ootab ülevaatust", en: "Waiting for review", ru: "Ожидает проверки" }
    SubmissionAccepted { et: "Vastu võetud", en: "Accepted", ru: "Принято" }
    SubmissionRejected { et: "Tagasi lükatud", en: "Rejected", ru: "Отклонено" }
    ValSubmissionRequired { et: "Täida see väli.", en: "Fill in this field.", ru: "Заполните это поле." }
    ValSubmissionTooLong { et: "Lühenda kuni {max} märgini.", en: "Shorten this to {max} characters.", ru: "Сократите до {max} символов." }
    ValSubmissionInteger { et: "Sisesta täisarv, näiteks 2025.", en: "Enter a whole number, like 2025.", ru: "Введите целое число, например 2025." }
    ValSubmissionDecimal { et: "Sisesta arv, näiteks 1234,5 (kuni kaks kohta pärast koma).", en: "Enter a number, like 1234.5 (at most two decimals).", ru: "Введите число, например 1234,5 (не более двух знаков после запятой)." }
    ValSubmissionDate { et: "Sisesta kuupäev kujul 2026-11-28 või 28.11.2026.", en: "Enter a date like 2026-11-28 or 28.11.2026.", ru: "Введите дату в виде 2026-11-28 или 28.11.2026." }
    ValSubmissionBelow { et: "Arv peab olema vähemalt {limit}.", en: "The number must be at least {limit}.", ru: "Число должно быть не меньше {limit}." }
    ValSubmissionAbove { et: "Arv võib olla kuni {limit}.", en: "The number can be at most {limit}.", ru: "Число может быть не больше {limit}." }
    ValSubmissionReason { et: "Kirjuta saatjale põhjus (kuni 1000 märki).", en: "Write the reason for the sender (up to 1000 characters).", ru: "Напишите причину для отправителя (до 1000 символов)." }
    ValSubmissionPlace { et: "Vali koht kaardil või sisesta koordinaadid.", en: "Choose the place on the map or enter its coordinates.", ru: "Выберите место на карте или введите координаты." }
    ValPhotoTooBig { et: "Foto võib olla kuni {max} MB.", en: "The photo can be up to {max} MB.", ru: "Фото — не более {max} МБ." }
    ValPhotoType { et: "Foto peab olema JPEG-, PNG- või WebP-pilt.", en: "The photo must be a JPEG, PNG or WebP image.", ru: "Фото должно быть изображением JPEG, PNG или WebP." }
    ValPhotoAgain { et: "Vali foto uuesti: brauser ei jäta valitud faili meelde.", en: "Choose the photo again: browsers do not keep a chosen file.", ru: "Выберите фото снова: браузер не сохраняет выбранный файл." }
    SubmissionAlreadyDecided { et: "Selle kohta on juba otsus tehtud.", en: "This has already been decided.", ru: "По этому уже принято решение." }
    SubmissionAlreadySent { et: "See fail on juba saadetud.", en: "This file has already been sent.", ru: "Этот файл уже отправлен." }
    CsvNoHeader { et: "Faili esimene rida peab olema päis veergude nimedega.", en: "The file's first row must be a header with the column names.", ru: "Первая строка файла должна быть заголовком с названиями столбцов." }
    CsvEmpty { et: "Fail on tühi.", en: "The file is empty.", ru: "Файл пуст." }
    CsvNoRows { et: "Failis on ainult päis, andmeridu pole.", en: "The file has only a header and no rows of data.", ru: "В файле только заголовок, строк с данными нет." }
    CsvMissingColumn { et: "Päisest puudub kohustuslik veerg.", en: "The header lacks a required column.", ru: "В заголовке нет обязательного столбца." }
    CsvUnknownColumn { et: "Sellist veergu see vorm ei tunne.", en: "This form has no such column.", ru: "В этой форме нет такого столбца." }
    CsvRowTooLong { et: "Rida on liiga pikk (üle 64 KB) või sellel on liiga palju veerge.", en: "The row is too long (over 64 KB) or has too many columns.", ru: "Строка слишком длинная (более 64 КБ) или в ней слишком много столбцов." }
    CsvNotUtf8 { et: "Rida pole UTF-8 tekst: salvesta fail kujul „CSV UTF-8”.", en: "The row is not UTF-8 text: save the file as “CSV UTF-8”.", ru: "Строка не в UTF-8: сохраните файл как «CSV UTF-8»." }
    CsvNoFile { et: "Vali üleslaaditav CSV-fail.", en: "Choose a CSV file to upload.", ru: "Выберите CSV-файл для загрузки." }
    CsvTooLarge { et: "Fail on liiga suur (kuni 64 MB).", en: "The file is too large (up to 64 MB).", ru: "Файл слишком большой (до 64 МБ)." }
    NoticeSubmissionSent { et: "Aitäh! Andmed on saadetud ülevaatamiseks.", en: "Thank you! The data has been sent for review.", ru: "Спасибо! Данные отправлены на проверку." }
    NoticeUploadDiscarded { et: "Fail on kustutatud.", en: "The file has been deleted.", ru: "Файл удалён." }
    NoticeSubmissionDecided { et: "Otsus on salvestatud ja saatjale teatatud.", en: "The decision is saved and the sender told.", ru: "Решение сохранено, отправитель уведомлён." }
    InboxSubmissionAccepted { et: "Sinu esitatud andmed („{subject}”) võeti vastu.", en: "The data you submitted (“{subject}”) was accepted.", ru: "Отправленные вами данные («{subject}») приняты." }
    InboxSubmissionRejected { et: "Sinu esitatud andmed („{subject}”) lükati tagasi.", en: "The data you submitted (“{subject}”) was rejected.", ru: "Отправленные вами данные («{subject}») отклонены." }
    DataSubmissionTitle { et: "Andmete esitamine", en: "Submit data", ru: "Передача данных" }
    DataSubmissionLead { et: "Esita linnale andmeid vormi kaudu või CSV-failina. Andmehaldur vaatab need üle; vastu võetud andmed lähevad avaandmetesse.", en: "Send the city data through a form or as a CSV file. A data steward reviews it; accepted data goes into the open data.", ru: "Передайте городу данные через форму или CSV-файлом. Их проверит распорядитель данных; принятые данные попадают в открытые данные." }
    DataSubmissionMine { et: "Minu esitatud andmed", en: "Data I have submitted", ru: "Мои отправленные данные" }
    DataSubmissionFill { et: "Täida vorm", en: "Fill in the form", ru: "Заполнить форму" }
    DataSubmissionUploadCsv { et: "Laadi üles CSV-fail", en: "Upload a CSV file", ru: "Загрузить CSV-файл" }
    DataSubmissionLogin { et: "Andmete esitamiseks logi sisse.", en: "Log in to submit data.", ru: "Войдите, чтобы передать данные." }
    SubmissionUnitHint { et: "Ühik: {unit}.", en: "Unit: {unit}.", ru: "Единица: {unit}." }
    SubmissionMinHint { et: "Vähemalt {min}.", en: "At least {min}.", ru: "Не меньше {min}." }
    SubmissionMaxHint { et: "Kuni {max}.", en: "At most {max}.", ru: "Не больше {max}." }
    SubmissionOptional { et: "(vabatahtlik)", en: "(optional)", ru: "(необязательно)" }
    SubmissionPlace { et: "Koht", en: "Place", ru: "Место" }
    SubmissionPlaceHint { et: "Klõpsa kaardil või sisesta koordinaadid.", en: "Click the map or enter the coordinates.", ru: "Нажмите на карту или введите координаты." }
    SubmissionPhoto { et: "Foto (vabatahtlik)", en: "Photo (optional)", ru: "Фото (необязательно)" }
    SubmissionPhotoHint { et: "JPEG, PNG või WebP, kuni 5 MB.", en: "JPEG, PNG or WebP, up to 5 MB.", ru: "JPEG, PNG или WebP, до 5 МБ." }
    SubmissionSend { et: "Saada", en: "Send", ru: "Отправить" }
    UploadLead { et: "Esimene rida on päis veergude nimedega. Eraldajaks sobib koma või semikoolon, kodeering UTF-8. Enne salvestamist kontrollitakse iga rida: kui mõni rida on vigane, ei salvestata midagi.", en: "The first row is a header with the column names. Commas or semicolons both work; the encoding is UTF-8. Every row is checked before anything is saved: if any row is wrong, nothing is saved.", ru: "Первая строка — заголовок с названиями столбцов. Разделитель — запятая или точка с запятой, кодировка UTF-8. Перед сохранением проверяется каждая строка: если хоть одна неверна, ничего не сохраняется." }
    UploadColumns { et: "Veerud", en: "Columns", ru: "Столбцы" }
    UploadColumn { et: "Veerg", en: "Column", ru: "Столбец" }
    UploadMeaning { et: "Tähendus", en: "Meaning", ru: "Значение" }
    UploadKind { et: "Tüüp", en: "Type", ru: "Тип" }
    UploadTemplate { et: "Laadi alla tühi näidisfail", en: "Download an empty template", ru: "Скачать пустой шаблон" }
    UploadFile { et: "CSV-fail", en: "CSV file", ru: "CSV-файл" }
    UploadButton { et: "Kontrolli faili", en: "Check the file", ru: "Проверить файл" }
    UploadProgress { et: "Üles laaditud {percent}%", en: "Uploaded {percent}%", ru: "Загружено {percent}%" }
    UploadChecking { et: "Kontrollin ridu…", en: "Checking the rows…", ru: "Проверяю строки…" }
    UploadRefused { et: "Faili ei salvestatud: {count} rida {rows}-st vajavad parandamist.", en: "The file was not saved: {count} of {rows} rows need fixing.", ru: "Файл не сохранён: {count} из {rows} строк нужно исправить." }
    UploadRefusedFile { et: "Faili ei salvestatud.", en: "The file was not saved.", ru: "Файл не сохранён." }
    UploadRowsNote { et: "Read on nummerdatud alates esimesest reast pärast päist. Paranda fail ja laadi see uuesti üles.", en: "Rows are counted from the first row after the header. Fix the file and upload it again.", ru: "Строки считаются с первой строки после заголовка. Исправьте файл и загрузите его снова." }
    UploadRow { et: "Rida", en: "Row", ru: "Строка" }
    UploadReason { et: "Põhjus", en: "Reason", ru: "Причина" }
    UploadWholeFile { et: "Päis / fail", en: "Header / file", ru: "Заголовок / файл" }
    UploadMore { et: "…ja veel {count} probleemi.", en: "…and {count} more problems.", ru: "…и ещё проблем: {count}." }
    SubmissionHeading { et: "Esitatud andmed nr {id}", en: "Submission no. {id}", ru: "Отправка № {id}" }
    SubmissionFrom { et: "Esitaja", en: "Sent by", ru: "Отправитель" }
    SubmissionWhen { et: "Esitatud", en: "Sent", ru: "Отправлено" }
    SubmissionSourceForm { et: "Vormi kaudu", en: "Through the form", ru: "Через форму" }
    SubmissionSourceCsv { et: "CSV-fail „{name}”", en: "CSV file “{name}”", ru: "CSV-файл «{name}»" }
    SubmissionRowCount { et: "Ridu: {count}", en: "Rows: {count}", ru: "Строк: {count}" }
    SubmissionFirstRows { et: "Esimesed {count} rida", en: "The first {count} rows", ru: "Первые {count} строк" }
    SubmissionFirstRowsFew { et: "Esimesed {count} rida", en: "The first {count} rows", ru: "Первые {count} строки" }
    SubmissionOnlyRow { et: "Ainus rida", en: "The only row", ru: "Единственная строка" }
    SubmissionChecked { et: "Kontrollitud", en: "Checked", ru: "Проверено" }
    SubmissionHow { et: "Esitamise viis", en: "How it was sent", ru: "Способ отправки" }
    SubmissionReasonLabel { et: "Põhjus", en: "Reason", ru: "Причина" }
    SubmissionPhotoAlt { et: "Esitatud foto", en: "The submitted photo", ru: "Отправленное фото" }
    DraftLead { et: "Fail on kontrollitud: {count} rida, vigu pole. Saada see ülevaatamiseks või kustuta.", en: "The file is checked: {count} rows, no problems. Send it for review or delete it.", ru: "Файл проверен: строк {count}, ошибок нет. Отправьте его на проверку или удалите." }
    DraftSend { et: "Saada ülevaatamiseks", en: "Send for review", ru: "Отправить на проверку" }
    DraftDiscard { et: "Kustuta fail", en: "Delete the file", ru: "Удалить файл" }
    ReviewTitle { et: "Esitatud andmete ülevaatus", en: "Reviewing submitted data", ru: "Проверка отправленных данных" }
    ReviewEmpty { et: "Siin olekus andmeid pole.", en: "Nothing in this state.", ru: "В этом статусе ничего нет." }
    ReviewDecision { et: "Otsus", en: "Decision", ru: "Решение" }
    ReviewAccept { et: "Võta vastu: andmed lähevad avaandmetesse", en: "Accept: the data goes into the open data", ru: "Принять: данные попадут в открытые данные" }
    ReviewReject { et: "Lükka tagasi", en: "Reject", ru: "Отклонить" }
    ReviewReason { et: "Põhjus saatjale (tagasilükkamisel kohustuslik)", en: "Reason for the sender (required to reject)", ru: "Причина для отправителя (обязательна при отклонении)" }
    ReviewSave { et: "Salvesta otsus", en: "Save the decision", ru: "Сохранить решение" }
    ReviewShow { et: "Näita", en: "Show", ru: "Показать" }
    SubmissionStatusLabel { et: "Olek", en: "Status", ru: "Статус" }
    SubmissionForm { et: "Vorm", en: "Form", ru: "Форма" }
    OpenDataLead { et: "Linna avaandmed: teemade näitajad, teenuste kataloog, ruumid, avalik kalender ja vastu võetud esitatud andmed. Iga andmestik on CSV- ja JSON-kujul.", en: "The city's open data: topic indicators, the service catalogue, rooms, the public calendar and accepted submitted data. Every dataset is available as CSV and JSON.", ru: "Открытые данные города: показатели тем, каталог услуг, помещения, публичный календарь и принятые отправленные данные. Каждый набор доступен в CSV и JSON." }
    OpenDataLicence { et: "Kõik andmestikud on vabalt kasutatavad viitega allikale, litsents:", en: "Every dataset may be reused with attribution, licence:", ru: "Все наборы можно свободно использовать со ссылкой на источник, лицензия:" }
    OpenDataUpdated { et: "Uuendatud {date}", en: "Updated {date}", ru: "Обновлено {date}" }
    OpenDataLive { et: "Alati ajakohane", en: "Always current", ru: "Всегда актуально" }
    OpenDataRows { et: "{count} rida", en: "{count} rows", ru: "строк: {count}" }
    OpenDataCsv { et: "Laadi alla CSV", en: "Download CSV", ru: "Скачать CSV" }
    OpenDataJson { et: "Ava JSON", en: "Open JSON", ru: "Открыть JSON" }
    OpenDataApi { et: "Programmidele: lugemisliides", en: "For programs: the read API", ru: "Для программ: API чтения" }
    OpenDataApiText { et: "Andmed on saadaval ka aadressil /api/v1/. Liidese kirjeldus on OpenAPI-dokumendina; sisselogimist pole vaja.", en: "The data is also served under /api/v1/. The interface is described in an OpenAPI document; no login is needed.", ru: "Данные доступны также по адресу /api/v1/. Интерфейс описан в документе OpenAPI; вход не нужен." }
    UploadProgressLabel { et: "Üleslaadimise edenemine", en: "Upload progress", ru: "Ход загрузки" }
    InboxBookingChanged { et: "Sinu broneeringu „{subject}” olek muutus. Vaata, mis otsustati.", en: "Your booking “{subject}” has a new status. See what was decided.", ru: "Статус вашего бронирования «{subject}» изменился. Посмотрите решение." }
    ValDeletePassword { et: "Parool on vale. Konto kustutamiseks sisesta oma parool.", en: "The password is wrong. Enter your password to delete the account.", ru: "Неверный пароль. Чтобы удалить профиль, введите свой пароль." }
    DeleteHasBookings { et: "Sul on eesootavaid broneeringuid. Tühista need enne konto kustutamist.", en: "You have bookings still to come. Cancel them before deleting the account.", ru: "У вас есть предстоящие бронирования. Отмените их перед удалением профиля." }
    DeletedByAuthor { et: "Kustutatud autori soovil.", en: "Deleted at its author's request.", ru: "Удалено по просьбе автора." }
    DeletedPerson { et: "Kustutatud kasutaja", en: "Deleted user", ru: "Удалённый пользователь" }
    NoticeAccountDeleted { et: "Sinu konto on kustutatud.", en: "Your account has been deleted.", ru: "Ваш профиль удалён." }
    AccountPrivacy { et: "Sinu andmed", en: "Your data", ru: "Ваши данные" }
    AccountConsent { et: "Nõustusid andmete töötlemise põhimõtetega {at}.", en: "You accepted the data-processing terms on {at}.", ru: "Вы приняли принципы обработки данных {at}." }
    AccountReadTerms { et: "Loe andmete töötlemise põhimõtteid", en: "Read the data-processing terms", ru: "Прочитать принципы обработки данных" }
    AccountDownload { et: "Laadi alla kõik minu andmed (JSON)", en: "Download all my data (JSON)", ru: "Скачать все мои данные (JSON)" }
    AccountDeleteTitle { et: "Kustuta konto", en: "Delete the account", ru: "Удалить профиль" }
    AccountDeleteText { et: "Kustutame sinu konto, sisselogimised, jälgimised, teated, toetused ja küsitluste vastused. Sinu kommentaarid jäävad alles nimega „Kustutatud kasutaja” ning ideed ja esitatud andmed ilma nimeta, kui sa ei soovi neid kustutada. Seda ei saa tagasi võtta.", en: "We delete your account, logins, follows, messages, supports and survey answers. Your comments stay under the name “Kustutatud kasutaja” (deleted user), and your ideas and submitted data without a name, unless you ask for them to be erased. This cannot be undone.", ru: "Мы удалим ваш профиль, входы, подписки, уведомления, поддержки и ответы на опросы. Ваши комментарии останутся под именем «Kustutatud kasutaja» (удалённый пользователь), а идеи и отправленные данные — без имени, если вы не попросите их стереть. Это нельзя отменить." }
    AccountDeleteErase { et: "Kustuta ka minu kommentaaride ja ideede tekst", en: "Also erase the text of my comments and ideas", ru: "Также стереть текст моих комментариев и идей" }
    AccountDeletePassword { et: "Kinnituseks sinu parool", en: "Your password, to confirm", ru: "Ваш пароль для подтверждения" }
    AccountDeleteButton { et: "Kustuta minu konto", en: "Delete my account", ru: "Удалить мой профиль" }
    FollowKindTopic { et: "Teema", en: "Topic", ru: "Тема" }
    FollowKindService { et: "Teenus", en: "Service", ru: "Услуга" }
    FollowKindRoom { et: "Ruum", en: "Room", ru: "Помещение" }
    FollowKindProposal { et: "Arendusettepanek", en: "Development proposal", ru: "Предложение по развитию" }
    FollowKindIndicator { et: "Näitaja", en: "Indicator", ru: "Показатель" }
    DirectionBelow { et: "langeb alla", en: "drops below", ru: "опустится ниже" }
    DirectionAbove { et: "tõuseb üle", en: "rises above", ru: "поднимется выше" }
    InboxServiceChanged { et: "Teenust „{subject}” muudeti. Vaata muudatuste logi.", en: "The service “{subject}” changed. See its changelog.", ru: "Услуга «{subject}» изменилась. Посмотрите журнал изменений." }
    InboxRoomChanged { et: "Ruumi „{subject}” tingimused, hinnad või lahtiolekuajad muutusid.", en: "The terms, prices or hours of the room “{subject}” changed.", ru: "Условия, цены или часы работы помещения «{subject}» изменились." }
    InboxFollowedProposalMoved { et: "Arendusettepanek „{subject}”, mida jälgid, liikus uude etappi.", en: "The development proposal “{subject}” you follow moved to a new stage.", ru: "Предложение по развитию «{subject}», за которым вы следите, перешло на новый этап." }
    MailDetailStage { et: "Uus etapp: {stage}.", en: "New stage: {stage}.", ru: "Новый этап: {stage}." }
    MailDetailReason { et: "Põhjus: {reason}", en: "Reason: {reason}", ru: "Причина: {reason}" }
    MailOpenPage { et: "Vaata lähemalt", en: "See it here", ru: "Подробнее" }
    MailSignature { et: "Tartu linn, Raekoda", en: "City of Tartu, Raekoda", ru: "Город Тарту, Raekoda" }
    MailNextIdeaInReview { et: "Linna töötaja vaatab idee läbi ja vastab sellele idee lehel. Anname teada, kui vastus on olemas.", en: "A city official will review the idea and answer it on the idea's page. We will tell you when the answer is there.", ru: "Сотрудник города рассмотрит идею и ответит на её странице. Мы сообщим, когда ответ появится." }
    MailNextIdeaAnswered { et: "Vastus on idee lehel. Sealt näed ka, mida linn edasi teeb.", en: "The answer is on the idea's page, with what the city will do next.", ru: "Ответ на странице идеи, там же — что город будет делать дальше." }
    MailNextConsultationResponse { et: "Vastus on arutelu lehel: mida linn ettepanekutest arvesse võttis ja miks.", en: "The response is on the consultation's page: what the city took on board and why.", ru: "Ответ на странице обсуждения: что город учёл и почему." }
    MailNextCommentReply { et: "Vastust saad lugeda ja sellele vastata arutelu lehel.", en: "You can read the reply and answer it on the consultation's page.", ru: "Прочитать ответ и ответить можно на странице обсуждения." }
    MailNextProposalMoved { et: "Ettepaneku lehel on etapi kommentaar ja see, kes järgmisena tegutseb.", en: "The proposal's page has the stage's comment and who acts next.", ru: "На странице предложения — комментарий к этапу и кто действует дальше." }
    MailNextSubmissionAccepted { et: "Andmed lähevad avaandmetesse ja teema näitajatesse. Sinult ei oodata midagi.", en: "The data goes into the open data and the topic's indicators. Nothing more is needed from you.", ru: "Данные войдут в открытые данные и показатели темы. От вас больше ничего не требуется." }
    MailNextSubmissionRejected { et: "Võid andmed parandada ja uuesti esitada. Kui põhjus jääb arusaamatuks, vasta andmehaldurile lehe kaudu.", en: "You may correct the data and submit it again. If the reason is unclear, reply to the data steward through the page.", ru: "Вы можете исправить данные и отправить снова. Если причина непонятна, ответьте хранителю данных через страницу." }
    MailNextBookingChanged { et: "Broneeringu lehel on otsus, ajad ja tühistamise tingimused.", en: "The booking's page has the decision, the times and the cancellation terms.", ru: "На странице бронирования — решение, время и условия отмены." }
    MailNextServiceChanged { et: "Teenuse lehel on muudatuste logi: mis muutus ja millal.", en: "The service's page has its changelog: what changed and when.", ru: "На странице услуги — журнал изменений: что и когда изменилось." }
    MailNextRoomChanged { et: "Ruumi lehel on uued tingimused. Juba kinnitatud broneeringud jäävad kehtima.", en: "The room's page has the new terms. Bookings already approved stand.", ru: "На странице помещения — новые условия. Уже одобренные бронирования остаются в силе." }
    MailNextIndicator { et: "Teema lehel on näitaja uus väärtus ja selle ajalugu. Piiri saad muuta oma jälgimiste lehel.", en: "The topic's page has the indicator's new value and its history. You can change the limit on your follows page.", ru: "На странице темы — новое значение показателя и его история. Порог можно изменить на странице подписок." }
    MailNextBookingRequested { et: "Ruumi haldaja vaatab soovi läbi ja annab otsusest teada e-postiga. Kuni selleni on aeg sinu jaoks hoitud.", en: "The room manager will look at the request and tell you the decision by e-mail. Until then the time is held for you.", ru: "Управляющий помещением рассмотрит запрос и сообщит решение по электронной почте. До тех пор время закреплено за вами." }
    MailNextBookingApproved { et: "Broneeringu lehel saad selle lisada oma kalendrisse ja näed tühistamise tingimusi.", en: "On the booking's page you can add it to your calendar and see the cancellation terms.", ru: "На странице бронирования можно добавить его в календарь и посмотреть условия отмены." }
    MailNextBookingRejected { et: "Võid valida ruumi lehel teise aja või otsida teise ruumi.", en: "You may choose another time on the room's page or look for another room.", ru: "Можно выбрать другое время на странице помещения или найти другое помещение." }
    MailNextBookingCancelled { et: "Aeg on vabastatud. Kui tühistamisel oli tasu, on see broneeringu lehel.", en: "The time is free again. If cancelling had a fee, the booking's page shows it.", ru: "Время освобождено. Если за отмену была плата, она указана на странице бронирования." }
    MailNextBookingExpired { et: "Soovile ei jõutud ajaks vastata ja aeg vabastati. Võid broneerida uuesti.", en: "The request was not answered in time and the time was released. You may book again.", ru: "На запрос не ответили вовремя, и время освобождено. Можно забронировать снова." }
    MailNextConsultationNew { et: "Arutelu lehel on selle eesmärk, tähtaeg ja kuidas kaasa rääkida.", en: "The consultation's page has its aim, its deadline and how to take part.", ru: "На странице обсуждения — его цель, срок и как участвовать." }
    InboxIndicatorCrossed { et: "Näitaja „{subject}” ületas sinu seatud piiri.", en: "The indicator “{subject}” crossed the limit you set.", ru: "Показатель «{subject}» пересёк заданный вами порог." }
    InboxIndicatorFellBelow { et: "Näitaja „{subject}” langes alla sinu seatud piiri.", en: "The indicator “{subject}” dropped below the limit you set.", ru: "Показатель «{subject}» опустился ниже заданного вами порога." }
    InboxIndicatorRoseAbove { et: "Näitaja „{subject}” tõusis üle sinu seatud piiri.", en: "The indicator “{subject}” rose above the limit you set.", ru: "Показатель «{subject}» поднялся выше заданного вами порога." }
    DigestSubject { et: "Raekoja nädala kokkuvõte: {count} uudist", en: "Raekoda's weekly digest: {count} news", ru: "Еженедельная сводка Raekoda: новостей {count}" }
    DigestManage { et: "Halda jälgimisi", en: "Manage what you follow", ru: "Управлять подписками" }
    FollowIndicatorTitle { et: "Teata, kui näitaja ületab piiri", en: "Tell me when an indicator crosses a limit", ru: "Сообщить, когда показатель пересечёт порог" }
    FollowIndicatorLead { et: "Näiteks: teata, kui üle antud jäätmete kogus langeb alla 20 000 t.", en: "For example: tell me when waste handed over drops below 20 000 t.", ru: "Например: сообщите, когда количество сданных отходов опустится ниже 20 000 т." }
    FollowIndicatorWhich { et: "Näitaja", en: "Indicator", ru: "Показатель" }
    FollowIndicatorDirection { et: "Millal teatada", en: "When to tell", ru: "Когда сообщать" }
    FollowIndicatorThreshold { et: "Piir (näitaja ühikus)", en: "Limit (in the indicator's unit)", ru: "Порог (в единицах показателя)" }
    FollowIndicatorButton { et: "Seada teavitus", en: "Set the alert", ru: "Настроить оповещение" }
    ValFollowThreshold { et: "Sisesta piir arvuna, näiteks 20 000.", en: "Enter the limit as a number, like 20 000.", ru: "Введите порог числом, например 20 000." }
    ValFieldsLine { et: "Rida {line} ei sobi. Kuju: võti | tüüp | ühik | required või optional | vähim | suurim | nimi eesti | inglise | vene keeles.", en: "Line {line} does not fit. The form: key | kind | unit | required or optional | min | max | label in Estonian | English | Russian.", ru: "Строка {line} не подходит. Вид: ключ | тип | единица | required или optional | мин | макс | название на эстонском | английском | русском." }
    ValFieldsNone { et: "Lisa vähemalt üks väli.", en: "Add at least one field.", ru: "Добавьте хотя бы одно поле." }
    ValFieldsLocked { et: "Sellel vormil on juba andmeid: välju ega nende tüüpe ei saa muuta (nimesid, ühikuid ja piire saab).", en: "This form already holds data: its fields and their kinds cannot change (labels, units and ranges can).", ru: "В этой форме уже есть данные: поля и их типы менять нельзя (названия, единицы и пределы можно)." }
    FormsAdminTitle { et: "Andmete esitamise vormid", en: "Data submission forms", ru: "Формы передачи данных" }
    FormNew { et: "Uus vorm", en: "New form", ru: "Новая форма" }
    FormEditNamed { et: "Muuda vormi „{name}”", en: "Edit the form “{name}”", ru: "Изменить форму «{name}»" }
    FormSlugHint { et: "Lehe aadressi lõpp: /data-submission/…, näiteks hoone-energiatarve.", en: "The end of the page's address: /data-submission/…, e.g. hoone-energiatarve.", ru: "Конец адреса страницы: /data-submission/…, например hoone-energiatarve." }
    FieldFields { et: "Väljad, üks rea kohta", en: "Fields, one per line", ru: "Поля, по одному на строку" }
    FieldFieldsHint { et: "võti | tüüp (text, integer, decimal, date) | ühik | required või optional | vähim | suurim | nimi eesti | inglise | vene keeles. Võti on CSV-faili veeru nimi.", en: "key | kind (text, integer, decimal, date) | unit | required or optional | min | max | label in Estonian | English | Russian. The key is the CSV file's column name.", ru: "ключ | тип (text, integer, decimal, date) | единица | required или optional | мин | макс | название на эстонском | английском | русском. Ключ — имя столбца в CSV-файле." }
    FieldWithLocation { et: "Küsi kohta kaardil", en: "Ask for a place on the map", ru: "Спрашивать место на карте" }
    FieldWithPhoto { et: "Luba lisada foto", en: "Allow a photo", ru: "Разрешить фото" }
    FieldFormOpen { et: "Vorm on avatud ja võtab andmeid vastu", en: "The form is open and takes data", ru: "Форма открыта и принимает данные" }
    FormOpenTag { et: "Avatud", en: "Open", ru: "Открыта" }
    FormClosedTag { et: "Suletud", en: "Closed", ru: "Закрыта" }
    FormSubmissionsCount { et: "{count} esitust", en: "{count} submissions", ru: "отправок: {count}" }
    InboxConsultationNew { et: "Teemas, mida jälgid, on uus arutelu: „{subject}”.", en: "A new consultation in a topic you follow: “{subject}”.", ru: "Новое обсуждение в теме, за которой вы следите: «{subject}»." }
}
