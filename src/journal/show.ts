// journal show: the page a deputy director opens — a class's lessons of one subject with topic,
// homework, marks and absences. One query; marks and absences aggregated in SQL.
import {type IsoDate} from '../calendar/dates.js'
import {type Db} from '../db/open.js'
import {type Year} from '../year/store.js'
import {findClass, findSubject} from '../lists/lookup.js'

export interface JournalLesson {
  date: IsoDate
  lessonNo: number
  subgroup: string | null
  teacher: string
  substitution: boolean
  topic: string | null
  lessonType: string
  homework: string | null
  topicEnteredAt: string | null
  marks: Array<{pupil: string; value: string}>
  absences: Array<{pupil: string; reason: string}>
}

export interface JournalPage {
  class: string
  subject: string
  lessons: JournalLesson[]
}

export function journalPage(
  db: Db,
  year: Year,
  className: string,
  subject: string,
  from?: IsoDate,
  to?: IsoDate,
): JournalPage {
  const cls = findClass(db, year, className)
  const subj = findSubject(db, subject)
  const rows = db
    .prepare(
      `SELECT l.date, l.lesson_no AS lessonNo, g.name AS subgroup, l.substitution, l.topic, l.lesson_type AS lessonType,
              l.homework, l.topic_entered_at AS topicEnteredAt,
              trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name) AS teacher,
              (SELECT json_group_array(json_object('pupil', p.last_name || ' ' || p.first_name, 'value', m.value))
                 FROM (SELECT * FROM mark WHERE lesson_id = l.id) m JOIN pupil p ON p.id = m.pupil_id) AS marks,
              (SELECT json_group_array(json_object('pupil', p.last_name || ' ' || p.first_name, 'reason', a.reason))
                 FROM (SELECT * FROM absence WHERE lesson_id = l.id) a JOIN pupil p ON p.id = a.pupil_id) AS absences
       FROM lesson l JOIN staff s ON s.id = l.teacher_id LEFT JOIN subgroup g ON g.id = l.subgroup_id
       WHERE l.class_id = @class AND l.subject_id = @subject
         AND (@from IS NULL OR l.date >= @from) AND (@to IS NULL OR l.date <= @to)
       ORDER BY l.date, l.lesson_no, g.name`,
    )
    .all({class: cls.id, subject: subj.id, from: from ?? null, to: to ?? null}) as Array<
    Omit<JournalLesson, 'marks' | 'absences' | 'substitution'> & {
      marks: string
      absences: string
      substitution: number
    }
  >
  return {
    class: cls.name,
    subject: subj.name,
    lessons: rows.map((r) => ({
      ...r,
      substitution: Boolean(r.substitution),
      marks: JSON.parse(r.marks) as JournalLesson['marks'],
      absences: JSON.parse(r.absences) as JournalLesson['absences'],
    })),
  }
}
