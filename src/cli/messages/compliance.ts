// Messages of `ejournal check` (src/compliance/). The findings' memo lines are Russian documents
// and live with their rules in src/compliance/catalog.ts.
export const complianceEn = {
  'check.policy.number': '{file}: {key} is {value}; it must be a number. Fix the file and run again.',
  'check.policy.wholeNumber':
    '{file}: {key} is {value}; it must be a whole number. Fix the file and run again.',
  'check.policy.min': '{file}: {key} is {value}; it must be {min} or more. Fix the file and run again.',
  'check.policy.list':
    '{file}: {key} is {value}; it must be a list of texts, e.g. ["Физическая культура"]. Fix the file and run again.',
  'check.policy.listOf':
    '{file}: {key} is {value}; it must be a list of: {values}. Fix the file and run again.',
  'check.policy.text': '{file}: {key} is {value}; it must be a text. Fix the file and run again.',
  'check.policy.monthDay':
    '{file}: {key} is {value}; it must be a month and day as MM-DD, e.g. 09-30. Fix the file and run again.',
  'check.policy.regexp':
    '{file}: {key} is {value}; it must be a regular expression. Fix the file and run again.',
  'check.policy.ruleId':
    '{file}: {key} is {value}; it must be a rule id (see «ejournal check --list-rules»). Fix the file and run again.',
  'check.policy.ruleValue':
    '{file}: {key} is {value}; it must be false, true or an object of the rule’s settings. Fix the file and run again.',
  'check.policy.boolean': '{file}: {key} is {value}; it must be true or false. Fix the file and run again.',
  'check.policy.severityOrMap':
    '{file}: {key} is {value}; it must be error, warning, info, or an object such as {"late": "info"}. Fix the file and run again.',
  'check.policy.severity':
    '{file}: {key} is {value}; it must be error, warning or info. Fix the file and run again.',
  'check.policy.outcome':
    '{file}: {key} is {value}; it must be one of the outcomes: {known}. Fix the file and run again.',
  'check.policy.setting':
    '{file}: {key} is {value}; it must be one of the rule’s settings: {known}. Fix the file and run again.',
  'check.header': 'Journal check of {school} on {asOf} (school year {year})',
  'check.none': 'No findings.',
  'check.summary':
    'Total: {errors|error|errors}, {warnings|warning|warnings}, {infos|note|notes}; {people|person|people} responsible; {rules|rule|rules} checked.',
  'check.count.error': '{count|error|errors}',
  'check.count.warning': '{count|warning|warnings}',
  'check.count.info': '{count|note|notes}',
  'check.severity.error': 'error',
  'check.severity.warning': 'warning',
  'check.severity.info': 'note',
  'check.nobody': 'nobody assigned',
  'check.schoolWide': 'the whole school',
  'check.written': '{file}: {summary}',
  'check.col.rule': 'Rule',
  'check.col.severity': 'Severity',
  'check.col.clause': 'Clause',
  'check.col.responsible': 'Responsible',
  'check.col.role': 'Role',
  'check.col.class': 'Class',
  'check.col.subgroup': 'Subgroup',
  'check.col.subject': 'Subject',
  'check.col.pupil': 'Pupil',
  'check.col.date': 'Date',
  'check.col.period': 'Period',
  'check.col.deadline': 'Deadline',
  'check.col.delay': 'Days late',
  'check.col.message': 'Message',
  'check.col.duty': 'Duty',
  'check.col.check': 'Check',
  'check.col.who': 'Who',
  'check.col.params': 'Parameters',
  'check.col.on': 'On',
  'check.on': 'on',
  'check.off': 'off',
} as const

export const complianceRu: Record<keyof typeof complianceEn, string> = {
  'check.policy.number': '{file}: {key} = {value}, а нужно: число. Исправьте файл и повторите.',
  'check.policy.wholeNumber': '{file}: {key} = {value}, а нужно: целое число. Исправьте файл и повторите.',
  'check.policy.min': '{file}: {key} = {value}, а нужно: не меньше {min}. Исправьте файл и повторите.',
  'check.policy.list':
    '{file}: {key} = {value}, а нужно: список строк, например ["Физическая культура"]. Исправьте файл и повторите.',
  'check.policy.listOf':
    '{file}: {key} = {value}, а нужно: список из значений: {values}. Исправьте файл и повторите.',
  'check.policy.text': '{file}: {key} = {value}, а нужно: строка. Исправьте файл и повторите.',
  'check.policy.monthDay':
    '{file}: {key} = {value}, а нужно: месяц и день в виде ММ-ДД, например 09-30. Исправьте файл и повторите.',
  'check.policy.regexp':
    '{file}: {key} = {value}, а нужно: регулярное выражение. Исправьте файл и повторите.',
  'check.policy.ruleId':
    '{file}: {key} = {value}, а нужно: номер правила (см. «ejournal check --list-rules»). Исправьте файл и повторите.',
  'check.policy.ruleValue':
    '{file}: {key} = {value}, а нужно: false, true или объект с настройками правила. Исправьте файл и повторите.',
  'check.policy.boolean': '{file}: {key} = {value}, а нужно: true или false. Исправьте файл и повторите.',
  'check.policy.severityOrMap':
    '{file}: {key} = {value}, а нужно: error, warning, info или объект вида {"late": "info"}. Исправьте файл и повторите.',
  'check.policy.severity':
    '{file}: {key} = {value}, а нужно: error, warning или info. Исправьте файл и повторите.',
  'check.policy.outcome':
    '{file}: {key} = {value}, а нужно: один из исходов: {known}. Исправьте файл и повторите.',
  'check.policy.setting':
    '{file}: {key} = {value}, а нужно: одна из настроек правила: {known}. Исправьте файл и повторите.',
  'check.header': 'Проверка журнала: {school}, на {asOf} (учебный год {year})',
  'check.none': 'Нарушений не найдено.',
  'check.summary':
    'Итого: {errors|ошибка|ошибки|ошибок}, {warnings|предупреждение|предупреждения|предупреждений}, {infos|замечание|замечания|замечаний}; ответственных: {people}; правил проверено: {rules}.',
  'check.count.error': '{count|ошибка|ошибки|ошибок}',
  'check.count.warning': '{count|предупреждение|предупреждения|предупреждений}',
  'check.count.info': '{count|замечание|замечания|замечаний}',
  'check.severity.error': 'ошибка',
  'check.severity.warning': 'предупреждение',
  'check.severity.info': 'замечание',
  'check.nobody': 'никто не назначен',
  'check.schoolWide': 'вся школа',
  'check.written': '{file}: {summary}',
  'check.col.rule': 'Правило',
  'check.col.severity': 'Важность',
  'check.col.clause': 'Пункт',
  'check.col.responsible': 'Ответственный',
  'check.col.role': 'Роль',
  'check.col.class': 'Класс',
  'check.col.subgroup': 'Подгруппа',
  'check.col.subject': 'Предмет',
  'check.col.pupil': 'Ученик',
  'check.col.date': 'Дата',
  'check.col.period': 'Период',
  'check.col.deadline': 'Срок',
  'check.col.delay': 'Просрочка, дней',
  'check.col.message': 'Сообщение',
  'check.col.duty': 'Обязанность',
  'check.col.check': 'Проверка',
  'check.col.who': 'Кто',
  'check.col.params': 'Параметры',
  'check.col.on': 'Вкл.',
  'check.on': 'вкл.',
  'check.off': 'выкл.',
}
