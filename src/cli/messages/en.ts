// English messages. The keys are the catalog's contract: ru.ts must have exactly these.
// Each feature with many messages keeps them in a file of its own beside this one.
import {archiveEn} from './archive.js'
import {backupEn} from './backup.js'
import {complianceEn} from './compliance.js'
import {contractEn} from './contract.js'
import {credentialsEn} from './credentials.js'
import {filesEn} from './files.js'
import {feelEn} from './feel.js'
import {enrollEn} from './enroll.js'
import {importingEn} from './importing.js'
import {guidanceEn} from './guidance.js'
import {filtersEn} from './filters.js'
import {helpEn} from './help.js'
import {journalEn} from './journal.js'
import {limitsEn} from './limits.js'
import {reportsEn} from './reports.js'
import {subgroupsEn} from './subgroups.js'
import {tablesEn} from './tables.js'

export const en = {
  ...importingEn,
  ...journalEn,
  ...helpEn,
  ...limitsEn,
  ...enrollEn,
  ...filtersEn,
  ...backupEn,
  ...archiveEn,
  ...credentialsEn,
  ...subgroupsEn,
  ...tablesEn,
  ...complianceEn,
  ...reportsEn,
  ...feelEn,
  ...filesEn,
  ...guidanceEn,
  ...contractEn,
  'cli.usage': 'Command line error: {reason}\nHelp: ejournal help',
  'cli.internal':
    'Internal error: {reason}. Run again with EJOURNAL_DEBUG=1 to see where it happened, and report it.',
  'cli.badDate': '--{flag}: «{value}» is not a date; use dd.mm.yyyy or yyyy-mm-dd.',
  'cli.dryRun': 'Dry run: nothing was written.',

  'workspace.missing':
    'No ejournal workspace in {dir}. Create one with «ejournal init», or point to it with --workspace DIR or EJOURNAL_HOME.',
  'workspace.exists': 'A workspace already exists in {dir}; nothing was changed.',
  'workspace.badSettings': 'Cannot read {file}: {reason}. Fix the file (it is JSON) and run again.',
  'db.newer':
    'The database {file} was written by a newer ejournal (schema {found}; this program knows {known}). Update ejournal; the database was not touched.',
  'db.needsMigration':
    'The database {file} needs an upgrade; run any command that writes, e.g. «ejournal year list», without read-only mode.',

  'init.schoolNameRequired':
    'The school name is required: pass --school-name "…" (or run «ejournal init» in a terminal).',
  'init.badTimezone':
    '«{zone}» is not a time zone; use an IANA name such as Europe/Moscow or Asia/Vladivostok.',
  'init.askSchool': 'School name',
  'init.askZone': 'Time zone of the school',
  'init.askWeek': 'Days in the school week',
  'init.done':
    'Workspace created in {dir}.\nThe backup key is {key}: keep a copy off this machine — without it backups cannot be restored.\nNext: ejournal year open {label} --preset quarters',
  'init.audit': 'workspace created, time zone {zone}',

  'input.refused': '{file}: {count|problem|problems} found; nothing was written.',
  'input.cannotRead': 'cannot read the file ({reason})',
  'input.empty': 'the file is empty',
  'input.notText': 'this is not a text file (CSV in UTF-8 or Windows-1251 expected)',
  'input.malformedCsv': 'the CSV is malformed: {reason}',
  'input.missingColumn': 'required column missing: {names}',
  'input.extraCells': 'the row has {count} cells but the header has {headers}',
  'input.badDate': 'column «{column}»: «{value}» is not a date (dd.mm.yyyy or yyyy-mm-dd)',
  'input.badClass': 'column «{column}»: «{value}» is not a class name such as 5А',

  'calendar.badKind':
    'column «{column}»: «{value}» is not a kind; use четверть, полугодие, триместр, каникулы, праздник or карантин',
  'calendar.endBeforeStart': 'column «{column}»: the end {value} is before the start',
  'calendar.badGrades': 'column «{column}»: «{value}» is not a list of grades such as 1-4 or 10,11',
  'calendar.badPeriodNumber': 'column «{column}»: a period needs a number from 1 to 4, not «{value}»',
  'calendar.noPeriods': 'the calendar has no periods (четверть, полугодие or триместр)',
  'calendar.periodsOverlap': 'periods {a} and {b} overlap for the same grades',

  'audit.empty': 'The audit log has no entries for this selection.',
  'audit.col.at': 'Time (school)',
  'audit.col.user': 'User',
  'audit.col.action': 'Action',
  'audit.col.object': 'Object',
  'audit.col.outcome': 'Outcome',
  'audit.col.arguments': 'Arguments',

  'year.badLabel': '«{label}» is not a school year; write it as 2026/2027.',
  'year.notFound': 'There is no school year {label}. There are: {known}',
  'year.calendarOrPreset': 'Give either --calendar FILE or --preset, not both.',
  'year.calendarMismatch': 'The calendar runs {from}–{to}, which is not the school year {label}.',
  'year.overlaps': 'The year {label} would overlap the year {other}; nothing was written.',
  'year.existsDifferent':
    'The year {label} already exists with a different calendar; nothing was written. Compare with «ejournal year status {label}».',
  'year.noPreviousYear': 'There is no earlier year to promote from into {label}.',
  'year.open.create':
    'Year {year}: {from} – {to}, {periods|period|periods}, {days|non-school span|non-school spans} (vacations, holidays).',
  'year.open.exists': 'Year {year} already exists with this calendar.',
  'year.open.promoteFrom': 'Promotion from {year}:',
  'year.open.graduates': 'graduates',
  'year.open.newClass': 'new class',
  'year.open.classCounts': '{moved} moved, {leaving} leaving, {staying} staying',
  'year.open.leaves': 'leaves (graduated)',
  'year.open.repeats': 'stays in the same grade',
  'year.open.totals':
    'Total: {moved|pupil|pupils} moved up, {leaving} leaving, {staying} staying; {curriculum|curriculum row|curriculum rows} and {subgroups|subgroup|subgroups} to copy.',
  'year.open.unchanged': 'Nothing to change.',
  'year.open.done': 'Year {year} is open. Next: import the lists, then «ejournal year status».',
  'year.open.audit': 'opened {from}–{to}; {moved} moved up, {leaving} left',
  'year.list.empty': 'No school years yet. Open one with «ejournal year open {label} --preset quarters».',
  'year.col.label': 'Year',
  'year.col.starts': 'Starts',
  'year.col.ends': 'Ends',
  'year.col.status': 'Status',
  'year.status.planned': 'planned',
  'year.status.open': 'open',
  'year.status.closed': 'closed',
  'year.status.archived': 'archived',
  'year.status.header':
    'School year {year} ({status}), {from} – {to}: {classes|class|classes}, {pupils|pupil|pupils}.',
  'year.status.deadline': 'due {date}',
  'year.status.overdue': 'overdue',
  'year.item.profile-classes': 'Profile classes named (grades 10–11)',
  'year.item.class-teachers': 'Class teachers assigned',
  'year.item.calendar': 'Vacations and holidays entered',
  'year.item.curriculum': 'Curriculum for every grade',
  'year.item.pupils': 'Pupils in every class',
  'year.item.teachers': 'Teachers for every class',
  'year.item.year-opened': 'School year opened',
  'year.item.timetable': 'Timetable entered',
  'year.item.subgroups': 'Subgroups formed',
  'list.col.pupil': 'Pupil',
  'list.col.name': 'Name',
  'list.col.birthDate': 'Born',
  'list.col.class': 'Class',
  'list.col.languages': 'Languages',
  'list.col.parents': 'Parents',
  'list.col.history': 'Movements',
  'list.col.position': 'Position',
  'list.col.roles': 'Roles',
  'list.col.profile': 'Profile',
  'list.col.classTeacher': 'Class teacher',
  'list.col.weekDays': 'Week',
  'list.col.pupils': 'Pupils',
  'list.col.gradeOrClass': 'Grade/class',
  'list.col.subject': 'Subject',
  'list.col.hours': 'Hours/week',
  'list.col.split': 'Subgroups',
  'list.col.assessment': 'Assessment',
  'list.col.weekday': 'Day',
  'list.col.teacher': 'Teacher',
  'list.col.valid': 'Valid',
  'list.role.teacher': 'teacher',
  'list.role.class_teacher': 'class teacher',
  'list.role.deputy': 'deputy director',
  'list.role.admin': 'administrator',
  'list.assessment.marks': 'marks',
  'list.assessment.pass_fail': 'pass/fail',
  'list.assessment.none': 'not assessed',
  'list.weekday.1': 'Mon',
  'list.weekday.2': 'Tue',
  'list.weekday.3': 'Wed',
  'list.weekday.4': 'Thu',
  'list.weekday.5': 'Fri',
  'list.weekday.6': 'Sat',
} as const
