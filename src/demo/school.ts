// The demo school's people and plan: staff with realistic loads, classes with class teachers,
// pupils with parents, the curriculum, assignments and a timetable — as the lines of the import
// files a school office would hand over. Pure and deterministic for a seed.
import {type IsoDate, makeDate} from '../calendar/dates.js'
import {demoCurriculum} from './curriculum.js'
import {
  DOUBLE_SURNAMES,
  FEMALE_FIRST,
  femaleSurname,
  MALE_FIRST,
  maleSurname,
  PATRONYMICS,
  SURNAMES,
} from './names.js'
import {type Random} from './random.js'

export interface Person {
  lastName: string
  firstName: string
  middleName: string
  male: boolean
}

export interface Teacher extends Person {
  index: number
  email: string
  subjects: string[]
  roles: string[]
  position: string
}

export interface Pupil extends Person {
  externalId: string
  birthDate: IsoDate
  languages: string[]
  parents: Array<{name: string; email: string | null}>
}

export interface SchoolClass {
  name: string
  grade: number
  letter: string
  profile: string | null
  classTeacher: Teacher
  pupils: Pupil[]
  /** subject → teacher */
  teachers: Map<string, Teacher>
  /** weekday (1–5) → subjects by lesson number (index 0 is lesson 1) */
  timetable: Map<number, string[]>
}

export interface School {
  staff: Teacher[]
  classes: SchoolClass[]
}

export const fullName = (p: Person) => `${p.lastName} ${p.firstName} ${p.middleName}`.trim()

function person(rnd: Random, male: boolean): Person {
  const surname = rnd.chance(0.02) ? rnd.pick(DOUBLE_SURNAMES) : rnd.pick(SURNAMES)
  const [son, daughter] = rnd.pick(PATRONYMICS)
  return {
    lastName: male ? surname : femaleSurname(surname),
    firstName: rnd.pick(male ? MALE_FIRST : FEMALE_FIRST),
    middleName: male ? son : daughter,
    male,
  }
}

const PRIMARY_SUBJECTS = new Set([
  'Русский язык',
  'Литературное чтение',
  'Математика',
  'Окружающий мир',
  'Изобразительное искусство',
  'Труд (технология)',
  'Основы религиозных культур и светской этики',
])
// Enough letters for the largest school a --pupils value makes (about 25 pupils a class).
const LETTERS = 'АБВГДЕЖИКЛМНОПРСТУФХ'
const PROFILES = ['технологический', 'социально-экономический', 'естественно-научный']

export function buildSchool(rnd: Random, pupilsWanted: number, firstYear: number): School {
  const perGrade = Math.max(1, Math.round(pupilsWanted / 11 / 25))
  const size = Math.max(5, Math.round(pupilsWanted / 11 / perGrade))
  const staff: Teacher[] = []
  const hire = (subjects: string[], position = 'учитель'): Teacher => {
    const male = rnd.chance(0.25)
    const t: Teacher = {
      ...person(rnd, male),
      index: staff.length,
      email: `teacher${String(staff.length + 1).padStart(2, '0')}@school.demo`,
      subjects,
      roles: ['учитель'],
      position,
    }
    staff.push(t)
    return t
  }

  // Subject teachers for grades 5–11 and the primary specialists, hired as the load requires
  // (up to 24 hours a week each).
  const classes: SchoolClass[] = []
  for (let grade = 1; grade <= 11; grade++) {
    for (let i = 0; i < perGrade; i++) {
      classes.push({
        name: `${grade}${LETTERS[i]}`,
        grade,
        letter: LETTERS[i]!,
        profile: grade >= 10 ? PROFILES[i % PROFILES.length]! : null,
        classTeacher: undefined as unknown as Teacher,
        pupils: [],
        teachers: new Map(),
        timetable: new Map(),
      })
    }
  }
  const teachersOf = new Map<string, Array<{teacher: Teacher; hours: number}>>()
  const teacherFor = (subject: string, hours: number): Teacher => {
    const pool = teachersOf.get(subject) ?? []
    let entry = pool.find((e) => e.hours + hours <= 24)
    if (!entry) {
      entry = {teacher: hire([subject]), hours: 0}
      pool.push(entry)
      teachersOf.set(subject, pool)
    }
    entry.hours += hours
    return entry.teacher
  }
  for (const cls of classes) {
    const primaryTeacher = cls.grade <= 4 ? hire(['начальные классы'], 'учитель начальных классов') : null
    for (const [subject, hours] of demoCurriculum(cls.grade)) {
      cls.teachers.set(
        subject,
        primaryTeacher && PRIMARY_SUBJECTS.has(subject) ? primaryTeacher : teacherFor(subject, hours),
      )
    }
    cls.classTeacher =
      primaryTeacher ?? [...cls.teachers.values()].find((t) => !t.roles.includes('классный руководитель'))!
    cls.classTeacher.roles = [...new Set([...cls.classTeacher.roles, 'классный руководитель'])]
  }
  const deputy = hire([], 'заместитель директора по УВР')
  deputy.roles = ['заместитель директора']
  const second = hire([], 'заместитель директора по УВР')
  second.roles = ['заместитель директора', 'учитель']
  const admin = hire([], 'учитель информатики, ответственный за электронный журнал')
  admin.roles = ['администратор', 'учитель']

  // Pupils, with siblings sharing their parents now and then.
  let counter = 0
  const families: Array<Pupil['parents'] & {surname?: string}> = []
  for (const cls of classes) {
    for (let i = 0; i < size; i++) {
      const male = rnd.chance(0.5)
      const p = person(rnd, male)
      const month = rnd.int(1, 12)
      // Age on 1 September is about 6 + grade: born in the autumn a year earlier.
      const year = firstYear - 6 - cls.grade + (month >= 9 ? -1 : 0)
      const sibling = families.length > 0 && rnd.chance(0.05) ? rnd.pick(families) : null
      const parents = sibling ?? makeParents(rnd, p)
      if (!sibling) families.push(parents)
      const languages =
        cls.grade === 1 ? [] : rnd.chance(0.04) ? [] : [rnd.chance(0.72) ? 'Английский' : 'Немецкий']
      cls.pupils.push({
        ...p,
        externalId: `D-${String(++counter).padStart(5, '0')}`,
        birthDate: makeDate(year, month, rnd.int(1, 28)),
        languages,
        parents,
      })
    }
    cls.pupils.sort((a, b) => fullName(a).localeCompare(fullName(b), 'ru'))
    cls.timetable = weekTimetable(rnd, cls.grade)
  }
  return {staff, classes}
}

function makeParents(rnd: Random, child: Person): Pupil['parents'] {
  const mother = person(rnd, false)
  const surname = child.male ? femaleSurname(child.lastName) : child.lastName
  const parents: Pupil['parents'] = [
    {
      name: `${surname} ${mother.firstName} ${mother.middleName}`,
      email: rnd.chance(0.94) ? `mama${rnd.int(100, 99999)}@mail.ru` : null,
    },
  ]
  if (rnd.chance(0.45)) {
    const father = person(rnd, true)
    const lastName = child.male ? child.lastName : maleSurname(child.lastName)
    parents.push({
      name: `${lastName} ${father.firstName} ${father.middleName}`,
      email: rnd.chance(0.7) ? `papa${rnd.int(100, 99999)}@yandex.ru` : null,
    })
  }
  return parents
}

/** A 5-day week: the curriculum's hours dealt over the days, at most 7 lessons a day. */
function weekTimetable(rnd: Random, grade: number): Map<number, string[]> {
  const slots = rnd.shuffle(
    demoCurriculum(grade).flatMap(([subject, hours]) => Array<string>(hours).fill(subject)),
  )
  const days = new Map<number, string[]>([1, 2, 3, 4, 5].map((d) => [d, []]))
  slots.forEach((subject, i) => {
    let day = (i % 5) + 1
    while (days.get(day)!.length >= 7) day = (day % 5) + 1
    days.get(day)!.push(subject)
  })
  return days
}
