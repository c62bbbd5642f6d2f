// Pupils (обучающиеся) with their parents, and their class: the list class teachers keep right
// all year (п. 3.3). Matched by external id, else by ФИО + birth date; moves between classes end
// the old enrollment and start a new one (движение учащихся); nothing is ever deleted.
import {addDays, formatRu, type IsoDate, makeDate} from '../../calendar/dates.js'
import {groupBy} from '../../core/group-by.js'
import {insertRows} from '../../db/insert-rows.js'
import {parseClassName} from '../../people/class-name.js'
import {matchHash} from '../../people/match-hash.js'
import {editDistance, type FullName, fullName, matchKey} from '../../people/names.js'
import {parseYearLabel} from '../../year/label.js'
import {type Change, diff, type FieldChange, type LineProblem, type StreamedKind} from '../kind.js'
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
  /** matchHash of the key and e-mail: what a parent is looked up by. */
  hash: number
  name: string
  email: string | null
}

export interface PupilRow {
  /** matchKey of the ФИО, worked out once. */
  key: string
  /** matchHash of the key and birth date: what a pupil is looked up by. */
  hash: number
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
  /** The line of this import that already matched or created the pupil. */
  touchedBy: number | null
}

// Stored pupils with their stay in a class this year, found a chunk of the file at a time.
const STORED = `
  SELECT p.id, p.match_key AS key, p.last_name AS lastName, p.first_name AS firstName, p.middle_name AS middleName,
         p.birth_date AS birthDate, p.gender, p.foreign_languages AS foreignLanguages, p.external_id AS externalId,
         e.id AS enrollmentId, e.from_date AS enrolledFrom, c.name AS className, t.line AS touchedBy
  FROM pupil p
  LEFT JOIN enrollment e ON e.pupil_id = p.id AND e.to_date IS NULL
       AND e.class_id IN (SELECT id FROM class WHERE year_id = @year)
  LEFT JOIN class c ON c.id = e.class_id
  LEFT JOIN temp.import_touched t ON t.pupil_id = p.id`

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
  'match_hash',
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

export const pupilsKind: StreamedKind<Key, PupilRow> = {
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
      parse: p.fullName,
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
      parse: p.fullName,
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
      if (name) {
        const key = matchKey(name)
        parents.push({key, hash: matchHash(key, email), name, email})
      }
    }
    const lastName = v.lastName as string
    const firstName = v.firstName as string
    const middleName = (v.middleName as string | undefined) ?? ''
    const key = matchKey(lastName, firstName, middleName)
    return {
      row: {
        key,
        hash: matchHash(key, birthDate),
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

  planner({db, year, mode, effective, effectiveGiven}) {
    const y = year!
    const classes = classLookup(db, y)
    const startsOn = effective > y.startsOn ? effective : y.startsOn
    // A class's first list of the year is the class as it has been since the year began, however
    // late it is loaded: without --effective its pupils are enrolled from the year's first day.
    // Classes listed before this import; its own earlier chunks do not count.
    const listed = new Set(
      (
        db
          .prepare(
            'SELECT name FROM class c WHERE year_id = ? AND EXISTS (SELECT 1 FROM enrollment e WHERE e.class_id = c.id)',
          )
          .all(y.id) as Array<{name: string}>
      ).map((c) => c.name),
    )
    /** Class name → the first line of its first list, for the plan's one line about it. */
    const firstLists = new Map<string, number>()
    // The pupil's latest finished stay, any year; asked only of the few pupils it matters for.
    const latestStay = db.prepare(
      `SELECT c.name AS className, e.from_date AS "from", e.to_date AS "to" FROM enrollment e JOIN class c ON c.id = e.class_id
       WHERE e.pupil_id = ? AND e.to_date IS NOT NULL ORDER BY e.to_date DESC LIMIT 1`,
    )
    const lastStay = (pupilId: number) =>
      latestStay.get(pupilId) as {className: string; from: IsoDate; to: IsoDate} | undefined
    const arrivalFrom = (className: string, pupilId: number | null, line: number): IsoDate => {
      if (effectiveGiven || startsOn === y.startsOn || listed.has(className)) return startsOn
      if (!firstLists.has(className)) firstLists.set(className, line)
      // A pupil who left earlier this year is back the day after.
      const left = pupilId === null ? undefined : lastStay(pupilId)?.to
      const from = left && left >= y.startsOn ? addDays(left, 1) : y.startsOn
      return from < startsOn ? from : startsOn
    }
    // The pupils this import has matched or created, with their line: a pupil met twice is a
    // repeated line, and in sync mode the pupils of the file's classes not met leave.
    db.exec(
      'CREATE TEMP TABLE IF NOT EXISTS import_touched (pupil_id INTEGER PRIMARY KEY, line INTEGER NOT NULL); DELETE FROM temp.import_touched',
    )
    const maxId = (table: string) =>
      (db.prepare(`SELECT coalesce(max(id), 0) AS id FROM ${table}`).get() as {id: number}).id
    // Only pupils stored before the import can be the near twin of a new one.
    const storedBefore = maxId('pupil')
    // Ids are given here, inside the importer's one transaction: no other writer can take them
    // unnoticed (its write would make ours fail, and nothing is written).
    let lastPupilId = storedBefore
    let lastParentId = maxId('parent')
    const plannedClasses = new Set<string>()
    const fileClasses = new Set<string>()

    const byExternalIds = db.prepare(`${STORED} WHERE p.external_id IN (SELECT value FROM json_each(@list))`)
    const byKeys = db.prepare(`${STORED} WHERE p.match_hash IN (SELECT value FROM json_each(@list))`)
    const parentsOfPupils = db.prepare(
      `SELECT pp.pupil_id AS pupilId, pa.full_name AS name FROM pupil_parent pp JOIN parent pa ON pa.id = pp.parent_id
       WHERE pp.pupil_id IN (SELECT value FROM json_each(?))`,
    )
    const parentsByKeys = db.prepare(
      'SELECT id, match_key AS key, email FROM parent WHERE match_hash IN (SELECT value FROM json_each(?))',
    )
    const bornOn = db.prepare(
      `SELECT match_key AS key, last_name AS lastName, first_name AS firstName, middle_name AS middleName, birth_date AS birthDate
       FROM pupil WHERE id <= ? AND birth_date IN (SELECT value FROM json_each(?))`,
    )
    const createClass = db.prepare('INSERT INTO class (year_id, grade, letter) VALUES (?, ?, ?)')
    const updatePupil = db.prepare(
      `UPDATE pupil SET last_name = ?, first_name = ?, middle_name = ?, birth_date = ?, gender = coalesce(?, gender),
         foreign_languages = coalesce(?, foreign_languages), external_id = coalesce(?, external_id), match_key = ?,
         match_hash = ?
       WHERE id = ?`,
    )
    const endEnrollment = db.prepare('UPDATE enrollment SET to_date = ?, reason_out = ? WHERE id = ?')
    const moveEnrollment = db.prepare('UPDATE enrollment SET class_id = ? WHERE id = ?')
    const moveStart = db.prepare('UPDATE enrollment SET from_date = ? WHERE id = ?')
    const unlink = db.prepare('DELETE FROM pupil_parent WHERE pupil_id = ?')

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

    return {
      add(rows) {
        const changes: Change[] = []
        const problems: LineProblem[] = []
        const warnings: LineProblem[] = []
        const json = (list: unknown[]) => ({year: y.id, list: JSON.stringify(list)})
        const byExternal = new Map(
          (
            byExternalIds.all(
              json(rows.filter((r) => r.row.externalId).map((r) => r.row.externalId)),
            ) as StoredPupil[]
          ).map((s) => [s.externalId!, s]),
        )
        const byKey = groupBy(
          byKeys.all(
            json(
              rows
                .filter((r) => !(r.row.externalId && byExternal.has(r.row.externalId)))
                .map((r) => r.row.hash),
            ),
          ) as StoredPupil[],
          (s) => `${s.key}|${s.birthDate}`,
        )
        // Lines of this chunk already planned: earlier chunks are found in the database.
        const externalHere = new Map<string, number>()
        const matchedHere = new Map<number, number>()
        const newHere = new Map<string, {line: number; externalId: string | null}>()
        const creations: Array<{line: number; row: PupilRow; from: IsoDate}> = []
        const matched: Array<{line: number; row: PupilRow; pupil: StoredPupil; change: Change}> = []
        const needHint: Array<{change: Change; row: PupilRow}> = []

        for (const {line, row} of rows) {
          const birthKey = `${row.key}|${row.birthDate}`
          // By external id; else by ФИО and birth date, unless both have external ids (then they
          // are two people of the same name and birthday).
          const sameName = (other: {externalId: string | null}) => !row.externalId || !other.externalId
          const match =
            (row.externalId && byExternal.get(row.externalId)) || byKey.get(birthKey)?.find(sameName)
          const newBefore = newHere.get(birthKey)
          const first =
            (row.externalId && externalHere.get(row.externalId)) ||
            (match
              ? (match.touchedBy ?? matchedHere.get(match.id))
              : newBefore && sameName(newBefore)
                ? newBefore.line
                : undefined)
          if (first) {
            problems.push({line, key: 'import.duplicate', params: {first}})
            continue
          }
          if (row.externalId) externalHere.set(row.externalId, line)
          if (match) matchedHere.set(match.id, line)
          else if (!newBefore) newHere.set(birthKey, {line, externalId: row.externalId})
          fileClasses.add(row.className)
          // A class is created for a line that is written, not for one refused.
          const planClass = () => {
            if (classes.get(row.className) || plannedClasses.has(row.className)) return
            plannedClasses.add(row.className)
            changes.push({op: '+', entity: 'class', name: row.className, line})
          }
          if (!match) {
            if (mode === 'update') {
              problems.push({line, key: 'import.notFound'})
              continue
            }
            planClass()
            const change: Change = {
              op: '+',
              entity: 'pupil',
              name: `${fullName(row)}, ${row.className}`,
              line,
            }
            changes.push(change)
            needHint.push({change, row})
            creations.push({line, row, from: arrivalFrom(row.className, null, line)})
            continue
          }
          if (mode === 'insert') {
            problems.push({line, key: 'import.alreadyExists', params: {name: fullName(match)}})
            continue
          }
          planClass()
          // Filled in below, once the parents of the matched pupils are read: the plan stays in
          // the order of the file.
          const change: Change = {
            op: '=',
            entity: 'pupil',
            name: `${fullName(row)}, ${row.className}`,
            line,
            fields: [],
          }
          changes.push(change)
          matched.push({line, row, pupil: match, change})
        }

        // Near twins: a new pupil one letter away from one stored before, born the same day.
        if (needHint.length && storedBefore) {
          const born = groupBy(
            bornOn.all(
              storedBefore,
              JSON.stringify([...new Set(needHint.map((n) => n.row.birthDate))]),
            ) as Array<FullName & {key: string; birthDate: IsoDate}>,
            (s) => s.birthDate,
          )
          for (const {change, row} of needHint) {
            const near = born.get(row.birthDate)?.find((s) => editDistance(s.key, row.key, 1) === 1)
            if (near) change.hint = `${fullName(near)}, ${formatRu(near.birthDate)}`
          }
        }

        const parentsOf = groupBy(
          parentsOfPupils.all(JSON.stringify(matched.map((m) => m.pupil.id))) as Array<{
            pupilId: number
            name: string
          }>,
          (r) => r.pupilId,
        )
        const parentNames = (pupilId: number) =>
          parentsOf
            .get(pupilId)
            ?.map((r) => r.name)
            .sort()
            .join(', ') ?? null
        const updates: Array<{
          line: number
          row: PupilRow
          pupil: StoredPupil
          fields: FieldChange[]
          /** When the pupil's new stay begins, if one does. */
          from: IsoDate
        }> = []
        const unchanged: number[][] = []
        for (const {line, row, pupil, change} of matched) {
          const fields = diff(
            {
              lastName: pupil.lastName,
              firstName: pupil.firstName,
              middleName: pupil.middleName || null,
              birthDate: pupil.birthDate,
              gender: pupil.gender,
              foreignLanguages: languageList(pupil.foreignLanguages),
              externalId: pupil.externalId,
              class: pupil.className,
              parents: parentNames(pupil.id),
            },
            {
              lastName: row.lastName,
              firstName: row.firstName,
              middleName: row.middleName || null,
              birthDate: row.birthDate,
              // An empty optional cell keeps what is stored.
              gender: row.gender ?? pupil.gender,
              foreignLanguages: row.foreignLanguages
                ? row.foreignLanguages.join(', ') || null
                : languageList(pupil.foreignLanguages),
              externalId: row.externalId ?? pupil.externalId,
              class: row.className,
              parents: row.parents.length
                ? row.parents
                    .map((pa) => pa.name)
                    .sort()
                    .join(', ')
                : parentNames(pupil.id),
            },
          )
          // An earlier --effective moves the start of the stay in the same class back, unless the
          // pupil was elsewhere in between (then the earlier stay says where, and it is kept).
          if (effectiveGiven && row.className === pupil.className && startsOn < pupil.enrolledFrom!) {
            const other = lastStay(pupil.id)
            if (other && other.to >= startsOn) {
              warnings.push({
                line,
                key: 'enroll.notMovedBack',
                params: {
                  pupil: fullName(row),
                  class: row.className,
                  from: formatRu(pupil.enrolledFrom!),
                  effective: formatRu(startsOn),
                  other: other.className,
                  otherFrom: formatRu(other.from),
                  otherTo: formatRu(other.to),
                },
              })
            } else fields.push({field: 'enrolledFrom', old: pupil.enrolledFrom, new: startsOn})
          }
          change.op = fields.length ? '~' : '='
          change.fields = fields
          const from = pupil.enrollmentId === null ? arrivalFrom(row.className, pupil.id, line) : startsOn
          if (fields.length) updates.push({line, row, pupil, fields, from})
          else unchanged.push([pupil.id, line])
        }

        const apply = () => {
          for (const name of plannedClasses) {
            if (classes.get(name)) continue
            const c = parseClassName(name)!
            classes.add(name, Number(createClass.run(y.id, c.grade, c.letter).lastInsertRowid))
          }
          const newPupils: unknown[][] = []
          const newParents: unknown[][] = []
          const enrollments: unknown[][] = []
          const links: unknown[][] = []
          const touched = unchanged
          // Parents are matched by name and e-mail: the chunk's among those stored, then its new ones.
          const toLink = [
            ...creations.map((c) => c.row),
            ...updates
              .filter((u) => u.row.parents.length && u.fields.some((f) => f.field === 'parents'))
              .map((u) => u.row),
          ].flatMap((r) => r.parents)
          const parentIds = new Map(
            toLink.length
              ? (
                  parentsByKeys.all(JSON.stringify([...new Set(toLink.map((pa) => pa.hash))])) as Array<{
                    id: number
                    key: string
                    email: string | null
                  }>
                ).map((r) => [`${r.key}|${r.email ?? ''}`, r.id])
              : [],
          )
          const parentId = (pa: ParentRow): number => {
            const key = `${pa.key}|${pa.email ?? ''}`
            let id = parentIds.get(key)
            if (id === undefined) {
              id = ++lastParentId
              newParents.push([id, pa.name, pa.email, pa.key, pa.hash])
              parentIds.set(key, id)
            }
            return id
          }
          const linkParents = (pupilId: number, parents: ParentRow[]) => {
            for (const id of new Set(parents.map(parentId))) links.push([pupilId, id])
          }

          for (const {line, row, from} of creations) {
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
              row.hash,
            ])
            enrollments.push([id, classes.get(row.className)!, from, 'arrived'])
            linkParents(id, row.parents)
            touched.push([id, line])
          }
          for (const {line, row, pupil, fields, from} of updates) {
            updatePupil.run(
              row.lastName,
              row.firstName,
              row.middleName,
              row.birthDate,
              row.gender,
              row.foreignLanguages ? JSON.stringify(row.foreignLanguages) : null,
              row.externalId,
              row.key,
              row.hash,
              pupil.id,
            )
            if (fields.some((f) => f.field === 'class')) {
              const classId = classes.get(row.className)!
              const corrected = pupil.enrollmentId
                ? leaveOrCorrect(pupil.enrollmentId, pupil.enrolledFrom!, 'moved', classId)
                : false
              if (!corrected) {
                enrollments.push([pupil.id, classId, from, pupil.enrollmentId ? 'moved' : 'arrived'])
              }
            }
            if (fields.some((f) => f.field === 'enrolledFrom')) moveStart.run(startsOn, pupil.enrollmentId)
            if (row.parents.length && fields.some((f) => f.field === 'parents')) {
              unlink.run(pupil.id)
              linkParents(pupil.id, row.parents)
            }
            touched.push([pupil.id, line])
          }
          insertRows(db, 'pupil', PUPIL_COLUMNS, newPupils)
          insertRows(db, 'parent', ['id', 'full_name', 'email', 'match_key', 'match_hash'], newParents)
          // Class by class: the class index then grows at one place at a time, not at every class.
          enrollments.sort((a, b) => (a[1] as number) - (b[1] as number))
          insertRows(db, 'enrollment', ['pupil_id', 'class_id', 'from_date', 'reason_in'], enrollments)
          insertRows(db, 'pupil_parent', ['pupil_id', 'parent_id'], links)
          insertRows(db, 'temp.import_touched', ['pupil_id', 'line'], touched)
        }
        return {changes, problems, warnings, apply}
      },

      // sync: the file is the whole list of its classes; the others leave (their enrollment ends).
      finish() {
        const leavers =
          mode === 'sync'
            ? (db
                .prepare(
                  `SELECT p.last_name AS lastName, p.first_name AS firstName, p.middle_name AS middleName,
                          e.id AS enrollmentId, e.from_date AS enrolledFrom, c.name AS className
                   FROM enrollment e JOIN class c ON c.id = e.class_id JOIN pupil p ON p.id = e.pupil_id
                   WHERE e.to_date IS NULL AND c.year_id = ? AND c.name IN (SELECT value FROM json_each(?))
                     AND e.pupil_id NOT IN (SELECT pupil_id FROM temp.import_touched)
                   ORDER BY p.id`,
                )
                .all(y.id, JSON.stringify([...fileClasses])) as Array<
                FullName & {enrollmentId: number; enrolledFrom: IsoDate; className: string}
              >)
            : []
        return {
          changes: leavers.map((s) => ({
            op: '-' as const,
            entity: 'pupil',
            name: `${fullName(s)}, ${s.className}`,
            line: null,
          })),
          problems: [],
          // One line for all the classes whose first list this was.
          warnings: firstLists.size
            ? [
                {
                  line: Math.min(...firstLists.values()),
                  key: 'enroll.firstList',
                  params: {classes: [...firstLists.keys()].join(', '), date: formatRu(y.startsOn)},
                },
              ]
            : [],
          apply: () => {
            for (const s of leavers) leaveOrCorrect(s.enrollmentId, s.enrolledFrom, 'left')
          },
        }
      },
    }
  },
}
