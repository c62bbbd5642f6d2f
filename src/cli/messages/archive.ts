// Messages of year close and the year-end archive, src/archive/ (English and Russian, the same keys).
export const archiveEn = {
  'year.close.planned': 'The year {year} has not been opened yet; there is nothing to close.',
  'year.close.already': 'The year {year} is already {status}; nothing was changed.',
  'year.close.refused':
    'The year {year} was not closed: {count|year mark is|year marks are} missing (pupil in the class on the last day × subject assessed with marks or pass/fail):',
  'year.close.howTo':
    'Enter them («ejournal import journal» with final_marks, period «год») and run again, or close anyway with «ejournal year close {year} --force» (recorded in the audit log).',
  'year.close.more': '  … and {count|pupil|pupils} more (--json lists them all).',
  'year.close.done': 'The year {year} is closed: no more imports. Next: «ejournal archive create {year}».',
  'year.close.forced':
    'The year {year} is closed with --force although {count|year mark is|year marks are} missing (recorded in the audit log). Next: «ejournal archive create {year}».',
  'year.close.wouldClose': 'The year {year} would be closed: every year mark is there.',
  'year.close.wouldForce':
    'The year {year} would be closed with --force; {count|year mark is|year marks are} missing:',
  'year.close.wouldRefuse':
    'The year {year} would not be closed: {count|year mark is|year marks are} missing:',
  'year.close.audit': 'closed; every year mark present',
  'year.close.auditForced': 'closed with --force; {count|year mark|year marks} missing',

  'archive.frozen':
    'This change was refused: the school year is archived and its journal (lessons, marks, absences, final marks, thematic plans, monthly controls) can no longer be changed (table {table}). Nothing was written.',
  'archive.yearArchived':
    'The year {year} is archived: its journal can no longer be changed (п. 6.9). Nothing was written.',
  'archive.already':
    'The year {year} was already archived on {date}; an archive is made once. See «ejournal archive list» and «ejournal archive verify {year}».',
  'archive.notClosed': 'The year {year} is not closed. Close it first: «ejournal year close {year}».',
  'archive.bundlesExist':
    'The archive of {year} was not made: {files} already exist, and a signed bundle is written once. If «ejournal archive verify» says it is not the year’s archive, move it away and run again; nothing was written.',
  'archive.outMissing': 'The folder {dir} does not exist. Is the drive connected and mounted?',
  'archive.changedMeanwhile':
    'The journal of {year} changed while the archive was being made; nothing was archived. Run «ejournal archive create {year}» again.',
  'archive.diskFull':
    'The disk of {dir} became full while the archive was being made; nothing was archived and the year stays closed. Free some space and run again.',
  'archive.planned': 'Would archive {year}: {classes|class|classes}, into:',
  'archive.readBackFailed':
    'The archive file {file} read back from the disk differs from what was written: the disk may be failing.',
  'archive.badSetting': '{file}: «{key}» must be a whole number of years, at least 1, not «{value}».',
  'archive.noneForYear': 'There is no archive of {year}. See «ejournal archive list».',
  'archive.progress': 'Archiving, classes',
  'archive.mb': 'MB',
  'archive.kind.journals': 'class journals',
  'archive.kind.summaries': 'summary sheets of final marks',
  'archive.create.done':
    'The year {year} is archived: {classes|class|classes}, {pages|page|pages} of print forms, in {seconds} s; its journal is now frozen.',
  'archive.create.keep': 'keep until {date}',
  'archive.create.next':
    'Print the PDFs in {folder} (the same as in the bundles), bind and number them, and have the director sign the last page and put the seal on it; keep a copy of the bundles off this machine. Check them any time: «ejournal archive verify {year}».',
  'archive.create.audit':
    '{classes|class|classes}, {pages|page|pages}; journals {journals}, summaries {summaries}',
  'archive.verify.ok':
    '{file}: intact — signature, {files|file|files}, the year’s database and its row counts match',
  'archive.verify.okFiles': '{file}: intact — signature and {files|file|files} match',
  'archive.verify.failed': '{file}: {count|problem|problems}',
  'archive.list.empty': 'No archives yet. Close a year and make one: «ejournal archive create 2026/2027».',
  'archive.list.expired': 'may be destroyed',
  'archive.list.missing': 'missing',
  'archive.list.changed': 'changed: not the size it was archived with',
  'archive.col.year': 'Year',
  'archive.col.bundle': 'Bundle',
  'archive.col.created': 'Created',
  'archive.col.size': 'Size, MB',
  'archive.col.retainUntil': 'May be destroyed after',
  'archive.col.file': 'File',

  'archive.problem.missing': 'the file {file} is missing',
  'archive.problem.sha256Missing': '{file} is missing: nothing to compare the bundle’s SHA-256 with',
  'archive.problem.sha256Mismatch':
    'the SHA-256 of the bundle differs from {file}: the file was changed or damaged',
  'archive.problem.registryMismatch':
    'the SHA-256 of the bundle differs from the one recorded when it was made',
  'archive.problem.unreadable': 'the bundle cannot be read as .tar.gz ({reason})',
  'archive.problem.manifestMissing': 'the bundle has no manifest.json',
  'archive.problem.manifestUnreadable': 'manifest.json is not an ejournal archive manifest',
  'archive.problem.noSigningKey':
    'the workspace’s signing key is missing in {dir}: the signature cannot be checked',
  'archive.problem.badSignature':
    'the manifest’s signature is not valid for this workspace’s key: it was changed or made elsewhere',
  'archive.problem.fileMissing': '{path} is listed in the manifest but missing from the bundle',
  'archive.problem.fileHash': '{path} differs from the manifest (SHA-256 or size)',
  'archive.problem.fileExtra': '{path} is in the bundle but not in the manifest',
  'archive.problem.notDatabase': 'the year’s database cannot be opened by SQLite ({reason})',
  'archive.problem.sqliteCheck': 'SQLite integrity_check found damage in the year’s database: {detail}',
  'archive.problem.foreignKeys': 'the year’s database has rows referring to missing rows: {detail}',
  'archive.problem.rowCounts':
    'row counts of the year’s database differ from the manifest (found/recorded): {tables}',
  'archive.problem.notArchived':
    'the year {year} is not archived in this journal: this bundle was left by an interrupted «archive create» (or made from another copy of the journal) and is not the year’s archive',
  'archive.problem.notRecorded':
    'this is not the bundle recorded when {year} was archived (its manifest differs): it is not the year’s archive',
} as const

export const archiveRu: Record<keyof typeof archiveEn, string> = {
  'year.close.planned': 'Учебный год {year} ещё не открыт — закрывать нечего.',
  'year.close.already': 'Учебный год {year} уже {status}; ничего не изменено.',
  'year.close.refused':
    'Учебный год {year} не закрыт: не выставлено {count|годовая отметка|годовые отметки|годовых отметок} (ученик, состоящий в классе в последний день года × предмет с отметками или зачётом):',
  'year.close.howTo':
    'Внесите их («ejournal import journal», файл final_marks, период «год») и повторите, или закройте год всё равно: «ejournal year close {year} --force» (это запишется в журнал действий).',
  'year.close.more': '  … и ещё {count|ученик|ученика|учеников} (все — в --json).',
  'year.close.done':
    'Учебный год {year} закрыт: загрузки в него больше не принимаются. Далее: «ejournal archive create {year}».',
  'year.close.forced':
    'Учебный год {year} закрыт с --force, хотя не выставлено {count|годовая отметка|годовые отметки|годовых отметок} (записано в журнал действий). Далее: «ejournal archive create {year}».',
  'year.close.wouldClose': 'Учебный год {year} будет закрыт: все годовые отметки выставлены.',
  'year.close.wouldForce':
    'Учебный год {year} будет закрыт с --force; не выставлено {count|годовая отметка|годовые отметки|годовых отметок}:',
  'year.close.wouldRefuse':
    'Учебный год {year} не будет закрыт: не выставлено {count|годовая отметка|годовые отметки|годовых отметок}:',
  'year.close.audit': 'закрыт; все годовые отметки выставлены',
  'year.close.auditForced':
    'закрыт с --force; не выставлено {count|годовая отметка|годовые отметки|годовых отметок}',

  'archive.frozen':
    'Изменение отклонено: учебный год в архиве, его журнал (уроки, отметки, пропуски, итоговые отметки, тематические планы, ежемесячные проверки) изменить нельзя (таблица {table}). Ничего не записано.',
  'archive.yearArchived':
    'Учебный год {year} в архиве: его журнал изменить нельзя (п. 6.9). Ничего не записано.',
  'archive.already':
    'Учебный год {year} уже архивирован {date}; архив делается один раз. Смотрите «ejournal archive list» и «ejournal archive verify {year}».',
  'archive.notClosed': 'Учебный год {year} не закрыт. Сначала закройте его: «ejournal year close {year}».',
  'archive.bundlesExist':
    'Архив {year} не создан: {files} уже есть, а подписанный архив записывается один раз. Если «ejournal archive verify» говорит, что это не архив года, уберите файл в другое место и запустите снова; ничего не записано.',
  'archive.outMissing': 'Папки {dir} нет. Подключён ли и смонтирован диск?',
  'archive.changedMeanwhile':
    'Журнал {year} изменился, пока делался архив; ничего не архивировано. Запустите «ejournal archive create {year}» ещё раз.',
  'archive.diskFull':
    'Диск {dir} заполнился, пока делался архив; ничего не архивировано, год остаётся закрытым. Освободите место и запустите ещё раз.',
  'archive.planned': 'Будет архивирован {year}: {classes|класс|класса|классов}, в файлы:',
  'archive.readBackFailed':
    'Файл архива {file}, прочитанный с диска, не совпадает с записанным: возможно, диск неисправен.',
  'archive.badSetting': '{file}: «{key}» должно быть целым числом лет не меньше 1, а не «{value}».',
  'archive.noneForYear': 'Архива {year} нет. Смотрите «ejournal archive list».',
  'archive.progress': 'Архивация, классы',
  'archive.mb': 'МБ',
  'archive.kind.journals': 'классные журналы',
  'archive.kind.summaries': 'сводные ведомости итоговых отметок',
  'archive.create.done':
    'Учебный год {year} архивирован: {classes|класс|класса|классов}, {pages|лист|листа|листов} печатных форм, за {seconds} с; журнал года теперь неизменяем.',
  'archive.create.keep': 'хранить до {date}',
  'archive.create.next':
    'Распечатайте PDF из папки {folder} (те же, что в архивах), пронумеруйте и прошнуруйте, директор подписывает последний лист и ставит печать; копию архивов храните вне этого компьютера. Проверка в любой момент: «ejournal archive verify {year}».',
  'archive.create.audit':
    '{classes|класс|класса|классов}, {pages|лист|листа|листов}; журналы {journals}, ведомости {summaries}',
  'archive.verify.ok':
    '{file}: цел — подпись, {files|файл|файла|файлов}, база данных года и число строк совпадают',
  'archive.verify.okFiles': '{file}: цел — подпись и {files|файл|файла|файлов} совпадают',
  'archive.verify.failed': '{file}: {count|проблема|проблемы|проблем}',
  'archive.list.empty':
    'Архивов пока нет. Закройте год и создайте архив: «ejournal archive create 2026/2027».',
  'archive.list.expired': 'можно уничтожить',
  'archive.list.missing': 'файла нет',
  'archive.list.changed': 'изменён: размер не тот, с которым он сдан в архив',
  'archive.col.year': 'Год',
  'archive.col.bundle': 'Архив',
  'archive.col.created': 'Создан',
  'archive.col.size': 'Размер, МБ',
  'archive.col.retainUntil': 'Можно уничтожить после',
  'archive.col.file': 'Файл',

  'archive.problem.missing': 'файла {file} нет',
  'archive.problem.sha256Missing': 'нет {file}: не с чем сравнить SHA-256 архива',
  'archive.problem.sha256Mismatch': 'SHA-256 архива не совпадает с {file}: файл изменён или повреждён',
  'archive.problem.registryMismatch': 'SHA-256 архива не совпадает с записанным при его создании',
  'archive.problem.unreadable': 'архив не читается как .tar.gz ({reason})',
  'archive.problem.manifestMissing': 'в архиве нет manifest.json',
  'archive.problem.manifestUnreadable': 'manifest.json — не манифест архива ejournal',
  'archive.problem.noSigningKey': 'ключа подписи рабочей папки нет в {dir}: подпись проверить нельзя',
  'archive.problem.badSignature':
    'подпись манифеста не подходит к ключу этой рабочей папки: манифест изменён или сделан не здесь',
  'archive.problem.fileMissing': '{path} есть в манифесте, но нет в архиве',
  'archive.problem.fileHash': '{path} не совпадает с манифестом (SHA-256 или размер)',
  'archive.problem.fileExtra': '{path} есть в архиве, но нет в манифесте',
  'archive.problem.notDatabase': 'база данных года не открывается в SQLite ({reason})',
  'archive.problem.sqliteCheck': 'проверка SQLite integrity_check нашла повреждения в базе года: {detail}',
  'archive.problem.foreignKeys': 'в базе года есть строки со ссылками на отсутствующие строки: {detail}',
  'archive.problem.rowCounts':
    'число строк в базе года не совпадает с манифестом (найдено/записано): {tables}',
  'archive.problem.notArchived':
    'учебный год {year} в этом журнале не сдан в архив: этот файл остался от прерванной «archive create» (или сделан из другой копии журнала) и архивом года не является',
  'archive.problem.notRecorded':
    'это не тот архив, что записан при архивации {year} (манифест другой): архивом года он не является',
}
