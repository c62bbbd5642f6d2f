// Messages of the command line's contract: cancelling, a busy, full or read-only workspace.
export const contractEn = {
  'contract.cancelled': 'Cancelled: nothing was written.',
  'contract.interrupted':
    'Cancelled (Ctrl-C). A change is written whole or not at all: run the command again to be sure it is done.',
  'contract.locked':
    'The database {file} is busy: another program is writing to it (it is open in: {holders}). Nothing was changed; it is safe to run the command again once that one has finished.',
  'contract.lockedUnknown':
    'The database {file} is busy: another program is writing to it. Nothing was changed; it is safe to run the command again in a minute.',
  'contract.diskFull':
    'The disk of {path} is full ({free} free): the command stopped and the database keeps its last complete state. Free some space and run the command again.',
  'contract.readOnly':
    'The workspace {dir} cannot be written ({reason}): this command changes it, so it did not run; commands that only read still work.',
  'contract.cannotWrite': 'Cannot write {path}: {reason}. Nothing was changed.',
  'contract.reason.EROFS': 'the disk is mounted read-only',
  'contract.reason.EACCES': 'no permission to write there',
  'contract.init.notFolder': '{path} is a file, not a folder: point --workspace at a new or empty folder.',
  'contract.badTimezone':
    '{file}: «{zone}» in "timezone" is not a time zone; write an IANA name such as Europe/Moscow or Asia/Vladivostok.',
  'contract.process': '«{command}», process {pid}',
}

export const contractRu: Record<keyof typeof contractEn, string> = {
  'contract.cancelled': 'Отменено: ничего не записано.',
  'contract.interrupted':
    'Отменено (Ctrl-C). Изменение записывается целиком или не записывается вовсе: запустите команду ещё раз, чтобы оно точно было сделано.',
  'contract.locked':
    'База {file} занята: в неё сейчас пишет другая программа (база открыта в: {holders}). Ничего не изменено; когда та закончит, команду можно безопасно запустить ещё раз.',
  'contract.lockedUnknown':
    'База {file} занята: в неё сейчас пишет другая программа. Ничего не изменено; через минуту команду можно безопасно запустить ещё раз.',
  'contract.diskFull':
    'Диск, на котором {path}, заполнен (свободно {free}): команда остановлена, база осталась в последнем целом состоянии. Освободите место и запустите команду ещё раз.',
  'contract.readOnly':
    'В рабочую папку {dir} нельзя записывать ({reason}): эта команда её изменяет, поэтому не выполнена; команды, которые только читают, работают.',
  'contract.cannotWrite': 'Не удаётся записать {path}: {reason}. Ничего не изменено.',
  'contract.reason.EROFS': 'диск подключён только для чтения',
  'contract.reason.EACCES': 'нет прав на запись',
  'contract.init.notFolder': '{path} — это файл, а не папка: укажите в --workspace новую или пустую папку.',
  'contract.badTimezone':
    '{file}: «{zone}» в поле "timezone" — не часовой пояс; укажите имя IANA, например Europe/Moscow или Asia/Vladivostok.',
  'contract.process': '«{command}», процесс {pid}',
}
