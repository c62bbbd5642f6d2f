// Messages of src/credentials/ (English and Russian, the same keys).
export const credentialsEn = {
  'credentials.patternUnknownPlaceholder':
    'The login pattern «{pattern}» in ejournal.json has an unknown placeholder {placeholder}; use {known}.',
  'credentials.patternBadCharacter':
    'The login pattern «{pattern}» in ejournal.json has «{character}»: besides placeholders a login may hold only a–z, digits, a dot and a hyphen.',
  'credentials.patternWithoutName':
    'The login pattern «{pattern}» in ejournal.json makes logins without a name: add one of {names}.',
  'credentials.loginWithoutLetters':
    'No login can be made for «{name}»: the name gives no Latin letters. Correct the name and run again.',
  'credentials.passwordLength': 'A password must have {min} to {max} characters, not {value}.',
  'credentials.templateUnknownPlaceholder': 'unknown placeholder {value}; use {known}',
  'credentials.templateUnknownMark':
    'unknown mark {value}; a line may start with [учитель], [ученик] or [родитель]',
  'credentials.templateWithout': 'no {value} on the lines every slip gets, so the slips would be useless',
  'credentials.subgroupAmbiguous':
    'There is a subgroup «{name}» in {classes}; name the class too: --class 5А --subgroup "{name}".',
  'credentials.unknownLogin': 'There is no account with the login «{value}». There are: {known}',
  'credentials.changedMeanwhile':
    'The account {login} was changed by another command meanwhile; nothing was written. Run again.',
  'credentials.personNeedsRole':
    '--person needs the role the id is of: --role teacher, pupil or parent (ids are per role; see ejournal credentials list --json).',
  'credentials.teachersHaveNoClass':
    'Staff are not in classes: --class and --subgroup select pupils and parents.',
  'credentials.personAlone': '--person names one person: leave out --class and --subgroup.',
  'credentials.unknownPerson':
    'There is no {role} with the id {id} (pupils: current ones only); see ejournal credentials list --json.',
  'credentials.resetWhom': 'Name the account (a login) or the class (--class 5А), one of the two.',
  'credentials.resetDisabled':
    'The account {login} is disabled; enable it first (ejournal credentials enable {login}).',
  'credentials.disableWhom': 'Name the account (a login) or pass --left, one of the two.',
  'credentials.noPortal':
    '! No portal address in ejournal.json ("credentials": {"portal": "https://…"}): the slips leave it blank.',
  'credentials.confirmReplace':
    '{count|account gets|accounts get} a new password; the old one stops working. Apply?',
  'credentials.notConfirmed':
    '{count|account would get|accounts would get} a new password; nothing was written. Run again with --yes to confirm, or --dry-run to review.',
  'credentials.progress.hash': 'Hashing passwords',
  'credentials.role.teacher': 'teacher',
  'credentials.role.deputy': 'deputy director',
  'credentials.role.admin': 'administrator',
  'credentials.role.pupil': 'pupil',
  'credentials.role.parent': 'parent',
  'credentials.pack.teacher': 'staff',
  'credentials.pack.pupil': 'pupils',
  'credentials.pack.parent': 'parents',
  'credentials.plan.newPassword': 'new password',
  'credentials.plan.totals': 'New accounts: {created}; new passwords: {renewed}.',
  'credentials.plan.kept':
    '{count|person already has an account|people already have an account} and keeps it (--reissue gives new passwords).',
  'credentials.plan.disabled':
    '! {count|disabled account is|disabled accounts are} left alone: {logins} (ejournal credentials enable LOGIN first).',
  'credentials.issue.files':
    'Slips (the only copy of the passwords: print, hand out in person, then delete the files):',
  'credentials.issue.nothing': 'Nothing to issue.',
  'credentials.audit.issue': 'new {created}, new passwords {renewed}, slip files {files}: {logins}',
  'credentials.audit.status': '{count}: {logins}',
  'credentials.audit.export': '{count|account|accounts} → {file}',
  'credentials.status.alreadyDisabled': '{login} is already disabled.',
  'credentials.status.alreadyActive': '{login} is already active.',
  'credentials.status.didDisable': 'Disabled: {count}.',
  'credentials.status.didEnable': 'Enabled: {count}.',
  'credentials.status.never-issued': 'never issued',
  'credentials.status.issued': 'active',
  'credentials.status.disabled': 'disabled',
  'credentials.col.name': 'Name',
  'credentials.col.role': 'Role',
  'credentials.col.class': 'Class',
  'credentials.col.login': 'Login',
  'credentials.col.status': 'Status',
  'credentials.col.issued': 'Issued',
  'credentials.col.left': 'Left',
  'credentials.left.active': 'left, still active',
  'credentials.left.yes': 'left',
  'credentials.list.empty': 'Nobody matches.',
  'credentials.list.leftActive':
    '! {count|account of a pupil who left (or a parent with no child at school) is|accounts of pupils who left (or parents with no child at school) are} still active: ejournal credentials disable --left',
  'credentials.verify.ok': 'The login and password match an active account.',
  'credentials.verify.no': 'The login and password do not match an active account.',
  'credentials.export.done': '{count|account|accounts} written to {file} (hashes only; mode 0600).',
} as const

export const credentialsRu: Record<keyof typeof credentialsEn, string> = {
  'credentials.patternUnknownPlaceholder':
    'В шаблоне логина «{pattern}» (ejournal.json) неизвестная подстановка {placeholder}; допустимы: {known}.',
  'credentials.patternBadCharacter':
    'В шаблоне логина «{pattern}» (ejournal.json) недопустимый знак «{character}»: кроме подстановок, в логине могут быть только строчные латинские буквы, цифры, точка и дефис.',
  'credentials.patternWithoutName':
    'По шаблону логина «{pattern}» (ejournal.json) в логине не будет имени: добавьте одну из подстановок {names}.',
  'credentials.loginWithoutLetters':
    'Для «{name}» нельзя составить логин: в ФИО нет букв, которые передаются латиницей. Исправьте ФИО и повторите.',
  'credentials.passwordLength': 'Длина пароля — от {min} до {max} символов, а не {value}.',
  'credentials.templateUnknownPlaceholder': 'неизвестная подстановка {value}; допустимы: {known}',
  'credentials.templateUnknownMark':
    'неизвестная пометка {value}; строка может начинаться с [учитель], [ученик] или [родитель]',
  'credentials.templateWithout':
    'нет {value} в строках, общих для всех памяток, — без него памятка бесполезна',
  'credentials.subgroupAmbiguous':
    'Подгруппа «{name}» есть в классах {classes}; укажите и класс: --class 5А --subgroup "{name}".',
  'credentials.unknownLogin': 'Учётной записи с логином «{value}» нет. Есть: {known}',
  'credentials.changedMeanwhile':
    'Учётную запись {login} тем временем изменила другая команда; ничего не записано. Повторите.',
  'credentials.personNeedsRole':
    'С --person укажите, чей это номер: --role teacher, pupil или parent (номера у каждой роли свои; см. ejournal credentials list --json).',
  'credentials.teachersHaveNoClass':
    'Сотрудники не числятся в классах: --class и --subgroup выбирают учеников и родителей.',
  'credentials.personAlone': '--person называет одного человека: уберите --class и --subgroup.',
  'credentials.unknownPerson':
    'Нет человека с ролью {role} и номером {id} (ученики — только обучающиеся сейчас); см. ejournal credentials list --json.',
  'credentials.resetWhom': 'Укажите учётную запись (логин) или класс (--class 5А) — что-то одно.',
  'credentials.resetDisabled':
    'Учётная запись {login} отключена; сначала включите её (ejournal credentials enable {login}).',
  'credentials.disableWhom': 'Укажите учётную запись (логин) или --left — что-то одно.',
  'credentials.noPortal':
    '! В ejournal.json не указан адрес журнала ("credentials": {"portal": "https://…"}): на памятках он останется пустым.',
  'credentials.confirmReplace':
    '{count|учётная запись получит|учётные записи получат|учётных записей получат} новый пароль; старый перестанет действовать. Выполнить?',
  'credentials.notConfirmed':
    '{count|учётная запись получила бы|учётные записи получили бы|учётных записей получили бы} новый пароль; ничего не записано. Повторите с --yes, чтобы подтвердить, или с --dry-run, чтобы посмотреть.',
  'credentials.progress.hash': 'Хеширование паролей',
  'credentials.role.teacher': 'учитель',
  'credentials.role.deputy': 'заместитель директора',
  'credentials.role.admin': 'администратор',
  'credentials.role.pupil': 'ученик',
  'credentials.role.parent': 'родитель',
  'credentials.pack.teacher': 'сотрудники',
  'credentials.pack.pupil': 'ученики',
  'credentials.pack.parent': 'родители',
  'credentials.plan.newPassword': 'новый пароль',
  'credentials.plan.totals': 'Новых учётных записей: {created}; новых паролей: {renewed}.',
  'credentials.plan.kept':
    'Уже есть учётная запись: {count|человек|человека|человек} — она остаётся (--reissue выдаст новые пароли).',
  'credentials.plan.disabled':
    '! Отключённые учётные записи не тронуты ({count}): {logins} (сначала ejournal credentials enable ЛОГИН).',
  'credentials.issue.files':
    'Памятки (единственная копия паролей: распечатайте, раздайте лично, затем удалите файлы):',
  'credentials.issue.nothing': 'Выдавать нечего.',
  'credentials.audit.issue': 'новых {created}, новых паролей {renewed}, файлов памяток {files}: {logins}',
  'credentials.audit.status': '{count}: {logins}',
  'credentials.audit.export': '{count|учётная запись|учётные записи|учётных записей} → {file}',
  'credentials.status.alreadyDisabled': '{login} уже отключена.',
  'credentials.status.alreadyActive': '{login} уже действует.',
  'credentials.status.didDisable': 'Отключено: {count}.',
  'credentials.status.didEnable': 'Включено: {count}.',
  'credentials.status.never-issued': 'не выдавалась',
  'credentials.status.issued': 'действует',
  'credentials.status.disabled': 'отключена',
  'credentials.col.name': 'ФИО',
  'credentials.col.role': 'Роль',
  'credentials.col.class': 'Класс',
  'credentials.col.login': 'Логин',
  'credentials.col.status': 'Состояние',
  'credentials.col.issued': 'Выдана',
  'credentials.col.left': 'Выбыл',
  'credentials.left.active': 'выбыл, запись действует',
  'credentials.left.yes': 'выбыл',
  'credentials.list.empty': 'Никого не найдено.',
  'credentials.list.leftActive':
    '! Ещё действуют {count|учётная запись|учётные записи|учётных записей} выбывших учеников (или родителей, чьих детей в школе больше нет): ejournal credentials disable --left',
  'credentials.verify.ok': 'Логин и пароль подходят к действующей учётной записи.',
  'credentials.verify.no': 'Логин и пароль не подходят ни к одной действующей учётной записи.',
  'credentials.export.done':
    '{count|учётная запись записана|учётные записи записаны|учётных записей записано} в {file} (только хеши; права 0600).',
}
