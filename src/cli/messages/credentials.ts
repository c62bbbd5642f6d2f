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
}
