// Messages of src/backup/ (English and Russian, the same keys).
export const backupEn = {
  'backup.noKeyFile':
    'The backup key {file} is missing. Put back the copy you kept off this machine, or set {env} if the backups were made with a passphrase.',
  'backup.badKeyFile':
    'The backup key {file} has {bytes} bytes instead of 32: it is not a key made by «ejournal init».',
  'backup.badSetting': '{file}: «{key}» must be a whole number not less than {min}, not «{value}».',
  'backup.noSigningKey':
    'The manifest signing key is missing in {dir} (manifest-signing.key): put back the copy of the keys folder you kept.',
  'backup.locked':
    'Another backup operation is running («{command}», process {pid} on {host}, since {since}). Try again later or pass --lock-wait SECONDS; if no such process exists, delete {file}.',
  'backup.copyDirMissing': 'The folder {dir} does not exist. Is the drive connected and mounted?',
  'backup.noSpace':
    'Not enough free space in {dir}: a backup needs {needed} MB, {free} MB are free. Free some space (or «ejournal backup prune») and run again; nothing was written.',
  'backup.diskFull':
    'The disk of {dir} became full during the backup. The unfinished files were removed and earlier backups are untouched; free some space and run again.',
  'backup.snapshotFailed':
    'The snapshot of the database failed its check ({detail}); no backup was made. Run «ejournal backup run» again; if it fails again, the database itself may be damaged.',
  'backup.readBackFailed':
    'The backup file {file} read back from the disk differs from what was written: the disk may be failing. No backup was made.',
  'backup.databaseBusy':
    'No backup was made: another command (an import, say) kept the journal database locked for writing for {seconds} s, and the backup must be recorded in it. Run it again when that command has finished, or let it wait longer with --lock-wait SECONDS; nothing was kept.',
  'backup.restoreUnarchives':
    'Backup {id} of {date} was not restored over the journal: it was made before the year {year} was archived ({archived}), and restoring it would unfreeze that year. Restore a backup made after the archive, or look into this one with «ejournal backup restore {id} --to FILE»; nothing was changed.',
  'backup.copyNoSpace':
    'Backup {id} was made and verified, but not copied: {dir} needs {needed} MB and has {free} MB free.',
  'backup.copyDiskFull':
    'Backup {id} was made and verified, but the disk of {dir} became full while copying; the unfinished copy was removed.',
  'backup.copyMismatch':
    'Backup {id} was made and verified, but its copy {file} differs from the original: the drive may be failing.',
  'backup.copyFailed': 'Backup {id} was made and verified, but copying it to {dir} failed: {reason}.',
  'backup.ambiguousId': '«{id}» matches {count} backups; type more of the id (see «ejournal backup list»).',
  'backup.notFound': 'There is no backup {id}. See «ejournal backup list».',
  'backup.idOrAll': 'Give either a backup id or --all, not both.',
  'backup.none': 'There are no backups yet. Make one with «ejournal backup run».',
  'backup.targetExists': '{file} already exists; restore into a new file.',
  'backup.newerSchema':
    'Backup {id} was made by a newer ejournal (schema {found}; this program knows {known}). Update ejournal to restore it.',
  'backup.needsYes':
    'This replaces the journal database. There is no terminal to ask on: pass --yes to confirm.',

  'backup.problem.noPassphrase': 'the backup was made with a passphrase: set {env} to check or restore it',
  'backup.problem.wrongKey':
    'the backup was sealed with key {needed}, but {file} is key {found}: put the right key file in place',
  'backup.problem.wrongPassphrase': 'the passphrase in {env} does not open this backup',
  'backup.problem.keyRejected': 'the key does not open this backup: its header was changed',
  'backup.problem.notBackupFile': 'the file is not an ejournal backup',
  'backup.problem.badHeader': 'the header of the file is damaged',
  'backup.problem.truncatedAt': 'the file ends early, in block {index}: it was cut short',
  'backup.problem.damagedAt': 'block {index} is damaged or was changed (it fails authentication)',
  'backup.problem.notDatabase': 'the restored file is not a database SQLite can open ({reason})',
  'backup.problem.sqliteCheck': 'SQLite {check} found damage in the restored database: {detail}',
  'backup.problem.rowCounts':
    'the restored database has other row counts than when it was made (found/expected): {tables}',
  'backup.problem.unexpected': 'the check stopped with an error: {reason}',
  'backup.problem.manifestMissing': 'the manifest is missing: without it the file is not a backup',
  'backup.problem.manifestUnreadable': 'the manifest is damaged and cannot be read',
  'backup.problem.noSigningKey':
    'the manifest signing key (keys/manifest-signing.pub) is missing: the manifest cannot be checked',
  'backup.problem.badSignature':
    'the manifest signature is not valid: the manifest was changed or made elsewhere',
  'backup.problem.chainBroken':
    'the manifest of the previous backup {previous} was changed after this one was made',
  'backup.problem.chainGap': 'the manifest of the previous backup {previous} was deleted outside ejournal',
  'backup.problem.dataMissing': 'the backup file {file} is missing',
  'backup.problem.filesMissing':
    'the backup file and its manifest are missing from backups/, although the log says the backup was made',
  'backup.problem.truncated': 'the backup file is cut short: {bytes} bytes of {expected}',
  'backup.problem.sizeDiffers': 'the backup file has {bytes} bytes, the manifest says {expected}',
  'backup.problem.dataHash':
    'the SHA-256 of the backup file differs from the manifest: the file is damaged or was changed',
  'backup.problem.snapshotHash':
    'the restored database differs from the snapshot that was backed up (SHA-256)',

  'backup.progress.run': 'Backing up',
  'backup.progress.verify': 'Checking',
  'backup.run.done':
    'Backup {id} made and verified: {size} MB (database {snapshot} MB, {tables|table|tables}, {rows|row|rows}) in {seconds} s.\nFile: {file}',
  'backup.run.copied': 'Copy checked: {file}',
  'backup.run.leftovers': 'Removed {count|file|files} left by an interrupted run.',
  'backup.run.unknownKept':
    'Kept {count|file|files} without a manifest in backups/, not left by a run of this journal: {files}. Such a file is not a backup ejournal can use; move it away if it is not needed.',
  'backup.run.planned':
    'Would back up the database ({size} MB) into {dir}: {needed} MB needed, {free} MB free.',
  'backup.run.plannedCopy': 'Then it would copy the backup to {dir} and check the copy.',
  'backup.run.audit': '{size} MB, verified{copy}',
  'backup.run.auditCopy': ', copied to {dir}',

  'backup.col.id': 'Backup',
  'backup.col.created': 'Made',
  'backup.col.size': 'Size, MB',
  'backup.col.purpose': 'Why',
  'backup.col.state': 'State',
  'backup.list.empty': 'No backups yet. Make one with «ejournal backup run».',
  'backup.purpose.run': 'backup run',
  'backup.purpose.before-year-open': 'before opening the year {object}',
  'backup.purpose.before-restore': 'before restoring {object}',
  'backup.state.ok': 'ok',
  'backup.state.verified': 'verified {date}',
  'backup.state.failed': 'FAILED verification',
  'backup.state.damaged': 'DAMAGED: see «ejournal backup verify»',
  'backup.state.missing': 'MISSING: its files are gone from backups/',

  'backup.verify.ok': '✓ {id} of {date}: manifest, file and restore drill are fine',
  'backup.verify.failed': '✗ {id} of {date}:',
  'backup.verify.summary': '{ok} of {count|backup|backups} verified, {failed} failed.',

  'backup.restore.confirm':
    'Replace the journal database with backup {id} of {date}? The current database is backed up first.',
  'backup.restore.cancelled': 'Cancelled; nothing was changed.',
  'backup.restore.checked': 'Backup {id} of {date} can be restored: every check passed.',
  'backup.restore.doneTo': 'Backup {id} of {date} restored into {file} and checked.',
  'backup.restore.doneForce':
    'The journal database was replaced with backup {id} of {date}. The database as it was is backup {safety}.',
  'backup.restore.refused': 'Backup {id} was not restored; nothing was changed:',
  'backup.restore.audit': 'restored backup {id} of {date}',
  'backup.restore.auditForce': 'replaced the database with backup {id} of {date}; before it: backup {safety}',

  'backup.prune.nothing': 'Nothing to delete: the policy keeps all {count|backup|backups}.',
  'backup.prune.keep': 'keep    {id} of {date}: {reasons}',
  'backup.prune.remove': 'delete  {id} of {date}, {size} MB',
  'backup.prune.confirm': 'Delete {count|backup|backups} ({size} MB)?',
  'backup.prune.dryRun': 'Dry run: nothing was deleted. Pass --yes to delete.',
  'backup.prune.cancelled': 'Cancelled; nothing was deleted.',
  'backup.prune.done': 'Deleted {count|backup|backups} ({size} MB).',
  'backup.prune.audit': 'deleted {count|backup|backups}: {ids}',
  'backup.reason.newestVerified': 'the newest verified backup',
  'backup.reason.recent': 'made in the last {weeks} weeks',
  'backup.reason.monthly': 'the newest of its month',
  'backup.reason.yearly': 'the newest of its year',

  'backup.status.last': 'Last verified backup: {id} of {date}, {age|day|days} ago.',
  'backup.status.next': 'Next backup due by {date} (at least every {interval} days, п. 6.5).',
  'backup.status.overdue':
    'OVERDUE: the next backup was due by {date} (at least every {interval} days, п. 6.5). Make one now: ejournal backup run',
  'backup.status.never':
    'No verified backup yet (п. 6.5 asks for one at least every {interval} days). Make one now: ejournal backup run',
  'backup.status.count': '{count|backup|backups} in backups/, {size} MB together.',
  'backup.status.future':
    'Backup {id} is dated {date}, in the future (the clock was ahead when it was made): it does not count as the last backup.',
  'backup.status.missing':
    'Backup {id} of {date} is in the log, but its files are missing from backups/: it does not count. See «ejournal backup verify --all».',
  'backup.status.damaged':
    'Backup {id} of {date} is in the log, but its files in backups/ are not what was made: it does not count. See «ejournal backup verify {id}».',
} as const

export const backupRu: Record<keyof typeof backupEn, string> = {
  'backup.noKeyFile':
    'Нет ключа резервных копий {file}. Верните на место копию, сохранённую вне этого компьютера, или задайте {env}, если копии делались с паролем.',
  'backup.badKeyFile':
    'В ключе резервных копий {file} {bytes} байт вместо 32: это не ключ, созданный командой «ejournal init».',
  'backup.badSetting': '{file}: «{key}» должно быть целым числом не меньше {min}, а не «{value}».',
  'backup.noSigningKey':
    'В папке {dir} нет ключа подписи описей (manifest-signing.key): верните на место сохранённую копию папки keys.',
  'backup.locked':
    'Уже идёт другая операция с резервными копиями («{command}», процесс {pid} на {host}, с {since}). Повторите позже или укажите --lock-wait СЕКУНДЫ; если такого процесса нет, удалите {file}.',
  'backup.copyDirMissing': 'Папки {dir} нет. Подключён ли диск?',
  'backup.noSpace':
    'Недостаточно места в {dir}: для копии нужно {needed} МБ, свободно {free} МБ. Освободите место (или выполните «ejournal backup prune») и повторите; ничего не записано.',
  'backup.diskFull':
    'Во время копирования закончилось место на диске {dir}. Недописанные файлы удалены, прежние копии не тронуты; освободите место и повторите.',
  'backup.snapshotFailed':
    'Снимок базы не прошёл проверку ({detail}); копия не создана. Запустите «ejournal backup run» ещё раз; если ошибка повторится, возможно, повреждена сама база.',
  'backup.readBackFailed':
    'Файл копии {file}, прочитанный с диска, не совпадает с записанным: возможно, диск неисправен. Копия не создана.',
  'backup.databaseBusy':
    'Резервная копия не создана: другая команда (например, импорт) {seconds} с держала базу журнала занятой записью, а копия должна быть записана в неё. Запустите снова, когда та команда закончит, или дайте подождать дольше: --lock-wait СЕКУНДЫ; ничего не сохранено.',
  'backup.restoreUnarchives':
    'Копия {id} от {date} не восстановлена поверх журнала: она сделана до того, как учебный год {year} сдан в архив ({archived}), и её восстановление сняло бы с года запрет на изменения. Восстановите копию, сделанную после архивации, или посмотрите эту: «ejournal backup restore {id} --to ФАЙЛ»; ничего не изменено.',
  'backup.copyNoSpace':
    'Копия {id} создана и проверена, но не перенесена: в {dir} нужно {needed} МБ, свободно {free} МБ.',
  'backup.copyDiskFull':
    'Копия {id} создана и проверена, но при переносе закончилось место на диске {dir}; недописанный файл удалён.',
  'backup.copyMismatch':
    'Копия {id} создана и проверена, но перенесённый файл {file} отличается от исходного: возможно, неисправен диск.',
  'backup.copyFailed': 'Копия {id} создана и проверена, но перенести её в {dir} не удалось: {reason}.',
  'backup.ambiguousId':
    '«{id}» подходит к нескольким копиям ({count}); введите номер длиннее (см. «ejournal backup list»).',
  'backup.notFound': 'Резервной копии {id} нет. Список: «ejournal backup list».',
  'backup.idOrAll': 'Укажите либо номер копии, либо --all, но не то и другое.',
  'backup.none': 'Резервных копий пока нет. Создайте копию командой «ejournal backup run».',
  'backup.targetExists': 'Файл {file} уже существует; восстановите копию в новый файл.',
  'backup.newerSchema':
    'Копия {id} сделана более новой версией ejournal (схема {found}, эта программа знает {known}). Обновите ejournal, чтобы её восстановить.',
  'backup.needsYes':
    'Эта команда заменит базу журнала. Спросить подтверждение негде (нет терминала): добавьте --yes.',

  'backup.problem.noPassphrase':
    'копия сделана с паролем: задайте {env}, чтобы проверить или восстановить её',
  'backup.problem.wrongKey':
    'копия зашифрована ключом {needed}, а в {file} лежит ключ {found}: положите на место нужный файл ключа',
  'backup.problem.wrongPassphrase': 'пароль из {env} не подходит к этой копии',
  'backup.problem.keyRejected': 'ключ не подходит к этой копии: заголовок файла изменён',
  'backup.problem.notBackupFile': 'файл не является резервной копией ejournal',
  'backup.problem.badHeader': 'заголовок файла повреждён',
  'backup.problem.truncatedAt': 'файл обрывается в блоке {index}: он обрезан',
  'backup.problem.damagedAt': 'блок {index} повреждён или изменён (не проходит проверку подлинности)',
  'backup.problem.notDatabase': 'восстановленный файл не открывается как база SQLite ({reason})',
  'backup.problem.sqliteCheck': 'проверка SQLite {check} нашла повреждения в восстановленной базе: {detail}',
  'backup.problem.rowCounts':
    'в восстановленной базе другое число строк, чем при создании копии (найдено/ожидалось): {tables}',
  'backup.problem.unexpected': 'проверка прервалась с ошибкой: {reason}',
  'backup.problem.manifestMissing': 'нет описи копии: без неё файл не считается резервной копией',
  'backup.problem.manifestUnreadable': 'опись копии повреждена и не читается',
  'backup.problem.noSigningKey':
    'нет ключа подписи описей (keys/manifest-signing.pub): опись нельзя проверить',
  'backup.problem.badSignature': 'подпись описи недействительна: опись изменена или сделана не здесь',
  'backup.problem.chainBroken': 'опись предыдущей копии {previous} изменена после создания этой',
  'backup.problem.chainGap': 'опись предыдущей копии {previous} удалена в обход ejournal',
  'backup.problem.dataMissing': 'нет файла копии {file}',
  'backup.problem.filesMissing':
    'в папке backups/ нет ни файла копии, ни её описи, хотя по журналу копий она была сделана',
  'backup.problem.truncated': 'файл копии обрезан: {bytes} байт из {expected}',
  'backup.problem.sizeDiffers': 'в файле копии {bytes} байт, а в описи указано {expected}',
  'backup.problem.dataHash': 'SHA-256 файла копии не совпадает с описью: файл повреждён или изменён',
  'backup.problem.snapshotHash':
    'восстановленная база отличается от снимка, с которого делалась копия (SHA-256)',

  'backup.progress.run': 'Резервное копирование',
  'backup.progress.verify': 'Проверка',
  'backup.run.done':
    'Резервная копия {id} создана и проверена: {size} МБ (база {snapshot} МБ, таблиц: {tables}, строк: {rows}) за {seconds} с.\nФайл: {file}',
  'backup.run.copied': 'Второй экземпляр проверен: {file}',
  'backup.run.leftovers': 'Удалены файлы прерванного копирования: {count}.',
  'backup.run.unknownKept':
    'Оставлены файлы без описи в папке backups/, не оставленные копированием этого журнала ({count}): {files}. Такой файл — не резервная копия, которой ejournal может воспользоваться; если он не нужен, уберите его.',
  'backup.run.planned': 'Будет скопирована база ({size} МБ) в {dir}: нужно {needed} МБ, свободно {free} МБ.',
  'backup.run.plannedCopy': 'Затем копия будет перенесена в {dir} и проверена там.',
  'backup.run.audit': '{size} МБ, проверена{copy}',
  'backup.run.auditCopy': ', второй экземпляр в {dir}',

  'backup.col.id': 'Копия',
  'backup.col.created': 'Создана',
  'backup.col.size': 'Размер, МБ',
  'backup.col.purpose': 'Повод',
  'backup.col.state': 'Состояние',
  'backup.list.empty': 'Резервных копий пока нет. Создайте копию командой «ejournal backup run».',
  'backup.purpose.run': 'резервное копирование',
  'backup.purpose.before-year-open': 'перед открытием года {object}',
  'backup.purpose.before-restore': 'перед восстановлением {object}',
  'backup.state.ok': 'в порядке',
  'backup.state.verified': 'проверена {date}',
  'backup.state.failed': 'НЕ ПРОШЛА проверку',
  'backup.state.damaged': 'ПОВРЕЖДЕНА: см. «ejournal backup verify»',
  'backup.state.missing': 'НЕТ ФАЙЛОВ: их нет в backups/',

  'backup.verify.ok': '✓ {id} от {date}: опись, файл и пробное восстановление в порядке',
  'backup.verify.failed': '✗ {id} от {date}:',
  'backup.verify.summary': 'Проверено копий: {count}; в порядке: {ok}, с ошибками: {failed}.',

  'backup.restore.confirm':
    'Заменить базу журнала резервной копией {id} от {date}? Текущая база будет сначала сохранена в копию.',
  'backup.restore.cancelled': 'Отменено; ничего не изменено.',
  'backup.restore.checked': 'Копию {id} от {date} можно восстановить: все проверки пройдены.',
  'backup.restore.doneTo': 'Копия {id} от {date} восстановлена в файл {file} и проверена.',
  'backup.restore.doneForce':
    'База журнала заменена резервной копией {id} от {date}. Прежняя база сохранена в копии {safety}.',
  'backup.restore.refused': 'Копия {id} не восстановлена; ничего не изменено:',
  'backup.restore.audit': 'восстановлена копия {id} от {date}',
  'backup.restore.auditForce': 'база заменена копией {id} от {date}; прежняя база — копия {safety}',

  'backup.prune.nothing': 'Удалять нечего: по правилам хранения остаются все копии ({count}).',
  'backup.prune.keep': 'оставить {id} от {date}: {reasons}',
  'backup.prune.remove': 'удалить  {id} от {date}, {size} МБ',
  'backup.prune.confirm': 'Удалить копии ({count}, {size} МБ)?',
  'backup.prune.dryRun': 'Пробный запуск: ничего не удалено. Чтобы удалить, добавьте --yes.',
  'backup.prune.cancelled': 'Отменено; ничего не удалено.',
  'backup.prune.done': 'Удалено копий: {count} ({size} МБ).',
  'backup.prune.audit': 'удалено копий: {count} ({ids})',
  'backup.reason.newestVerified': 'последняя проверенная копия',
  'backup.reason.recent': 'сделана за последние {weeks} нед.',
  'backup.reason.monthly': 'последняя за месяц',
  'backup.reason.yearly': 'последняя за год',

  'backup.status.last': 'Последняя проверенная копия: {id} от {date}, {age|день|дня|дней} назад.',
  'backup.status.next': 'Следующая копия — не позднее {date} (не реже раза в {interval} дн., п. 6.5).',
  'backup.status.overdue':
    'ПРОСРОЧЕНО: следующую копию нужно было сделать не позднее {date} (не реже раза в {interval} дн., п. 6.5). Создайте её сейчас: ejournal backup run',
  'backup.status.never':
    'Проверенных резервных копий нет (п. 6.5 требует делать их не реже раза в {interval} дн.). Создайте копию сейчас: ejournal backup run',
  'backup.status.count': 'Копий в папке backups/: {count}, вместе {size} МБ.',
  'backup.status.future':
    'Копия {id} датирована {date}, то есть будущим (часы спешили, когда её делали): последней копией она не считается.',
  'backup.status.missing':
    'Копия {id} от {date} есть в журнале копий, но её файлов в backups/ нет: она не считается. См. «ejournal backup verify --all».',
  'backup.status.damaged':
    'Копия {id} от {date} есть в журнале копий, но её файлы в backups/ не те, что были сделаны: она не считается. См. «ejournal backup verify {id}».',
}
