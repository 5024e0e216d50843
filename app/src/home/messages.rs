//! The interface text of the front page, in Estonian, English and Russian.
//!
//! Each message is a `Msg` constant (`Msg::X`, as everywhere); a key used twice in the app
//! does not compile. Keep each message's three languages together so a translator sees
//! them side by side. `{name}` marks a value filled in at run time (`I18n::fill`).

crate::core::i18n::catalogue! {
    // --- Front page ----------------------------------------------------------------------
    HomeTitle { et: "Tartu linna e-teenused ühest kohast", en: "City of Tartu e-services in one place", ru: "Электронные услуги Тарту в одном месте" }
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
}
