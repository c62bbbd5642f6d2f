// Pupils (обучающиеся) with their parents, and their class: the list class teachers keep right
// all year (п. 3.3). Matched by external id, else by ФИО + birth date; moves between classes end
// the old enrollment and start a new one (движение учащихся); nothing is ever deleted.
import {addDays, formatRu, type IsoDate, makeDate} from '../../calendar/dates.js'
import {groupBy} from '../../core/group-by.js'
import {insertRows} from '../../db/insert-rows.js'
import {parseClassName} from '../../people/class-name.js'
import {editDistance, fullName, matchKey} from '../../people/names.js'
import {parseYearLabel} from '../../year/label.js'
import {type Change, diff, type FieldChange, type ImportKind, type LineProblem} from '../kind.js'
import {classLookup} from '../lookups.js'
import * as p from '../parsers.js'
import {classColumn, externalIdColumn} from './common.js'

type Key =
  | 'lastName'
  | 'firstName'
  | 'middleName'
  | 'birthDate'
  | 'gender'
  | 'className'
  | 'foreignLanguages'
  | 'externalId'
  | 'parent1Name'
  | 'parent1Email'
  | 'parent2Name'
  | 'parent2Email'

export interface ParentRow {
  /** matchKey of the name, worked out once. */
  key: string
  name: string
  email: string | null
}

export interface PupilRow {
  /** matchKey of the ФИО, worked out once. */
  key: string
  lastName: string
  firstName: string
  middleName: string
  birthDate: IsoDate
  gender: 'M' | 'F' | null
  className: string
  foreignLanguages: string[] | null
  externalId: string | null
  parents: ParentRow[]
}

interface StoredPupil {
  id: number
  key: string
  lastName: string
  firstName: string
  middleName: string
  birthDate: IsoDate
  gender: 'M' | 'F' | null
  foreignLanguages: string
  externalId: string | null
  enrollmentId: number | null
  enrolledFrom: IsoDate | null
  className: string | null
}

/** Age in whole years on a date. */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4))
  return on.slice(5) < birth.slice(5) ? years - 1 : years
}

const PUPIL_COLUMNS = [
  'id',
  'last_name',
  'first_name',
  'middle_name',
  'birth_date',
  'gender',
  'foreign_languages',
  'external_id',
  'match_key',
]

// Stored as JSON; a school has a handful of different lists, each parsed once.
const languageLists = new Map<string, string | null>()
function languageList(json: string): string | null {
  let list = languageLists.get(json)
  if (list === undefined) {
    list = (JSON.parse(json) as string[]).join(', ') || null
    languageLists.set(json, list)
  }
  return list
}

// Worked out once, not once a row.
let lastSeptember: {label: string; date: IsoDate} | undefined
function firstSeptember(label: string): IsoDate {
  if (lastSeptember?.label !== label)
    lastSeptember = {label, date: makeDate(parseYearLabel(label)!.firstYear, 9, 1)}
  return lastSeptember.date
}

const MIN_AGE = 5
const MAX_AGE = 20

export const pupilsKind: ImportKind<Key, PupilRow> = {
  name: 'pupils',
  needsYear: true,
  modes: ['upsert', 'insert', 'update', 'sync'],
  columns: [
    {
      key: 'lastName',
      names: ['Фамилия', 'last_name'],
      required: true,
      parse: p.name,
      hint: 'фамилия',
      example: 'Иванова',
    },
    {
      key: 'firstName',
      names: ['Имя', 'first_name'],
      required: true,
      parse: p.name,
      hint: 'имя',
      example: 'Мария',
    },
    {
      key: 'middleName',
      names: ['Отчество', 'middle_name'],
      parse: p.name,
      hint: 'отчество',
      example: 'Петровна',
    },
    {
      key: 'birthDate',
      names: ['Дата рождения', 'birth_date'],
      required: true,
      parse: p.date,
      hint: 'дд.мм.гггг, гггг-мм-дд или дата Excel',
      example: '12.03.2014',
    },
    {key: 'gender', names: ['Пол', 'gender'], parse: p.gender, hint: 'М или Ж', example: 'Ж'},
    classColumn,
    {
      key: 'foreignLanguages',
      names: ['Иностранный язык', 'Иностранные языки', 'foreign_languages'],
      parse: p.languages,
      hint: 'через запятую: Английский, Немецкий …',
      example: 'Английский',
    },
    externalIdColumn,
    {
      key: 'parent1Name',
      names: ['ФИО родителя 1', 'parent1_name'],
      parse: p.name,
      hint: 'ФИО родителя',
      example: 'Иванова Елена Сергеевна',
    },
    {
      key: 'parent1Email',
      names: ['Email родителя 1', 'parent1_email'],
      parse: p.email,
      hint: 'e-mail родителя',
      example: 'ivanova.es@mail.ru',
    },
    {
      key: 'parent2Name',
      names: ['ФИО родителя 2', 'parent2_name'],
      parse: p.name,
      hint: 'ФИО второго родителя',
      example: 'Иванов Пётр Андреевич',
    },
    {
      key: 'parent2Email',
      names: ['Email родителя 2', 'parent2_email'],
      parse: p.email,
      hint: 'e-mail второго родителя',
      example: '',
    },
  ],

  toRow(v, line, {year}) {
    const birthDate = v.birthDate as IsoDate
    const age = ageOn(birthDate, firstSeptember(year!.label))
    if (age < MIN_AGE || age > MAX_AGE) {
      return {
        problem: {line, column: 'birthDate', key: 'import.badAge', params: {age, min: MIN_AGE, max: MAX_AGE}},
      }
    }
    const parents: ParentRow[] = []
    for (const [nameKey, emailKey] of [
      ['parent1Name', 'parent1Email'],
      ['parent2Name', 'parent2Email'],
    ] as const) {
      const name = v[nameKey] as string | undefined
      const email = (v[emailKey] as string | undefined) ?? null
      if (!name && email) return {problem: {line, column: nameKey, key: 'import.parentWithoutName'}}
      if (name) parents.push({key: matchKey(name), name, email})
    }
    const lastName = v.lastName as string
    const firstName = v.firstName as string
    const middleName = (v.middleName as string | undefined) ?? ''
    return {
      row: {
        key: matchKey(lastName, firstName, middleName),
        lastName,
        firstName,
        middleName,
        birthDate,
        gender: (v.gender as 'M' | 'F' | undefined) ?? null,
        className: v.className as string,
        foreignLanguages: (v.foreignLanguages as string[] | undefined) ?? null,
        externalId: (v.externalId as string | undefined) ?? null,
        parents,
      },
    }
  },

  key: (r) => r.externalId ?? `${r.key}|${r.birthDate}`,

  plan(rows, {db, year, mode, effective}) {
    const y = year!
    const classes = classLookup(db, y)
    const stored = db
      .prepare(
        `SELECT p.id, p.match_key AS key, p.last_name AS lastName, p.first_name AS firstName, p.middle_name AS middleName,
                p.birth_date AS birthDate, p.gender, p.foreign_languages AS foreignLanguages, p.external_id AS externalId,
                e.id AS enrollmentId, e.from_date AS enrolledFrom, c.name AS className
         FROM pupil p
         LEFT JOIN enrollment e ON e.pupil_id = p.id AND e.to_date IS NULL
              AND e.class_id IN (SELECT id FROM class WHERE year_id = @year)
         LEFT JOIN class c ON c.id = e.class_id`,
      )
      .all({year: y.id}) as StoredPupil[]
    const byExternal = new Map(stored.filter((s) => s.externalId).map((s) => [s.externalId!, s]))
    const byKey = new Map(stored.map((s) => [`${s.key}|${s.birthDate}`, s]))
    // Only new pupils look for a near twin, so the pupils by birth date are grouped when needed.
    let byBirth: Map<IsoDate, StoredPupil[]> | undefined
    const bornOn = (date: IsoDate) => {
      byBirth ??= groupBy(stored, (s) => s.birthDate)
      return byBirth.get(date) ?? []
    }
    const parentsOf = groupBy(
      db
        .prepare(
          'SELECT pp.pupil_id AS pupilId, pa.full_name AS name FROM pupil_parent pp JOIN parent pa ON pa.id = pp.parent_id',
        )
        .all() as Array<{pupilId: number; name: string}>,
      (r) => r.pupilId,
    )
    const parentNames = (pupilId: number) =>
      parentsOf
        .get(pupilId)
        ?.map((r) => r.name)
        .sort()
        .join(', ') ?? null
    // Parents are matched by name and e-mail only when some are to be linked.
    let storedParents: Map<string, number> | undefined
    const parentsByKey = () =>
      (storedParents ??= new Map(
        (
          db.prepare('SELECT id, match_key AS key, email FROM parent').all() as Array<{
            id: number
            key: string
            email: string | null
          }>
        ).map((r) => [`${r.key}|${r.email ?? ''}`, r.id]),
      ))

    const changes: Change[] = []
    const problems: LineProblem[] = []
    const newClasses = new Set<string>()
    const seen = new Set<number>()
    const creations: Array<{row: PupilRow}> = []
    const updates: Array<{row: PupilRow; pupil: StoredPupil; fields: FieldChange[]}> = []

    for (const {line, row} of rows) {
      if (!classes.get(row.className) && !newClasses.has(row.className)) {
        newClasses.add(row.className)
        changes.push({op: '+', entity: 'class', name: row.className, line})
      }
      const key = row.key
      const match = (row.externalId && byExternal.get(row.externalId)) || byKey.get(`${key}|${row.birthDate}`)
      if (!match) {
        if (mode === 'update') {
          problems.push({line, key: 'import.notFound'})
          continue
        }
        const near = bornOn(row.birthDate).find((s) => editDistance(s.key, key, 1) === 1)
        changes.push({
          op: '+',
          entity: 'pupil',
          name: `${fullName(row)}, ${row.className}`,
          line,
          hint: near ? `${fullName(near)}, ${formatRu(near.birthDate)}` : undefined,
        })
        creations.push({row})
        continue
      }
      if (mode === 'insert') {
        problems.push({line, key: 'import.alreadyExists', params: {name: fullName(match)}})
        continue
      }
      seen.add(match.id)
      const fields = diff(
        {
          lastName: match.lastName,
          firstName: match.firstName,
          middleName: match.middleName || null,
          birthDate: match.birthDate,
          gender: match.gender,
          foreignLanguages: languageList(match.foreignLanguages),
          externalId: match.externalId,
          class: match.className,
          parents: parentNames(match.id),
        },
        {
          lastName: row.lastName,
          firstName: row.firstName,
          middleName: row.middleName || null,
          birthDate: row.birthDate,
          // An empty optional cell keeps what is stored.
          gender: row.gender ?? match.gender,
          foreignLanguages: row.foreignLanguages
            ? row.foreignLanguages.join(', ') || null
            : languageList(match.foreignLanguages),
          externalId: row.externalId ?? match.externalId,
          class: row.className,
          parents: row.parents.length
            ? row.parents
                .map((pa) => pa.name)
                .sort()
                .join(', ')
            : parentNames(match.id),
        },
      )
      changes.push({
        op: fields.length ? '~' : '=',
        entity: 'pupil',
        name: `${fullName(row)}, ${row.className}`,
        line,
        fields,
      })
      if (fields.length) updates.push({row, pupil: match, fields})
    }

    // sync: the file is the whole list of its classes; the others leave (their enrollment ends).
    const fileClasses = new Set(rows.map((r) => r.row.className))
    const leavers =
      mode === 'sync'
        ? stored.filter((s) => s.enrollmentId && !seen.has(s.id) && fileClasses.has(s.className!))
        : []
    for (const s of leavers)
      changes.push({op: '-', entity: 'pupil', name: `${fullName(s)}, ${s.className}`, line: null})

    const apply = () => {
      const startsOn = effective > y.startsOn ? effective : y.startsOn
      const createClass = db.prepare('INSERT INTO class (year_id, grade, letter) VALUES (?, ?, ?)')
      for (const name of newClasses) {
        const c = parseClassName(name)!
        classes.add(name, Number(createClass.run(y.id, c.grade, c.letter).lastInsertRowid))
      }
      const updatePupil = db.prepare(
        `UPDATE pupil SET last_name = ?, first_name = ?, middle_name = ?, birth_date = ?, gender = coalesce(?, gender),
           foreign_languages = coalesce(?, foreign_languages), external_id = coalesce(?, external_id), match_key = ?
         WHERE id = ?`,
      )
      const endEnrollment = db.prepare('UPDATE enrollment SET to_date = ?, reason_out = ? WHERE id = ?')
      const moveEnrollment = db.prepare('UPDATE enrollment SET class_id = ? WHERE id = ?')
      const unlink = db.prepare('DELETE FROM pupil_parent WHERE pupil_id = ?')
      const maxId = (table: string) =>
        (db.prepare(`SELECT coalesce(max(id), 0) AS id FROM ${table}`).get() as {id: number}).id
      // New pupils, parents, enrollments and parent links are collected first and written in
      // bulk at the end, with the ids given here: inside the importer's one transaction no other
      // writer can take them unnoticed (its write would make ours fail, and nothing is written).
      let lastPupilId = maxId('pupil')
      let lastParentId = maxId('parent')
      const newPupils: unknown[][] = []
      const newParents: unknown[][] = []
      const enrollments: unknown[][] = []
      const links: unknown[][] = []
      const parentId = (pa: ParentRow): number => {
        const key = `${pa.key}|${pa.email ?? ''}`
        let id = parentsByKey().get(key)
        if (id === undefined) {
          id = ++lastParentId
          newParents.push([id, pa.name, pa.email, pa.key])
          parentsByKey().set(key, id)
        }
        return id
      }
      const linkParents = (pupilId: number, parents: ParentRow[]) => {
        for (const id of new Set(parents.map(parentId))) links.push([pupilId, id])
      }
      // Ends a stay the day before `from`; a stay that began that day or later was a mistake in
      // the list, so it is corrected in place instead.
      const leaveOrCorrect = (
        enrollmentId: number,
        enrolledFrom: IsoDate,
        reason: string,
        newClassId?: number,
      ) => {
        const lastDay = addDays(startsOn, -1)
        if (lastDay >= enrolledFrom) {
          endEnrollment.run(lastDay, reason, enrollmentId)
          return false
        }
        if (newClassId !== undefined) moveEnrollment.run(newClassId, enrollmentId)
        else endEnrollment.run(enrolledFrom, reason, enrollmentId)
        return newClassId !== undefined
      }

      for (const {row} of creations) {
        const id = ++lastPupilId
        newPupils.push([
          id,
          row.lastName,
          row.firstName,
          row.middleName,
          row.birthDate,
          row.gender,
          JSON.stringify(row.foreignLanguages ?? []),
          row.externalId,
          row.key,
        ])
        enrollments.push([id, classes.get(row.className)!, startsOn, 'arrived'])
        linkParents(id, row.parents)
      }
      for (const {row, pupil, fields} of updates) {
        updatePupil.run(
          row.lastName,
          row.firstName,
          row.middleName,
          row.birthDate,
          row.gender,
          row.foreignLanguages ? JSON.stringify(row.foreignLanguages) : null,
          row.externalId,
          row.key,
          pupil.id,
        )
        if (fields.some((f) => f.field === 'class')) {
          const classId = classes.get(row.className)!
          const corrected = pupil.enrollmentId
            ? leaveOrCorrect(pupil.enrollmentId, pupil.enrolledFrom!, 'moved', classId)
            : false
          if (!corrected) {
            enrollments.push([pupil.id, classId, startsOn, pupil.enrollmentId ? 'moved' : 'arrived'])
          }
        }
        if (row.parents.length && fields.some((f) => f.field === 'parents')) {
          unlink.run(pupil.id)
          linkParents(pupil.id, row.parents)
        }
      }
      for (const s of leavers) leaveOrCorrect(s.enrollmentId!, s.enrolledFrom!, 'left')
      insertRows(db, 'pupil', PUPIL_COLUMNS, newPupils)
      insertRows(db, 'parent', ['id', 'full_name', 'email', 'match_key'], newParents)
      // Class by class: the class index then grows at one place at a time, not at every class.
      enrollments.sort((a, b) => (a[1] as number) - (b[1] as number))
      insertRows(db, 'enrollment', ['pupil_id', 'class_id', 'from_date', 'reason_in'], enrollments)
      insertRows(db, 'pupil_parent', ['pupil_id', 'parent_id'], links)
    }
    return {changes, problems, apply}
  },
}
