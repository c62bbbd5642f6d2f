// Records the completeness rules count: a class teacher's check of the class list (п. 3.3) and a
// run of progress letters to parents (п. 3.3).
import {osUser} from '../audit/audit-log.js'
import {ConflictError} from '../cli/errors.js'
import {type Db} from '../db/open.js'
import {type Year} from '../year/store.js'

function classId(db: Db, year: Year, className: string): number {
  const cls = db.prepare('SELECT id FROM class WHERE year_id = ? AND name = ?').get(year.id, className) as
    {id: number} | undefined
  if (!cls) throw new ConflictError('journal.noSuchClass', {class: className})
  return cls.id
}

export function recordListCheck(db: Db, year: Year, className: string, at: Date): void {
  db.prepare('INSERT INTO class_list_check (class_id, checked_at, os_user) VALUES (?, ?, ?)').run(
    classId(db, year, className),
    at.toISOString(),
    osUser(),
  )
}

export function recordLetterRun(db: Db, year: Year, className: string, at: Date, letters: number): void {
  db.prepare('INSERT INTO letter_log (class_id, sent_at, letters, os_user) VALUES (?, ?, ?, ?)').run(
    classId(db, year, className),
    at.toISOString(),
    letters,
    osUser(),
  )
}
