// Messages of the filters that name nothing real (src/lists/lookup.ts): the value and the real
// names nearest to it.
export const filtersEn = {
  'filters.unknownClass': 'There is no class {value} in {year}. There are: {known}',
  'filters.unknownSubject': 'There is no subject «{value}». There are: {known}',
  'filters.unknownTeacher': 'No staff member is called «{value}». There are: {known}',
  'filters.unknownPupil': 'There is no pupil «{value}» this year. There are: {known}',
  'filters.unknownPeriod': 'The school year {year} has no period «{value}». It has: {known}',
  'filters.unknownRule':
    'There is no rule «{value}». There are: {known}; all of them: ejournal check --list-rules.',
  'filters.unknownSubgroup': 'There is no subgroup «{value}» in {year}. There are: {known}',
  'filters.unknownAction': 'The audit log has no action «{value}». There are: {known}',
  'filters.unknownGrade': 'There are no classes of grade {value} in {year}. There are grades: {known}',
} as const

export const filtersRu: Record<keyof typeof filtersEn, string> = {
  'filters.unknownClass': 'Класса {value} в {year} нет. Есть: {known}',
  'filters.unknownSubject': 'Предмета «{value}» нет. Есть: {known}',
  'filters.unknownTeacher': 'Сотрудника «{value}» нет. Есть: {known}',
  'filters.unknownPupil': 'Ученика «{value}» в этом учебном году нет. Есть: {known}',
  'filters.unknownPeriod': 'В учебном году {year} нет периода «{value}». Есть: {known}',
  'filters.unknownRule': 'Правила «{value}» нет. Есть: {known}; все правила: ejournal check --list-rules.',
  'filters.unknownSubgroup': 'Подгруппы «{value}» в {year} нет. Есть: {known}',
  'filters.unknownAction': 'Действия «{value}» в журнале аудита не бывает. Есть: {known}',
  'filters.unknownGrade': 'Параллели {value} в {year} нет. Есть параллели: {known}',
}
