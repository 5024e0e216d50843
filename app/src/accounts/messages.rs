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
    NoticeWelcome { et: "Konto on loodud ja oled sisse logitud. Saatsime sinu e-posti aadressile lingi: ava see, et aadress kinnitada.", en: "Your account has been created and you are logged in. We sent a link to your e-mail address: open it to confirm the address.", ru: "Профиль создан, вы вошли в систему. Мы отправили ссылку на ваш адрес e-mail: откройте её, чтобы подтвердить адрес." }

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

    // --- Trusted accounts: verified addresses, resets, sessions, language -----------------
    MailGreeting { et: "Tere, {name}!", en: "Hello {name},", ru: "Здравствуйте, {name}!" }
    MailVerifySubject { et: "Kinnita oma e-posti aadress", en: "Confirm your e-mail address", ru: "Подтвердите свой адрес e-mail" }
    MailVerifyBody {
        et: "Lõid Raekojas konto. Ava see link, et kinnitada, et aadress on sinu. Seejärel saad ruume broneerida, kommenteerida, andmeid esitada ja algatusi jälgida. Link kehtib {hours} tundi ja ühe korra.",
        en: "You created an account on Raekoda. Open this link to confirm that the address is yours. Then you can book rooms, comment, submit data and follow initiatives. The link works once, for {hours} hours.",
        ru: "Вы создали профиль в Raekoda. Откройте ссылку, чтобы подтвердить, что адрес ваш. После этого вы сможете бронировать помещения, комментировать, отправлять данные и следить за инициативами. Ссылка действует один раз, {hours} ч.",
    }
    MailVerifyNotYou { et: "Kui sa ei loonud kontot, ära tee midagi: ilma kinnituseta konto ei saa midagi teha.", en: "If you did not create an account, do nothing: an unconfirmed account cannot do anything.", ru: "Если вы не создавали профиль, ничего не делайте: неподтверждённый профиль ничего не может." }
    MailResetSubject { et: "Uue parooli seadmine", en: "Setting a new password", ru: "Установка нового пароля" }
    MailResetBody {
        et: "Keegi palus sinu Raekoja konto jaoks uut parooli. Ava see link, et valida uus parool. Link kehtib {hours} tund ja ühe korra; uue parooli salvestamisel logitakse sind kõikjal mujal välja.",
        en: "Someone asked for a new password for your Raekoda account. Open this link to choose a new password. The link works once, for {hours} hour; saving a new password logs you out everywhere else.",
        ru: "Кто-то запросил новый пароль для вашего профиля Raekoda. Откройте ссылку, чтобы выбрать новый пароль. Ссылка действует один раз, {hours} ч; после сохранения нового пароля вы выйдете из системы на всех других устройствах.",
    }
    MailResetNotYou { et: "Kui sa seda ei palunud, ära tee midagi: sinu parool jääb samaks.", en: "If you did not ask for this, do nothing: your password stays as it is.", ru: "Если вы этого не просили, ничего не делайте: ваш пароль останется прежним." }
    ValLinkWait { et: "Saatsime lingi just hiljuti. Uue saad küsida {minutes} minuti pärast.", en: "We sent a link very recently. You can ask for another in {minutes} minutes.", ru: "Мы недавно отправили ссылку. Новую можно запросить через {minutes} мин." }
    ValLinkInvalid { et: "See link ei kehti: see on juba kasutatud või aegunud. Küsi uus link.", en: "This link no longer works: it has been used or has expired. Ask for a new one.", ru: "Эта ссылка недействительна: она уже использована или устарела. Запросите новую." }
    ValCurrentPasswordWrong { et: "Praegune parool on vale.", en: "The current password is wrong.", ru: "Текущий пароль неверен." }
    ErrorUnverified {
        et: "Kinnita esmalt oma e-posti aadress: saatsime sulle lingi. Uue lingi saad lehelt „Minu konto”.",
        en: "Confirm your e-mail address first: we sent you a link. You can get a new link on “My account”.",
        ru: "Сначала подтвердите свой адрес e-mail: мы отправили вам ссылку. Новую ссылку можно получить на странице «Мой профиль».",
    }
    VerifyBanner {
        et: "Kinnita oma e-posti aadress {email}: saatsime sinna lingi. Seni saad lehte vaadata, kuid mitte broneerida, kommenteerida, andmeid esitada ega jälgida.",
        en: "Confirm your e-mail address {email}: we sent a link to it. Until then you can look around but not book, comment, submit data or follow.",
        ru: "Подтвердите свой адрес e-mail {email}: мы отправили на него ссылку. До тех пор вы можете смотреть страницы, но не бронировать, комментировать, отправлять данные или следить.",
    }
    VerifyResend { et: "Saada link uuesti", en: "Send the link again", ru: "Отправить ссылку снова" }
    NoticeLinkSent { et: "Saatsime uue lingi. Vaata oma postkasti (ka rämpsposti kausta).", en: "We sent a new link. Check your inbox (and the spam folder).", ru: "Мы отправили новую ссылку. Проверьте почту (и папку «Спам»)." }
    VerifyTitle { et: "Kinnita e-posti aadress", en: "Confirm your e-mail address", ru: "Подтверждение адреса e-mail" }
    VerifyLead { et: "Vajuta nuppu, et kinnitada, et see aadress on sinu.", en: "Press the button to confirm that this address is yours.", ru: "Нажмите кнопку, чтобы подтвердить, что этот адрес ваш." }
    VerifySubmit { et: "Kinnita minu aadress", en: "Confirm my address", ru: "Подтвердить мой адрес" }
    NoticeEmailVerified { et: "E-posti aadress on kinnitatud. Nüüd saad broneerida, kommenteerida, andmeid esitada ja jälgida.", en: "Your e-mail address is confirmed. You can now book, comment, submit data and follow.", ru: "Адрес e-mail подтверждён. Теперь вы можете бронировать, комментировать, отправлять данные и следить." }
    ForgotLink { et: "Unustasid parooli?", en: "Forgot your password?", ru: "Забыли пароль?" }
    ForgotTitle { et: "Uus parool", en: "Reset your password", ru: "Новый пароль" }
    ForgotLead { et: "Sisesta oma konto e-posti aadress. Saadame lingi, millega saad valida uue parooli; link kehtib ühe tunni.", en: "Enter your account's e-mail address. We will send a link for choosing a new password; it works for one hour.", ru: "Введите адрес e-mail своего профиля. Мы отправим ссылку для выбора нового пароля; она действует один час." }
    ForgotSubmit { et: "Saada link", en: "Send the link", ru: "Отправить ссылку" }
    NoticeResetSent { et: "Kui selle aadressiga konto on olemas, saatsime sinna lingi. Link kehtib ühe tunni.", en: "If an account has this address, we sent a link to it. The link works for one hour.", ru: "Если профиль с этим адресом существует, мы отправили на него ссылку. Ссылка действует один час." }
    ResetTitle { et: "Vali uus parool", en: "Choose a new password", ru: "Выберите новый пароль" }
    ResetLead { et: "Uue parooli salvestamisel logitakse sind kõikjal mujal välja.", en: "Saving the new password logs you out everywhere else.", ru: "После сохранения нового пароля вы выйдете из системы на всех других устройствах." }
    FieldNewPassword { et: "Uus parool", en: "New password", ru: "Новый пароль" }
    FieldCurrentPassword { et: "Praegune parool", en: "Current password", ru: "Текущий пароль" }
    ResetSubmit { et: "Salvesta uus parool", en: "Save the new password", ru: "Сохранить новый пароль" }
    NoticePasswordReset { et: "Parool on muudetud ja oled sisse logitud. Kõik teised sisselogimised on lõpetatud.", en: "Your password is changed and you are logged in. Every other session has ended.", ru: "Пароль изменён, вы вошли в систему. Все другие сеансы завершены." }
    AccountEmailConfirmed { et: "kinnitatud", en: "confirmed", ru: "подтверждён" }
    AccountEmailUnconfirmed { et: "kinnitamata", en: "not confirmed yet", ru: "ещё не подтверждён" }
    AccountLanguage { et: "Keel", en: "Language", ru: "Язык" }
    AccountLanguageHint { et: "Selles keeles kirjutame sulle e-kirju.", en: "We write your e-mails in this language.", ru: "На этом языке мы пишем вам письма." }
    AccountLanguageSave { et: "Salvesta keel", en: "Save the language", ru: "Сохранить язык" }
    NoticeLanguageSaved { et: "Keel on salvestatud.", en: "The language is saved.", ru: "Язык сохранён." }
    AccountPasswordTitle { et: "Muuda parooli", en: "Change the password", ru: "Изменить пароль" }
    ChangePasswordSubmit { et: "Muuda parooli", en: "Change the password", ru: "Изменить пароль" }
    NoticePasswordChanged { et: "Parool on muudetud. Sinu teised sisselogimised on lõpetatud.", en: "Your password is changed. Your other sessions have ended.", ru: "Пароль изменён. Ваши другие сеансы завершены." }
    AccountSessionsTitle { et: "Kus oled sisse logitud", en: "Where you are logged in", ru: "Где вы вошли в систему" }
    SessionThisOne { et: "See brauser", en: "This browser", ru: "Этот браузер" }
    SessionUnknownBrowser { et: "Tundmatu brauser", en: "Unknown browser", ru: "Неизвестный браузер" }
    SessionTimes { et: "Sisse logitud {started}, viimati nähtud {seen}", en: "Logged in {started}, last seen {seen}", ru: "Вход {started}, последняя активность {seen}" }
    SessionEnd { et: "Lõpeta see sisselogimine: {browser}, {started}", en: "End this session: {browser}, {started}", ru: "Завершить этот сеанс: {browser}, {started}" }
    SessionEndShort { et: "Lõpeta", en: "End", ru: "Завершить" }
    LogOutEverywhere { et: "Logi välja kõikjal mujal", en: "Log out everywhere else", ru: "Выйти на всех других устройствах" }
    NoticeSessionEnded { et: "Sisselogimine on lõpetatud.", en: "The session has ended.", ru: "Сеанс завершён." }
    NoticeOtherSessionsEnded { et: "Oled kõikjal mujal välja logitud.", en: "You are logged out everywhere else.", ru: "Вы вышли из системы на всех других устройствах." }
}
