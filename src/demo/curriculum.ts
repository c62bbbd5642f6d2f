// The demo school's curriculum: close to the federal basic plan (ФОП НОО/ООО/СОО, 5-day week).
// [subject, hours per week, split into subgroups, assessment]
export type CurriculumLine = [string, number, boolean, 'marks' | 'pass_fail']

const PRIMARY: CurriculumLine[] = [
  ['Русский язык', 5, false, 'marks'],
  ['Литературное чтение', 4, false, 'marks'],
  ['Математика', 4, false, 'marks'],
  ['Окружающий мир', 2, false, 'marks'],
  ['Физическая культура', 2, false, 'marks'],
  ['Музыка', 1, false, 'marks'],
  ['Изобразительное искусство', 1, false, 'marks'],
  ['Труд (технология)', 1, false, 'marks'],
]

export function demoCurriculum(grade: number): CurriculumLine[] {
  if (grade === 1) return PRIMARY
  if (grade <= 4) {
    return [
      ['Русский язык', 5, false, 'marks'],
      ['Литературное чтение', grade === 4 ? 3 : 4, false, 'marks'],
      ['Иностранный язык', 2, true, 'marks'],
      ['Математика', 4, false, 'marks'],
      ['Окружающий мир', 2, false, 'marks'],
      ['Физическая культура', 2, false, 'marks'],
      ['Музыка', 1, false, 'marks'],
      ['Изобразительное искусство', 1, false, 'marks'],
      ['Труд (технология)', 1, false, 'marks'],
      ...(grade === 4
        ? [['Основы религиозных культур и светской этики', 1, false, 'pass_fail'] as CurriculumLine]
        : []),
    ]
  }
  if (grade <= 6) {
    return [
      ['Русский язык', grade === 5 ? 5 : 6, false, 'marks'],
      ['Литература', 3, false, 'marks'],
      ['Иностранный язык', 3, true, 'marks'],
      ['Математика', 5, false, 'marks'],
      ['История', 2, false, 'marks'],
      ['Обществознание', grade === 6 ? 1 : 0, false, 'marks'],
      ['География', 1, false, 'marks'],
      ['Биология', 1, false, 'marks'],
      ['Труд (технология)', 2, true, 'marks'],
      ['Физическая культура', 2, false, 'marks'],
      ['Музыка', 1, false, 'marks'],
      ['Изобразительное искусство', 1, false, 'marks'],
      ...(grade === 5
        ? [['Основы духовно-нравственной культуры народов России', 1, false, 'pass_fail'] as CurriculumLine]
        : []),
    ].filter((l) => (l[1] as number) > 0) as CurriculumLine[]
  }
  if (grade <= 9) {
    return [
      ['Русский язык', grade === 7 ? 4 : 3, false, 'marks'],
      ['Литература', grade === 9 ? 3 : 2, false, 'marks'],
      ['Иностранный язык', 3, true, 'marks'],
      ['Алгебра', 3, false, 'marks'],
      ['Геометрия', 2, false, 'marks'],
      ['Вероятность и статистика', 1, false, 'marks'],
      ['Информатика', 1, true, 'marks'],
      ['История', 2, false, 'marks'],
      ['Обществознание', 1, false, 'marks'],
      ['География', 2, false, 'marks'],
      ['Биология', grade === 7 ? 1 : 2, false, 'marks'],
      ['Физика', grade === 9 ? 3 : 2, false, 'marks'],
      ['Химия', grade >= 8 ? 2 : 0, false, 'marks'],
      ['Труд (технология)', grade === 9 ? 1 : 2, true, 'marks'],
      ['Физическая культура', 2, false, 'marks'],
      ['Основы безопасности и защиты Родины', grade >= 8 ? 1 : 0, false, 'marks'],
      ['Музыка', grade === 7 ? 1 : 0, false, 'marks'],
    ].filter((l) => (l[1] as number) > 0) as CurriculumLine[]
  }
  return [
    ['Русский язык', 2, false, 'marks'],
    ['Литература', 3, false, 'marks'],
    ['Иностранный язык', 3, true, 'marks'],
    ['Алгебра', 3, false, 'marks'],
    ['Геометрия', 2, false, 'marks'],
    ['Вероятность и статистика', 1, false, 'marks'],
    ['Информатика', 1, true, 'marks'],
    ['История', 2, false, 'marks'],
    ['Обществознание', 2, false, 'marks'],
    ['География', 1, false, 'marks'],
    ['Физика', 2, false, 'marks'],
    ['Химия', 1, false, 'marks'],
    ['Биология', 1, false, 'marks'],
    ['Физическая культура', 2, true, 'marks'],
    ['Основы безопасности и защиты Родины', 1, false, 'marks'],
    ['Индивидуальный проект', grade === 10 ? 1 : 0, false, 'pass_fail'],
  ].filter((l) => (l[1] as number) > 0) as CurriculumLine[]
}
