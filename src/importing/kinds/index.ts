// Every import kind, by the name the command takes.
import {type ImportKind, type KindName} from '../kind.js'
import {assignmentsKind} from './assignments.js'
import {classesKind} from './classes.js'
import {curriculumKind} from './curriculum.js'
import {pupilsKind} from './pupils.js'
import {staffKind} from './staff.js'
import {finalMarksKind} from './final-marks.js'
import {lessonsKind} from './lessons.js'
import {absencesKind, marksKind} from './pupil-entries.js'
import {thematicPlansKind} from './thematic-plans.js'
import {timetableKind} from './timetable.js'

export const KINDS: Record<KindName, ImportKind<string, unknown>> = {
  staff: staffKind as ImportKind<string, unknown>,
  pupils: pupilsKind as ImportKind<string, unknown>,
  classes: classesKind as ImportKind<string, unknown>,
  curriculum: curriculumKind as ImportKind<string, unknown>,
  assignments: assignmentsKind as ImportKind<string, unknown>,
  timetable: timetableKind as ImportKind<string, unknown>,
  thematic_plans: thematicPlansKind as ImportKind<string, unknown>,
  lessons: lessonsKind as ImportKind<string, unknown>,
  marks: marksKind as ImportKind<string, unknown>,
  absences: absencesKind as ImportKind<string, unknown>,
  final_marks: finalMarksKind as ImportKind<string, unknown>,
}

/** The lists, imported one file at a time: `import KIND FILE`. */
export const KIND_NAMES: KindName[] = ['staff', 'pupils', 'classes', 'curriculum', 'assignments', 'timetable']

/** The journal's files, in the order they are applied (marks name lessons): `import journal`. */
export const JOURNAL_KINDS: KindName[] = ['thematic_plans', 'lessons', 'marks', 'absences', 'final_marks']
