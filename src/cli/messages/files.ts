// Messages of the files the user owns (-o, --rejects, import template) and of the letters' e-mail headers.
export const filesEn = {
  'files.noFolder':
    'Cannot write {path}: there is no folder {dir}. Create it first (mkdir -p {dir}) or name a file in an existing folder.',
  'files.isFolder': 'Cannot write to {path}: it is a folder. Name a file inside it.',
  'files.notFile': 'Cannot write to {path}: it is not a regular file (a device or a pipe). Name a file.',
  'files.symlink':
    'Refused to write {path}: it is a symbolic link (to {target}), and ejournal never writes through links. Name the real file, or another one.',
  'files.exists':
    '{path} already exists and was left as it is. Add --force to replace it, or name another file.',
  'files.folderMissing':
    'There is no folder {dir}. Create it first (mkdir -p {dir}) or name an existing one.',
  'files.notFolder': '{dir} is a file, not a folder. Name a folder.',
  'letters.headerBreak':
    'Refused: the e-mail header {header} would contain a line break or a control character («{value}»). Nothing was written; correct the value.',
  'letters.badSender':
    'The sender «{value}» is not an e-mail address. Give --sender admin@school.ru or --sender "Школа №1 <admin@school.ru>".',
  'letters.badRecipient':
    'The e-mail of {parent} (parent of {pupil}) «{value}» is not an address. Nothing was written; correct it with import pupils.',
}

export const filesRu: Record<keyof typeof filesEn, string> = {
  'files.noFolder':
    'Не могу записать {path}: папки {dir} нет. Создайте её (mkdir -p {dir}) или укажите файл в существующей папке.',
  'files.isFolder': 'Не могу записать в {path}: это папка. Укажите файл в ней.',
  'files.notFile': 'Не могу записать в {path}: это не обычный файл (устройство или канал). Укажите файл.',
  'files.symlink':
    'Отказано: {path} — символическая ссылка (на {target}), а ejournal не пишет через ссылки. Укажите сам файл или другой.',
  'files.exists':
    '{path} уже есть и оставлен как был. Добавьте --force, чтобы заменить его, или укажите другой файл.',
  'files.folderMissing': 'Папки {dir} нет. Создайте её (mkdir -p {dir}) или укажите существующую.',
  'files.notFolder': '{dir} — файл, а не папка. Укажите папку.',
  'letters.headerBreak':
    'Отказано: заголовок письма {header} содержал бы перевод строки или управляющий символ («{value}»). Ничего не записано; исправьте значение.',
  'letters.badSender':
    'Отправитель «{value}» — не адрес электронной почты. Укажите --sender admin@school.ru или --sender "Школа №1 <admin@school.ru>".',
  'letters.badRecipient':
    'Адрес {parent} (родитель: {pupil}) «{value}» — не адрес электронной почты. Ничего не записано; исправьте его через import pupils.',
}
