//! The interface text of rooms: the catalogue, a room, booking and its workflow, staff, in Estonian, English and Russian.
//!
//! Each message is a `Msg` constant (`Msg::X`, as everywhere); a key used twice in the app
//! does not compile. Keep each message's three languages together so a translator sees
//! them side by side. `{name}` marks a value filled in at run time (`I18n::fill`).

crate::core::i18n::catalogue! {
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
    FilterDistrict { et: "Linnaosa", en: "District", ru: "Район" }
    FilterFeature { et: "Varustus", en: "Equipment", ru: "Оснащение" }
    FilterStepFree { et: "Ainult trepivaba ligipääsuga", en: "Step-free access only", ru: "Только с доступом без ступенек" }
    FilterMaxPrice { et: "Tunnihind kuni (eurot)", en: "Price per hour up to (euros)", ru: "Цена за час до (евро)" }
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

    // --- Rooms: booking workflow, calendars, staff ---------------------------------------
    BookPublicTitle { et: "Pealkiri linna kalendris", en: "Title in the city calendar", ru: "Название в городском календаре" }
    BookPublicTitleHint {
        et: "Kui soovid, et üritus oleks linna kalendris näha, kirjuta siia selle pealkiri. Tühjaks jättes on broneering privaatne.",
        en: "If you want the event to appear in the city calendar, write its title here. Leave it empty to keep the booking private.",
        ru: "Если хотите, чтобы мероприятие было видно в городском календаре, напишите его название. Оставьте пустым, чтобы бронирование было закрытым.",
    }
    ValTooManyWaiting { et: "Sul on juba {waiting} broneeringukuupäeva otsust ootamas; korraga võib oodata kuni {max}. Oota otsuseid või tühista mõni taotlus.", en: "You already have {waiting} booking dates waiting for a decision; at most {max} may wait at once. Wait for the decisions or cancel a request.", ru: "У вас уже {waiting} дат бронирования ждут решения; одновременно может ждать не более {max}. Дождитесь решений или отмените заявку." }
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
    ValMonthInvalid { et: "Vali kuu kujul 2026-12.", en: "Choose a month like 2026-12.", ru: "Выберите месяц в виде 2026-12." }
    AdminBookingsTitle { et: "Broneeringud", en: "Bookings", ru: "Бронирования" }
    AdminBookingsLead {
        et: "Sinu asutuste ruumide broneerimissoovid, vanimad eespool.",
        en: "Booking requests for your institutions' rooms, oldest first.",
        ru: "Запросы на бронирование помещений ваших учреждений, сначала самые старые.",
    }
    AdminBookingsCount { et: "Leitud: {count}", en: "Found: {count}", ru: "Найдено: {count}" }
    AdminRequestedAt { et: "Saabus", en: "Received", ru: "Получено" }
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
    ValRoomName { et: "Sisesta ruumi nimi (kuni 120 märki).", en: "Enter the room's name (up to 120 characters).", ru: "Введите название помещения (до 120 символов)." }
    ValHoursSpan { et: "Sisesta aeg kujul 17:00–21:00; mitu aega komaga eraldatult.", en: "Enter times like 17:00–21:00; several separated by commas.", ru: "Введите время в виде 17:00–21:00; несколько — через запятую." }
    ValNumberBetween { et: "Sisesta täisarv vahemikus {min} kuni {max}.", en: "Enter a whole number from {min} to {max}.", ru: "Введите целое число от {min} до {max}." }
    ValMaxBelowMin { et: "Pikim kestus ei saa olla lühem kui lühim.", en: "The longest duration cannot be shorter than the shortest.", ru: "Наибольшая длительность не может быть меньше наименьшей." }
    ValClosedDates { et: "Sisesta kuupäevad kujul 2026-12-31, komaga eraldatult.", en: "Enter dates like 2026-12-31, separated by commas.", ru: "Введите даты в виде 2026-12-31 через запятую." }
    AdminRoomsLead { et: "Muuda oma asutuste ruumide hindu, broneeritavaid aegu ja reegleid.", en: "Change the prices, bookable times and rules of your institutions' rooms.", ru: "Изменяйте цены, время бронирования и правила помещений ваших учреждений." }
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
    MailNextBookingRequested { et: "Ruumi haldaja vaatab soovi läbi ja annab otsusest teada e-postiga. Kuni selleni on aeg sinu jaoks hoitud.", en: "The room manager will look at the request and tell you the decision by e-mail. Until then the time is held for you.", ru: "Управляющий помещением рассмотрит запрос и сообщит решение по электронной почте. До тех пор время закреплено за вами." }
    MailNextBookingApproved { et: "Broneeringu lehel saad selle lisada oma kalendrisse ja näed tühistamise tingimusi.", en: "On the booking's page you can add it to your calendar and see the cancellation terms.", ru: "На странице бронирования можно добавить его в календарь и посмотреть условия отмены." }
    MailNextBookingRejected { et: "Võid valida ruumi lehel teise aja või otsida teise ruumi.", en: "You may choose another time on the room's page or look for another room.", ru: "Можно выбрать другое время на странице помещения или найти другое помещение." }
    MailNextBookingCancelled { et: "Aeg on vabastatud. Kui tühistamisel oli tasu, on see broneeringu lehel.", en: "The time is free again. If cancelling had a fee, the booking's page shows it.", ru: "Время освобождено. Если за отмену была плата, она указана на странице бронирования." }
    MailNextBookingExpired { et: "Soovile ei jõutud ajaks vastata ja aeg vabastati. Võid broneerida uuesti.", en: "The request was not answered in time and the time was released. You may book again.", ru: "На запрос не ответили вовремя, и время освобождено. Можно забронировать снова." }
}
