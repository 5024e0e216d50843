//! The interface text of the staff dashboard, in Estonian, English and Russian.
//!
//! Each message is a `Msg` constant (`Msg::X`, as everywhere); a key used twice in the app
//! does not compile. Keep each message's three languages together so a translator sees
//! them side by side. `{name}` marks a value filled in at run time (`I18n::fill`).

crate::core::i18n::catalogue! {
    // --- Staff dashboard -----------------------------------------------------------------
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

    // --- Rooms: booking workflow, calendars, staff ---------------------------------------
    AdminOpenBookings { et: "Broneerimissoovid", en: "Booking requests", ru: "Запросы на бронирование" }
}
