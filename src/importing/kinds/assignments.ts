// Teaching assignments (распределение нагрузки): who teaches a subject in a class or subgroup
// (п. 4.3 «список преподавателей по классам»).
import {matchKey} from '../../people/names.js'
import {type Change, diff, type ImportKind, type LineProblem} from '../kind.js'
import {teachingResolver} from '../lookups.js'
import {classColumn, subgroupColumn, subjectColumn, teacherColumn} from './common.js'

type Key = 'className' | 'subgroup' | 'subject' | 'teacher'

export interface AssignmentRow {
  className: string
  subgroup: string | null
  subject: string
  teacher: string
}

export const assignmentsKind: ImportKind<Key, AssignmentRow> = {
  name: 'assignments',
  needsYear: true,
  modes: ['upsert', 'insert', 'update'],
  columns: [classColumn, subgroupColumn, subjectColumn, teacherColumn],

  toRow: (v) => ({
    row: {
      className: v.className as string,
      subgroup: (v.subgroup as string | undefined) ?? null,
      subject: v.subject as string,
      teacher: v.teacher as string,
    },
  }),

  key: (r) => `${r.className}|${r.subgroup ?? ''}|${matchKey(r.subject)}`,

  plan(rows, {db, year, mode}) {
    const resolve = teachingResolver(db, year!)
    const stored = new Map(
      (
        db
          .prepare(
            `SELECT a.id, a.class_id AS classId, a.subgroup_id AS subgroupId, a.subject_id AS subjectId,
                    trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name) AS teacher
             FROM teaching_assignment a JOIN staff s ON s.id = a.teacher_id JOIN class c ON c.id = a.class_id
             WHERE c.year_id = ?`,
          )
          .all(year!.id) as Array<{
          id: number
          classId: number
          subgroupId: number | null
          subjectId: number
          teacher: string
        }>
      ).map((a) => [`${a.classId}|${a.subgroupId ?? ''}|${a.subjectId}`, a]),
    )
    const changes: Change[] = []
    const problems: LineProblem[] = []
    const writes: Array<() => void> = []
    const insert = db.prepare(
      'INSERT INTO teaching_assignment (class_id, subgroup_id, subject_id, teacher_id) VALUES (?, ?, ?, ?)',
    )
    const update = db.prepare('UPDATE teaching_assignment SET teacher_id = ? WHERE id = ?')

    for (const {line, row} of rows) {
      const r = resolve(row)
      if (Array.isArray(r)) {
        problems.push(...r.map((x) => ({line, ...x})))
        continue
      }
      const label = `${row.className}${row.subgroup ? ` (${row.subgroup})` : ''}: ${r.subjectName}`
      const old = stored.get(`${r.classId}|${r.subgroupId ?? ''}|${r.subjectId}`)
      if (!old) {
        if (mode === 'update') {
          problems.push({line, key: 'import.notFound'})
          continue
        }
        changes.push({op: '+', entity: 'assignment', name: `${label} — ${r.teacherName}`, line})
        writes.push(() => insert.run(r.classId, r.subgroupId, r.subjectId, r.teacherId))
        continue
      }
      if (mode === 'insert') {
        problems.push({line, key: 'import.alreadyExists', params: {name: label}})
        continue
      }
      const fields = diff({teacher: old.teacher}, {teacher: r.teacherName})
      changes.push({op: fields.length ? '~' : '=', entity: 'assignment', name: label, line, fields})
      if (fields.length) writes.push(() => update.run(r.teacherId, old.id))
    }
    return {changes, problems, apply: () => writes.forEach((w) => w())}
  },
}
