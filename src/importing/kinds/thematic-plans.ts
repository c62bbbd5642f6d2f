// thematic_plans.csv: the thematic plan of a class and subject, one row per topic (п. 3.2: made
// in September; the check compares its hours with the curriculum).
import {type Change, diff, type ImportKind, type LineProblem} from '../kind.js'
import {stampInstant} from '../journal-lookups.js'
import {classAndSubject, classLookup, subjectLookup} from '../lookups.js'
import * as p from '../parsers.js'
import {classColumn, subjectColumn} from './common.js'

type Key = 'className' | 'subject' | 'topicNo' | 'topic' | 'hours' | 'createdAt'

export interface PlanItemRow {
  className: string
  subject: string
  topicNo: number
  topic: string
  hours: number
  createdAt: string
}

export const thematicPlansKind: ImportKind<Key, PlanItemRow> = {
  name: 'thematic_plans',
  needsYear: true,
  modes: ['upsert'],
  columns: [
    classColumn,
    subjectColumn,
    {
      key: 'topicNo',
      names: ['№ темы', 'topic_no', 'Номер темы'],
      required: true,
      parse: p.integer(1, 999),
      hint: 'номер темы',
      example: '1',
    },
    {
      key: 'topic',
      names: ['Тема', 'topic'],
      required: true,
      parse: p.text,
      hint: 'тема',
      example: 'Натуральные числа',
    },
    {
      key: 'hours',
      names: ['Часов', 'hours'],
      required: true,
      parse: p.hours,
      hint: 'часов на тему',
      example: '12',
    },
    {
      key: 'createdAt',
      names: ['Создано', 'created_at'],
      required: true,
      parse: p.timestamp,
      hint: 'когда создан план',
      example: '05.09.2026 10:00',
    },
  ],

  toRow: (v, _line, {timezone}) => ({
    row: {
      className: v.className as string,
      subject: v.subject as string,
      topicNo: v.topicNo as number,
      topic: v.topic as string,
      hours: v.hours as number,
      createdAt: stampInstant(v.createdAt as p.Stamp, timezone),
    },
  }),

  key: (r) => `${r.className}|${r.subject.toLowerCase()}|${r.topicNo}`,

  plan(rows, {db, year}) {
    const classes = classLookup(db, year!)
    const subjects = subjectLookup(db)
    const plans = new Map(
      (
        db
          .prepare(
            `SELECT tp.id, tp.class_id AS classId, tp.subject_id AS subjectId, tp.created_at AS createdAt FROM thematic_plan tp
             JOIN class c ON c.id = tp.class_id WHERE c.year_id = ?`,
          )
          .all(year!.id) as Array<{id: number; classId: number; subjectId: number; createdAt: string}>
      ).map((pl) => [`${pl.classId}|${pl.subjectId}`, pl]),
    )
    const items = new Map(
      (
        db
          .prepare('SELECT plan_id AS planId, topic_no AS topicNo, topic, hours FROM thematic_plan_item')
          .all() as Array<{
          planId: number
          topicNo: number
          topic: string
          hours: number
        }>
      ).map((i) => [`${i.planId}|${i.topicNo}`, i]),
    )
    const insertPlan = db.prepare(
      'INSERT INTO thematic_plan (class_id, subject_id, created_at) VALUES (?, ?, ?)',
    )
    const planId = db.prepare('SELECT id FROM thematic_plan WHERE class_id = ? AND subject_id = ?')
    const upsertItem = db.prepare(
      `INSERT INTO thematic_plan_item (plan_id, topic_no, topic, hours) VALUES (?, ?, ?, ?)
       ON CONFLICT (plan_id, topic_no) DO UPDATE SET topic = excluded.topic, hours = excluded.hours`,
    )
    const changes: Change[] = []
    const problems: LineProblem[] = []
    const newPlans = new Map<string, {classId: number; subjectId: number; createdAt: string}>()
    const writes: Array<() => void> = []

    for (const {line, row} of rows) {
      const target = classAndSubject(line, row, classes, subjects, problems)
      if (!target) continue
      const {classId, subjectId} = target
      const key = `${classId}|${subjectId}`
      const plan = plans.get(key)
      if (!plan) {
        const pending = newPlans.get(key)
        // A plan is created when its first topic was: the earliest time in the file.
        if (!pending || row.createdAt < pending.createdAt)
          newPlans.set(key, {classId, subjectId, createdAt: row.createdAt})
      }
      const name = `${row.className}, ${row.subject}, ${row.topicNo}. ${row.topic}`
      const old = plan ? items.get(`${plan.id}|${row.topicNo}`) : undefined
      const fields = old
        ? diff({topic: old.topic, hours: String(old.hours)}, {topic: row.topic, hours: String(row.hours)})
        : []
      changes.push({
        op: !old ? '+' : fields.length ? '~' : '=',
        entity: 'planTopic',
        name,
        line,
        fields: old ? fields : undefined,
      })
      if (!old || fields.length) {
        writes.push(() =>
          upsertItem.run(
            (planId.get(classId, subjectId) as {id: number}).id,
            row.topicNo,
            row.topic,
            row.hours,
          ),
        )
      }
    }
    const apply = () => {
      for (const pl of newPlans.values()) insertPlan.run(pl.classId, pl.subjectId, pl.createdAt)
      writes.forEach((w) => w())
    }
    return {changes, problems, apply}
  },
}
