//! The interface text of open data: the catalogue and the read API, in Estonian, English and Russian.
//!
//! Each message is a `Msg` constant (`Msg::X`, as everywhere); a key used twice in the app
//! does not compile. Keep each message's three languages together so a translator sees
//! them side by side. `{name}` marks a value filled in at run time (`I18n::fill`).

crate::core::i18n::catalogue! {
    // --- Services ------------------------------------------------------------------------
    OpenDataLead { et: "Linna avaandmed: teemade näitajad, teenuste kataloog, ruumid, avalik kalender ja vastu võetud esitatud andmed. Iga andmestik on CSV- ja JSON-kujul.", en: "The city's open data: topic indicators, the service catalogue, rooms, the public calendar and accepted submitted data. Every dataset is available as CSV and JSON.", ru: "Открытые данные города: показатели тем, каталог услуг, помещения, публичный календарь и принятые отправленные данные. Каждый набор доступен в CSV и JSON." }
    OpenDataLicence { et: "Kõik andmestikud on vabalt kasutatavad viitega allikale, litsents:", en: "Every dataset may be reused with attribution, licence:", ru: "Все наборы можно свободно использовать со ссылкой на источник, лицензия:" }
    OpenDataUpdated { et: "Uuendatud {date}", en: "Updated {date}", ru: "Обновлено {date}" }
    OpenDataLive { et: "Alati ajakohane", en: "Always current", ru: "Всегда актуально" }
    OpenDataRows { et: "{count} rida", en: "{count} rows", ru: "строк: {count}" }
    OpenDataCsv { et: "Laadi alla CSV", en: "Download CSV", ru: "Скачать CSV" }
    OpenDataJson { et: "Ava JSON", en: "Open JSON", ru: "Открыть JSON" }
    OpenDataApi { et: "Programmidele: lugemisliides", en: "For programs: the read API", ru: "Для программ: API чтения" }
    OpenDataApiText { et: "Andmed on saadaval ka aadressil /api/v1/. Liidese kirjeldus on OpenAPI-dokumendina; sisselogimist pole vaja.", en: "The data is also served under /api/v1/. The interface is described in an OpenAPI document; no login is needed.", ru: "Данные доступны также по адресу /api/v1/. Интерфейс описан в документе OpenAPI; вход не нужен." }
}
