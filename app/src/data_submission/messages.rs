//! The interface text of data submission: forms, surveys and their submissions, in Estonian, English and Russian.
//!
//! Each message is a `Msg` constant (`Msg::X`, as everywhere); a key used twice in the app
//! does not compile. Keep each message's three languages together so a translator sees
//! them side by side. `{name}` marks a value filled in at run time (`I18n::fill`).

crate::core::i18n::catalogue! {
    // --- Rooms: booking workflow, calendars, staff ---------------------------------------
    SubmissionOwnReview { et: "Oma saadetud andmeid ei saa ise kinnitada: need vaatab üle teine andmehaldur.", en: "You cannot decide on data you sent yourself: another data steward reviews it.", ru: "Нельзя самому принять данные, которые вы отправили: их проверит другой распорядитель данных." }

    // --- Services ------------------------------------------------------------------------
    FieldKindText { et: "Tekst", en: "Text", ru: "Текст" }
    FieldKindInteger { et: "Täisarv", en: "Whole number", ru: "Целое число" }
    FieldKindDecimal { et: "Arv", en: "Number", ru: "Число" }
    FieldKindDate { et: "Kuupäev", en: "Date", ru: "Дата" }
    SubmissionStoring { et: "Salvestamisel", en: "Being stored", ru: "Сохраняется" }
    SubmissionDraft { et: "Kontrollitud, saatmata", en: "Checked, not sent", ru: "Проверено, не отправлено" }
    SubmissionSubmitted { et: "Ootab ülevaatust", en: "Waiting for review", ru: "Ожидает проверки" }
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
    ReviewEmpty { et: "Siin olekus andmeid pole.", en: "Nothing in this state.", ru: "В этом статусе ничего нет." }
    ReviewDecision { et: "Otsus", en: "Decision", ru: "Решение" }
    ReviewAccept { et: "Võta vastu: andmed lähevad avaandmetesse", en: "Accept: the data goes into the open data", ru: "Принять: данные попадут в открытые данные" }
    ReviewReject { et: "Lükka tagasi", en: "Reject", ru: "Отклонить" }
    ReviewReason { et: "Põhjus saatjale (tagasilükkamisel kohustuslik)", en: "Reason for the sender (required to reject)", ru: "Причина для отправителя (обязательна при отклонении)" }
    ReviewSave { et: "Salvesta otsus", en: "Save the decision", ru: "Сохранить решение" }
    ReviewShow { et: "Näita", en: "Show", ru: "Показать" }
    SubmissionStatusLabel { et: "Olek", en: "Status", ru: "Статус" }
    SubmissionForm { et: "Vorm", en: "Form", ru: "Форма" }
    UploadProgressLabel { et: "Üleslaadimise edenemine", en: "Upload progress", ru: "Ход загрузки" }
    ValFieldsLine { et: "Rida {line} ei sobi. Kuju: võti | tüüp | ühik | required või optional | vähim | suurim | nimi eesti | inglise | vene keeles.", en: "Line {line} does not fit. The form: key | kind | unit | required or optional | min | max | label in Estonian | English | Russian.", ru: "Строка {line} не подходит. Вид: ключ | тип | единица | required или optional | мин | макс | название на эстонском | английском | русском." }
    ValFieldsNone { et: "Lisa vähemalt üks väli.", en: "Add at least one field.", ru: "Добавьте хотя бы одно поле." }
    ValFieldsLocked { et: "Sellel vormil on juba andmeid: välju ega nende tüüpe ei saa muuta (nimesid, ühikuid ja piire saab).", en: "This form already holds data: its fields and their kinds cannot change (labels, units and ranges can).", ru: "В этой форме уже есть данные: поля и их типы менять нельзя (названия, единицы и пределы можно)." }
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
}
