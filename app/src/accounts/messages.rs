//! The interface text of accounts: sign-up, log-in, the account page and its rights, in Estonian, English and Russian.
//!
//! Each message is a `Msg` constant (`Msg::X`, as everywhere); a key used twice in the app
//! does not compile. Keep each message's three languages together so a translator sees
//! them side by side. `{name}` marks a value filled in at run time (`I18n::fill`).

crate::core::i18n::catalogue! {
    // --- Accounts ------------------------------------------------------------------------
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
    ValEmailRequired { et: "Sisesta e-posti aadress.", en: "Enter your e-mail address.", ru: "Введите адрес e-mail." }
    ValEmailTaken { et: "Selle e-posti aadressiga konto on juba olemas. Logi sisse.", en: "An account with this e-mail address already exists. Log in instead.", ru: "Профиль с этим адресом e-mail уже существует. Войдите." }
    ValPasswordRequired { et: "Sisesta parool.", en: "Enter your password.", ru: "Введите пароль." }
    ValPasswordTooShort { et: "Parool peab olema vähemalt {min} märki pikk.", en: "The password must be at least {min} characters long.", ru: "Пароль должен содержать не менее {min} символов." }
    ValPasswordTooLong { et: "Parool võib olla kuni {max} märki pikk.", en: "The password can be at most {max} characters long.", ru: "Пароль может содержать не более {max} символов." }
    ValNameRequired { et: "Sisesta oma nimi.", en: "Enter your name.", ru: "Введите имя." }
    ValNameTooLong { et: "Nimi võib olla kuni {max} märki pikk.", en: "The name can be at most {max} characters long.", ru: "Имя может содержать не более {max} символов." }
    ValTermsRequired { et: "Konto loomiseks nõustu andmete töötlemise põhimõtetega.", en: "Accept the data-processing terms to create an account.", ru: "Чтобы создать профиль, примите принципы обработки данных." }
    ValLoginLocked {
        et: "Liiga palju ebaõnnestunud katseid. Proovi uuesti {minutes} minuti pärast.",
        en: "Too many failed attempts. Try again in {minutes} minutes.",
        ru: "Слишком много неудачных попыток. Попробуйте снова через {minutes} мин.",
    }
    NoticeSignedIn { et: "Oled sisse logitud.", en: "You are logged in.", ru: "Вы вошли в систему." }
    NoticeSignedOut { et: "Oled välja logitud.", en: "You have logged out.", ru: "Вы вышли из системы." }
    NoticeWelcome { et: "Konto on loodud ja oled sisse logitud.", en: "Your account has been created and you are logged in.", ru: "Профиль создан, вы вошли в систему." }

    // --- Services ------------------------------------------------------------------------
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
}
