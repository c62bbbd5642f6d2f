// Every import kind, by the name the command takes.
import {type ImportKind, type KindName} from '../kind.js'
import {assignmentsKind} from './assignments.js'
import {classesKind} from './classes.js'
import {curriculumKind} from './curriculum.js'
import {pupilsKind} from './pupils.js'
import {staffKind} from './staff.js'
import {timetableKind} from './timetable.js'

export const KINDS: Record<KindName, ImportKind<string, unknown>> = {
  staff: staffKind as ImportKind<string, unknown>,
  pupils: pupilsKind as ImportKind<string, unknown>,
  classes: classesKind as ImportKind<string, unknown>,
  curriculum: curriculumKind as ImportKind<string, unknown>,
  assignments: assignmentsKind as ImportKind<string, unknown>,
  timetable: timetableKind as ImportKind<string, unknown>,
}

export const KIND_NAMES = Object.keys(KINDS) as KindName[]
