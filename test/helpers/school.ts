// A small school put straight into a real workspace database, for features that read classes
// and pupils before the importers exist in a test's path.
import Database from 'better-sqlite3'
import {join} from 'node:path'

export interface SeedPupil {
  last: string
  first: string
  cls: string
  yearEnd?: 'repeat' | 'leave'
}

export function seedYear(
  workspace: string,
  yearLabel: string,
  classes: Array<{name: string; teacher?: string; profile?: string}>,
  pupils: SeedPupil[],
): void {
  const db = new Database(join(workspace, 'ejournal.sqlite'))
  try {
    const year = db
      .prepare('SELECT id, starts_on AS startsOn FROM academic_year WHERE label = ?')
      .get(yearLabel) as {id: number; startsOn: string}
    db.transaction(() => {
      for (const c of classes) {
        let teacherId: number | null = null
        if (c.teacher) {
          const [last, first, middle] = c.teacher.split(' ')
          teacherId = Number(
            db
              .prepare(
                'INSERT INTO staff (last_name, first_name, middle_name, roles) VALUES (?, ?, ?, \'["teacher","class_teacher"]\')',
              )
              .run(last, first, middle ?? '').lastInsertRowid,
          )
        }
        db.prepare(
          'INSERT INTO class (year_id, grade, letter, profile, class_teacher_id) VALUES (?, ?, ?, ?, ?)',
        ).run(year.id, Number(c.name.slice(0, -1)), c.name.slice(-1), c.profile ?? null, teacherId)
      }
      for (const p of pupils) {
        const id = db
          .prepare('INSERT INTO pupil (last_name, first_name, birth_date) VALUES (?, ?, ?)')
          .run(p.last, p.first, '2015-01-01').lastInsertRowid
        const cls = db.prepare('SELECT id FROM class WHERE year_id = ? AND name = ?').get(year.id, p.cls) as {
          id: number
        }
        db.prepare(
          'INSERT INTO enrollment (pupil_id, class_id, from_date, year_end) VALUES (?, ?, ?, ?)',
        ).run(id, cls.id, year.startsOn, p.yearEnd ?? null)
      }
    })()
  } finally {
    db.close()
  }
}
