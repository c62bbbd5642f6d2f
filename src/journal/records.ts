// Records the completeness rules count: a class teacher's check of the class list (п. 3.3) and a
// run of progress letters to parents (п. 3.3).
import {osUser} from '../audit/audit-log.js'
import {type Db} from '../db/open.js'
import {type Year} from '../year/store.js'
import {findClass} from '../lists/lookup.js'

export function recordListCheck(db: Db, year: Year, className: string, at: Date): void {
  db.prepare('INSERT INTO class_list_check (class_id, checked_at, os_user) VALUES (?, ?, ?)').run(
    findClass(db, year, className).id,
    at.toISOString(),
    osUser(),
  )
}

export function recordLetterRun(db: Db, year: Year, className: string, at: Date, letters: number): void {
  db.prepare('INSERT INTO letter_log (class_id, sent_at, letters, os_user) VALUES (?, ?, ?, ?)').run(
    findClass(db, year, className).id,
    at.toISOString(),
    letters,
    osUser(),
  )
}
