//! The interface text of participation: topic hubs, consultations, ideas and comments, in Estonian, English and Russian.
//!
//! Each message is a `Msg` constant (`Msg::X`, as everywhere); a key used twice in the app
//! does not compile. Keep each message's three languages together so a translator sees
//! them side by side. `{name}` marks a value filled in at run time (`I18n::fill`).

crate::core::i18n::catalogue! {
    // --- Services ------------------------------------------------------------------------
    TopicsLead { et: "Tartu kestliku arengu teemad: mida näitavad andmed, millised on linna plaanid ja kus saad kaasa rääkida.", en: "Tartu's sustainable-development topics: what the figures show, what the city plans, and where you can have your say.", ru: "Темы устойчивого развития Тарту: что показывают данные, что планирует город и где можно высказаться." }
    TopicKeyFigures { et: "Põhinäitajad", en: "Key figures", ru: "Основные показатели" }
    TopicPlans { et: "Kavad", en: "Plans", ru: "Планы" }
    TopicConsultations { et: "Arutelud", en: "Consultations", ru: "Обсуждения" }
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
    ConsultationSupportTitle { et: "Toetus", en: "Support", ru: "Поддержка" }
    ConsultationSupport { et: "Toetan", en: "I support this", ru: "Поддерживаю" }
    ConsultationSupported { et: "Oled seda toetanud. Aitäh!", en: "You support this. Thank you!", ru: "Вы это поддержали. Спасибо!" }
    ConsultationLogInToTakePart { et: "Logi sisse, et toetada ja kommenteerida", en: "Log in to support and comment", ru: "Войдите, чтобы поддержать и комментировать" }
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
    SurveyAnswered { et: "Oled küsitlusele vastanud. Aitäh! Tulemused on siin pärast tähtaega.", en: "You have answered the survey. Thank you! The results appear here after the deadline.", ru: "Вы ответили на опрос. Спасибо! Итоги появятся здесь после срока." }
    SurveySend { et: "Saada vastused", en: "Send the answers", ru: "Отправить ответы" }
    SurveyRatingLow { et: "halb", en: "poor", ru: "плохо" }
    SurveyRatingHigh { et: "väga hea", en: "very good", ru: "очень хорошо" }
    SurveyPinHint { et: "Klõpsa kaardil või sisesta koha koordinaadid, näiteks 58,3780 ja 26,7290 (Raekoja plats).", en: "Click on the map or enter the place's coordinates, e.g. 58.3780 and 26.7290 (Town Hall Square).", ru: "Нажмите на карту или введите координаты места, например 58,3780 и 26,7290 (Ратушная площадь)." }
    SurveyAnsweredCount { et: "Vastas {count}", en: "{count} answered", ru: "Ответили: {count}" }
    SurveyAverage { et: "Keskmine hinne: {value}", en: "Average rating: {value}", ru: "Средняя оценка: {value}" }
    AlreadyAnswered { et: "Oled sellele küsitlusele juba vastanud.", en: "You have already answered this survey.", ru: "Вы уже ответили на этот опрос." }
    NoticeAnswered { et: "Aitäh! Sinu vastused on salvestatud.", en: "Thank you! Your answers are saved.", ru: "Спасибо! Ваши ответы сохранены." }
    ValRatingScale { et: "Vali hinne 1 kuni 5.", en: "Choose a rating from 1 to 5.", ru: "Выберите оценку от 1 до 5." }
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
    ChooseOne { et: "Vali…", en: "Choose…", ru: "Выберите…" }
    IdeaPlaceShown { et: "Koht", en: "Place", ru: "Место" }
    ValQuestionPrompt { et: "Küsimus on liiga pikk (kuni {max} märki).", en: "The question is too long (up to {max} characters).", ru: "Вопрос слишком длинный (до {max} символов)." }
    ValQuestionOptions { et: "Kirjuta 2 kuni 12 vastusevarianti, igaüks eraldi reale.", en: "Write 2 to 12 choices, each on a line of its own.", ru: "Напишите от 2 до 12 вариантов, каждый на отдельной строке." }
    ValDistrict { et: "Kirjuta linnaosa (kuni 60 märki), näiteks Karlova või „Kogu linn”.", en: "Write the district (up to 60 characters), e.g. Karlova or \"Whole city\".", ru: "Укажите район (до 60 символов), например Карлова или «Весь город»." }
    ValConsultationTitle { et: "Kirjuta pealkiri eesti keeles (3 kuni {max} märki).", en: "Write the title in Estonian (3 to {max} characters).", ru: "Напишите название на эстонском (от 3 до {max} символов)." }
    ValConsultationDescription { et: "Kirjuta kirjeldus eesti keeles (kuni {max} märki).", en: "Write the description in Estonian (up to {max} characters).", ru: "Напишите описание на эстонском (до {max} символов)." }
    ValClosesBeforeOpens { et: "Lõpukuupäev ei saa olla enne alguskuupäeva.", en: "The closing date cannot be before the opening date.", ru: "Дата окончания не может быть раньше даты начала." }
    ValDocuments { et: "Kirjuta iga dokument eraldi reale kujul „Nimi | https://aadress”.", en: "Write each document on a line of its own as \"Name | https://address\".", ru: "Пишите каждый документ на отдельной строке в виде «Название | https://адрес»." }
    ConsultationEdit { et: "Muuda arutelu", en: "Edit the consultation", ru: "Изменить обсуждение" }
    ConsultationSeePublic { et: "Vaata avalikku lehte", en: "See the public page", ru: "Открыть публичную страницу" }
    ConsultationSave { et: "Salvesta arutelu", en: "Save the consultation", ru: "Сохранить обсуждение" }
    ConsultationCloseTitle { et: "Lõpeta arutelu", en: "Close the consultation", ru: "Завершить обсуждение" }
    ConsultationCloseText { et: "Arutelu lõpeb kohe: viimane päev oli eile. Lehel näidatakse tulemusi ja saad avaldada linna vastuse.", en: "The consultation ends now: its last day was yesterday. The page shows the results and you can publish the city's response.", ru: "Обсуждение завершится сейчас: последним днём был вчерашний. На странице появятся итоги, и можно опубликовать ответ города." }
    ConsultationCloseNow { et: "Lõpeta arutelu kohe", en: "Close it now", ru: "Завершить сейчас" }
    NoticeConsultationSaved { et: "Arutelu on salvestatud.", en: "The consultation is saved.", ru: "Обсуждение сохранено." }
    NoticeConsultationClosed { et: "Arutelu on lõppenud.", en: "The consultation is closed.", ru: "Обсуждение завершено." }
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
    FieldShortName { et: "Lühinimi", en: "Short name", ru: "Краткое имя" }
}
