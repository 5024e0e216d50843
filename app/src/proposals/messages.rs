//! The interface text of service-development proposals, in Estonian, English and Russian.
//!
//! Each message is a `Msg` constant (`Msg::X`, as everywhere); a key used twice in the app
//! does not compile. Keep each message's three languages together so a translator sees
//! them side by side. `{name}` marks a value filled in at run time (`I18n::fill`).

crate::core::i18n::catalogue! {
    // --- Services ------------------------------------------------------------------------
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
    ProposalBoardLead { et: "Kõik ettepanekud etappide kaupa. Teiste mustandeid näeb vaid arvuna.", en: "Every proposal by stage. Other people's drafts show only as a number.", ru: "Все предложения по этапам. Чужие черновики видны только числом." }
    ProposalBoardDrafts { et: "Teiste mustandeid: {count}", en: "Other people's drafts: {count}", ru: "Чужих черновиков: {count}" }
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
    TemplateBuiltIn { et: "algne", en: "built in", ru: "исходная" }
    NoticeProposalSaved { et: "Mustand on salvestatud.", en: "The draft is saved.", ru: "Черновик сохранён." }
    NoticeProposalSubmitted { et: "Ettepanek on esitatud. Arendustiim hindab seda ja sa näed hinnangut siin.", en: "The proposal is submitted. The development team will assess it and you will see the assessment here.", ru: "Предложение подано. Команда развития оценит его, и вы увидите оценку здесь." }
    NoticeProposalMoved { et: "Ettepaneku etapp on muudetud.", en: "The proposal's stage has changed.", ru: "Этап предложения изменён." }
    NoticeAssessmentSaved { et: "Hinnang on salvestatud.", en: "The assessment is saved.", ru: "Оценка сохранена." }
    NoticeTemplateSaved { et: "Vorm on salvestatud uue versioonina.", en: "The template is saved as a new version.", ru: "Шаблон сохранён как новая версия." }
    ValProposalTitle { et: "Kirjuta ettepaneku pealkiri (kuni {max} märki).", en: "Write the proposal's title (up to {max} characters).", ru: "Напишите название предложения (до {max} символов)." }
    ValProposalOwner { et: "Kirjuta, kes võiks teenuse omanik olla (kuni 200 märki).", en: "Write who should own the service (up to 200 characters).", ru: "Укажите, кто мог бы быть владельцем услуги (до 200 символов)." }
    ValProposalSection { et: "Vasta sellele osale enne esitamist.", en: "Answer this section before submitting.", ru: "Ответьте на этот раздел перед подачей." }
    ValProposalService { et: "Vali teenus, mille ettepanek lõi või mida muutis.", en: "Choose the service the proposal created or changed.", ru: "Выберите услугу, которую предложение создало или изменило." }
    ValRating { et: "Vali roheline, kollane või punane.", en: "Choose green, amber or red.", ru: "Выберите зелёный, жёлтый или красный." }
    ValRatingNeeded { et: "Otsuse tegemiseks hinda see kriteerium.", en: "Rate this criterion before deciding.", ru: "Оцените этот критерий перед решением." }
    ValRatingComment { et: "Kirjuta, miks see pole roheline.", en: "Say why this is not green.", ru: "Напишите, почему это не зелёный." }
    ValApproveWithRed { et: "Punase hindega ettepanekut ei saa heaks kiita: palu muudatusi või lükka tagasi.", en: "A proposal with a red rating cannot be approved: request changes or reject it.", ru: "Предложение с красной оценкой нельзя одобрить: запросите изменения или отклоните." }
    ValDecisionReason { et: "Kirjuta ettepaneku tegijale põhjus.", en: "Write the reason for the proposer.", ru: "Напишите причину для автора предложения." }
    ValActionDescription { et: "Kirjuta, mida teha (kuni 1000 märki).", en: "Write what is to be done (up to 1000 characters).", ru: "Напишите, что нужно сделать (до 1000 символов)." }
    ValActionOwner { et: "Kirjuta, kes vastutab.", en: "Write who is responsible.", ru: "Укажите ответственного." }
    ValTemplateLines { et: "Kirjuta vähemalt {min} rida eesti keeles (kuni 30, igaüks kuni 200 märki).", en: "Write at least {min} lines in Estonian (up to 30, each up to 200 characters).", ru: "Напишите не менее {min} строк на эстонском (до 30, каждая до 200 символов)." }
    ValTemplateLineCount { et: "Siin peab olema {count} rida, sama palju kui eesti keeles.", en: "This needs {count} lines, as many as in Estonian.", ru: "Здесь должно быть {count} строк, столько же, сколько на эстонском." }
}
