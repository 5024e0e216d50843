//! The interface text of notifications: follows, the inbox and e-mails, in Estonian, English and Russian.
//!
//! Each message is a `Msg` constant (`Msg::X`, as everywhere); a key used twice in the app
//! does not compile. Keep each message's three languages together so a translator sees
//! them side by side. `{name}` marks a value filled in at run time (`I18n::fill`).

crate::core::i18n::catalogue! {
    // --- Services ------------------------------------------------------------------------
    InboxEmpty { et: "Teateid pole.", en: "No messages.", ru: "Уведомлений нет." }
    InboxUnread { et: "Lugemata", en: "Unread", ru: "Не прочитано" }
    InboxRead { et: "Loetud", en: "Read", ru: "Прочитано" }
    InboxMarkRead { et: "Märgi kõik loetuks", en: "Mark all as read", ru: "Отметить все как прочитанные" }
    NoticeInboxRead { et: "Kõik teated on loetud.", en: "All messages are marked read.", ru: "Все уведомления отмечены как прочитанные." }
    InboxIdeaInReview { et: "Sinu idee „{subject}” sai piisavalt toetust ja on nüüd linna ülevaatusel.", en: "Your idea “{subject}” has enough support and is now in the city's review.", ru: "Ваша идея «{subject}» набрала достаточно поддержки и теперь на рассмотрении города." }
    InboxIdeaAnswered { et: "Linn vastas sinu ideele „{subject}”.", en: "The city answered your idea “{subject}”.", ru: "Город ответил на вашу идею «{subject}»." }
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
    SubscriptionsEmpty { et: "Sa ei jälgi midagi. Arutelu või idee lehel saad valida „Jälgi”.", en: "You follow nothing. Choose “Follow” on a consultation or an idea.", ru: "Вы ни на что не подписаны. Выберите «Следить» на странице обсуждения или идеи." }
    SubscriptionStop { et: "Lõpeta jälgimine", en: "Stop following", ru: "Перестать следить" }
    NoticeUnfollowed { et: "Sa ei jälgi seda enam.", en: "You no longer follow this.", ru: "Вы больше не следите за этим." }
    UnsubscribeTitle { et: "Loobu teadetest", en: "Unsubscribe", ru: "Отписаться" }
    UnsubscribeText { et: "Kas lõpetada teadete saatmine teemal „{subject}”? Sisse logida pole vaja.", en: "Stop the messages about “{subject}”? No need to log in.", ru: "Прекратить уведомления о «{subject}»? Входить не нужно." }
    UnsubscribeButton { et: "Jah, loobu", en: "Yes, unsubscribe", ru: "Да, отписаться" }
    UnsubscribeDone { et: "Valmis: sa ei saa enam teateid sel teemal.", en: "Done: you will get no more messages about this.", ru: "Готово: уведомлений на эту тему больше не будет." }
    UnsubscribeUnknown { et: "Seda linki enam pole: jälgimine on juba lõpetatud.", en: "This link is no longer valid: the follow has already ended.", ru: "Эта ссылка уже недействительна: подписка уже отменена." }
    MailUnsubscribe { et: "Loobu nendest teadetest (sisse logimata)", en: "Unsubscribe from these messages (no login needed)", ru: "Отписаться от этих уведомлений (без входа)" }
    OutboxLead { et: "Viimased 200 e-kirja, saadetud või ootel. Kui e-posti server pole seadistatud, jäävad kirjad siia.", en: "The last 200 e-mails, sent or waiting. Without a mail server configured, messages stay here.", ru: "Последние 200 писем, отправленные или ожидающие. Если почтовый сервер не настроен, письма остаются здесь." }
    OutboxEmpty { et: "Kirju pole.", en: "No e-mail.", ru: "Писем нет." }
    OutboxSent { et: "Saadetud {at}", en: "Sent {at}", ru: "Отправлено {at}" }
    OutboxWaiting { et: "Ootel", en: "Waiting", ru: "Ожидает" }
    OutboxRetrying { et: "Ootel, proovitud {tries} korda", en: "Waiting, tried {tries} times", ru: "Ожидает, попыток: {tries}" }
    OutboxText { et: "Kirja tekst", en: "The message", ru: "Текст письма" }
    InboxCommentReply { et: "Sinu kommentaarile arutelus „{subject}” vastati.", en: "Someone replied to your comment in “{subject}”.", ru: "На ваш комментарий в обсуждении «{subject}» ответили." }
    InboxProposalMoved { et: "Sinu arendusettepanek „{subject}” liikus uude etappi.", en: "Your development proposal “{subject}” moved to a new stage.", ru: "Ваше предложение по развитию «{subject}» перешло на новый этап." }
    InboxSubmissionAccepted { et: "Sinu esitatud andmed („{subject}”) võeti vastu.", en: "The data you submitted (“{subject}”) was accepted.", ru: "Отправленные вами данные («{subject}») приняты." }
    InboxSubmissionRejected { et: "Sinu esitatud andmed („{subject}”) lükati tagasi.", en: "The data you submitted (“{subject}”) was rejected.", ru: "Отправленные вами данные («{subject}») отклонены." }
    InboxBookingChanged { et: "Sinu broneeringu „{subject}” olek muutus. Vaata, mis otsustati.", en: "Your booking “{subject}” has a new status. See what was decided.", ru: "Статус вашего бронирования «{subject}» изменился. Посмотрите решение." }
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
    MailNextIdeaInReview { et: "Linna töötaja vaatab idee läbi ja vastab sellele idee lehel. Anname teada, kui vastus on olemas.", en: "A city official will review the idea and answer it on the idea's page. We will tell you when the answer is there.", ru: "Сотрудник города рассмотрит идею и ответит на её странице. Мы сообщим, когда ответ появится." }
    MailNextIdeaAnswered { et: "Vastus on idee lehel. Sealt näed ka, mida linn edasi teeb.", en: "The answer is on the idea's page, with what the city will do next.", ru: "Ответ на странице идеи, там же — что город будет делать дальше." }
    MailNextConsultationResponse { et: "Vastus on arutelu lehel: mida linn ettepanekutest arvesse võttis ja miks.", en: "The response is on the consultation's page: what the city took on board and why.", ru: "Ответ на странице обсуждения: что город учёл и почему." }
    MailNextCommentReply { et: "Vastust saad lugeda ja sellele vastata arutelu lehel.", en: "You can read the reply and answer it on the consultation's page.", ru: "Прочитать ответ и ответить можно на странице обсуждения." }
    MailNextProposalMoved { et: "Ettepaneku lehel on etapi kommentaar ja see, kes järgmisena tegutseb.", en: "The proposal's page has the stage's comment and who acts next.", ru: "На странице предложения — комментарий к этапу и кто действует дальше." }
    MailNextSubmissionAccepted { et: "Andmed lähevad avaandmetesse ja teema näitajatesse. Sinult ei oodata midagi.", en: "The data goes into the open data and the topic's indicators. Nothing more is needed from you.", ru: "Данные войдут в открытые данные и показатели темы. От вас больше ничего не требуется." }
    MailNextSubmissionRejected { et: "Võid andmed parandada ja uuesti esitada. Kui põhjus jääb arusaamatuks, vasta andmehaldurile lehe kaudu.", en: "You may correct the data and submit it again. If the reason is unclear, reply to the data steward through the page.", ru: "Вы можете исправить данные и отправить снова. Если причина непонятна, ответьте хранителю данных через страницу." }
    MailNextServiceChanged { et: "Teenuse lehel on muudatuste logi: mis muutus ja millal.", en: "The service's page has its changelog: what changed and when.", ru: "На странице услуги — журнал изменений: что и когда изменилось." }
    MailNextRoomChanged { et: "Ruumi lehel on uued tingimused. Juba kinnitatud broneeringud jäävad kehtima.", en: "The room's page has the new terms. Bookings already approved stand.", ru: "На странице помещения — новые условия. Уже одобренные бронирования остаются в силе." }
    MailNextIndicator { et: "Teema lehel on näitaja uus väärtus ja selle ajalugu. Piiri saad muuta oma jälgimiste lehel.", en: "The topic's page has the indicator's new value and its history. You can change the limit on your follows page.", ru: "На странице темы — новое значение показателя и его история. Порог можно изменить на странице подписок." }
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
    InboxConsultationNew { et: "Teemas, mida jälgid, on uus arutelu: „{subject}”.", en: "A new consultation in a topic you follow: “{subject}”.", ru: "Новое обсуждение в теме, за которой вы следите: «{subject}»." }
}
