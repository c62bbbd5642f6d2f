// `letters --class 5А`: the class teacher's progress letter to parents every two weeks (п. 3.3).
// For every pupil of the class, the marks of the span by subject and the absences, from an
// editable Russian template (templates/letters/letter.txt; a copy in the workspace's own
// templates/letters/ wins): one PDF with a letter per page to print, and an .eml per parent
// e-mail, ready to send, in exports/<date>/<class>/ (files 0600, folders 0700); a later run of the
// same day gets a folder of its own (<class>-2 …), so that the letters already sent stay as they were.
// A parent without e-mail gets no .eml and is listed, so that the class teacher prints their letter.
// Each run is recorded in letter_log (the parent-letters rule of the check counts it).
import {randomUUID} from 'node:crypto'
import {existsSync, readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'

import {addDays, formatRu, type IsoDate} from '../calendar/dates.js'
import {schoolDate} from '../calendar/zone.js'
import {ConflictError, UsageError} from '../cli/errors.js'
import {format} from '../cli/i18n.js'
import {packageRoot} from '../core/package-root.js'
import {type Db} from '../db/open.js'
import {recordLetterRun} from '../journal/records.js'
import {type Year} from '../year/store.js'
import {email as emailParser} from '../importing/parsers.js'
import {asciiAddress, buildEml, checkHeaderValue, type Mailbox, parseMailbox} from './eml.js'
import {newExportsFolder, writeOutputFile} from '../core/private-files.js'
import {formatMean} from './metrics.js'
import {type PdfWriter, writePdf} from './pdf.js'
import {classPupils, marksText, type PupilProgress, pupilProgress} from './progress.js'

export type TemplateLine =
  {kind: 'heading'; text: string} | {kind: 'text'; text: string} | {kind: 'gap'} | {kind: 'marks'}

export interface LetterTemplate {
  subject: string
  lines: TemplateLine[]
}

export const TEMPLATE_PATH = join('templates', 'letters', 'letter.txt')

/** The school's own copy in the workspace, else the one shipped with the program. */
export function templateFile(workspaceDir: string): string {
  const own = join(workspaceDir, TEMPLATE_PATH)
  return existsSync(own) ? own : join(packageRoot(), TEMPLATE_PATH)
}

/** Pure: «#» comments dropped, «Тема:» the subject, «## » headings, {marks} the table, blank lines gaps. */
export function parseTemplate(text: string): LetterTemplate {
  let subject = 'Успеваемость: {pupil}, {class} класс, {from} – {to}'
  const lines: TemplateLine[] = []
  for (const raw of text.replace(/^\ufeff/, '').split(/\r?\n/)) {
    if (raw.startsWith('#') && !raw.startsWith('## ')) continue
    const line = raw.trimEnd()
    const topic = /^Тема:\s*(.*)$/.exec(line)
    if (topic) subject = topic[1]!
    else if (line.trim() === '{marks}') lines.push({kind: 'marks'})
    else if (line.startsWith('## ')) lines.push({kind: 'heading', text: line.slice(3).trim()})
    else if (line.trim() === '') {
      if (lines.length && lines.at(-1)!.kind !== 'gap') lines.push({kind: 'gap'})
    } else lines.push({kind: 'text', text: line})
  }
  while (lines.at(-1)?.kind === 'gap') lines.pop()
  return {subject, lines}
}

export function readTemplate(workspaceDir: string): LetterTemplate {
  return parseTemplate(readFileSync(templateFile(workspaceDir), 'utf8'))
}

/** The values of a letter's placeholders. */
export function letterValues(
  p: PupilProgress,
  options: {school: string; date: IsoDate; parent: string},
): Record<string, string | number> {
  return {
    school: options.school,
    parent: options.parent,
    pupil: p.pupil,
    class: p.class,
    from: formatRu(p.from),
    to: formatRu(p.to),
    date: formatRu(options.date),
    classTeacher: p.classTeacher?.name ?? '—',
    absences: p.absences.total,
    excused: p.absences.excused,
    illness: p.absences.illness,
    unexcused: p.absences.unexcused,
    late: p.absences.late,
  }
}

const fill = (text: string, values: Record<string, string | number>) => format('ru', text, values)

/** The letter as plain text (the e-mail's body). Pure. */
export function letterText(
  template: LetterTemplate,
  p: PupilProgress,
  values: Record<string, string | number>,
): string {
  const out: string[] = []
  for (const line of template.lines) {
    if (line.kind === 'gap') out.push('')
    else if (line.kind === 'marks') {
      for (const s of p.subjects)
        out.push(
          s.marks.length
            ? `${s.subject}: ${marksText(s)}${s.mean === null ? '' : `; средний балл ${formatMean(s.mean)}`}`
            : `${s.subject}: отметок нет`,
        )
      if (p.subjects.length === 0) out.push('Отметок за этот период нет.')
    } else out.push(fill(line.text, values))
  }
  return out.join('\n') + '\n'
}

/** One letter on one page of the PDF. */
function drawLetter(
  w: PdfWriter,
  template: LetterTemplate,
  p: PupilProgress,
  values: Record<string, string | number>,
) {
  w.newPage()
  for (const line of template.lines) {
    if (line.kind === 'gap') w.space(6)
    else if (line.kind === 'heading') w.heading(fill(line.text, values), 2)
    else if (line.kind === 'marks') {
      if (p.subjects.length === 0) w.paragraph('Отметок за этот период нет.')
      else
        w.table(
          {
            headers: ['Предмет', 'Отметки', 'Средний балл'],
            rows: p.subjects.map((s) => [
              s.subject,
              marksText(s) || 'отметок нет',
              s.mean === null ? '' : formatMean(s.mean),
            ]),
            numeric: [false, false, true],
            widths: [30, 55, 15],
          },
          9,
        )
    } else w.paragraph(fill(line.text, values), {size: 10.5})
  }
}

export interface LettersRequest {
  year: Year
  className: string
  /** Default: the day of the class's last letter run, else 14 days before today. */
  since?: IsoDate
  today: IsoDate
  now: Date
  timezone: string
  school: string
  workspaceDir: string
  files: 'both' | 'pdf' | 'eml'
  /** The From address («admin@school.ru» or «Школа №1 <admin@school.ru>»); default the class teacher's e-mail. */
  sender?: string
  dryRun: boolean
}

export interface LetterEmail {
  parent: string
  email: string
  file: string
}

export interface PupilLetter extends PupilProgress {
  emails: LetterEmail[]
  /** Parents without e-mail (or «—» when the pupil has no parent entered): print their letter. */
  toPrint: string[]
}

/** The --json contract of `letters`. */
export interface LettersResult {
  class: string
  from: IsoDate
  to: IsoDate
  /** exports/<date>/<class> (<class>-2 … for a later run of the day); null on --dry-run. */
  dir: string | null
  pdf: string | null
  letters: number
  pupils: PupilLetter[]
  /** The pupils whose letter must be printed, and for whom. */
  print: Array<{pupil: string; parent: string | null}>
  dryRun: boolean
  recorded: {at: string} | null
}

/** The last letter run of the class, as a school date; null when there has been none. */
export function lastLetterRun(db: Db, year: Year, className: string, timezone: string): IsoDate | null {
  const row = db
    .prepare(
      `SELECT max(l.sent_at) AS at FROM letter_log l JOIN class c ON c.id = l.class_id WHERE c.year_id = ? AND c.name = ?`,
    )
    .get(year.id, className) as {at: string | null}
  return row.at ? schoolDate(new Date(row.at), timezone) : null
}

/** Safe, readable file names: «01_Иванова_Мария». */
function fileStem(n: number, pupil: string): string {
  const [last, first] = pupil.split(' ')
  const name = [last, first]
    .filter(Boolean)
    .join('_')
    .replace(/[^\p{L}\p{N}_-]+/gu, '_')
  return `${String(n).padStart(2, '0')}_${name}`
}

/**
 * The From of the e-mails: --sender («admin@school.ru» or «Школа №1 <admin@school.ru>»; a bare
 * address takes the class teacher's name), else the class teacher. Refused when it would break a
 * header or is not an address (the importer's own check).
 */
function senderOf(
  given: string | undefined,
  teacher: {name: string; email: string | null} | null,
  school: string,
  className: string,
): Mailbox {
  if (given !== undefined) checkHeaderValue('From', given)
  const parsed = given === undefined ? null : parseMailbox(given)
  const email = parsed?.email ?? teacher?.email
  if (!email) throw new UsageError('report.letters.noSender', {class: className})
  if (!emailParser(email).ok) throw new UsageError('letters.badSender', {value: given ?? email})
  return {name: parsed?.name ?? teacher?.name ?? school, email}
}

export async function runLetters(db: Db, request: LettersRequest): Promise<LettersResult> {
  const {year, className, today} = request
  const from = request.since ?? lastLetterRun(db, year, className, request.timezone) ?? addDays(today, -14)
  if (from > today) throw new UsageError('report.badSpan', {from: formatRu(from), to: formatRu(today)})
  const ids = classPupils(db, year, className, today)
  if (ids.length === 0) throw new ConflictError('report.letters.noPupils', {class: className})
  const progress = pupilProgress(db, year, ids, from, today)
  const template = readTemplate(request.workspaceDir)
  const wantEml = request.files !== 'pdf'
  const wantPdf = request.files !== 'eml'
  const teacher = progress[0]?.classTeacher ?? null
  const anyEmail = progress.some((p) => p.parents.some((pa) => pa.email))
  const sender = wantEml && anyEmail ? senderOf(request.sender, teacher, request.school, className) : null

  const pupils: PupilLetter[] = progress.map((p, i) => {
    const seen = new Set<string>()
    const emails: LetterEmail[] = []
    for (const pa of p.parents) {
      if (!pa.email || seen.has(pa.email.toLowerCase())) continue
      seen.add(pa.email.toLowerCase())
      if (!emailParser(pa.email).ok)
        throw new UsageError('letters.badRecipient', {parent: pa.name, pupil: p.pupil, value: pa.email})
      const stem = fileStem(i + 1, p.pupil)
      emails.push({
        parent: pa.name,
        email: pa.email,
        file: `${stem}${emails.length ? `_${emails.length + 1}` : ''}.eml`,
      })
    }
    const toPrint = p.parents.length === 0 ? ['—'] : p.parents.filter((pa) => !pa.email).map((pa) => pa.name)
    return {...p, emails, toPrint}
  })
  const print = pupils.flatMap((p) =>
    p.toPrint.map((parent) => ({pupil: p.pupil, parent: parent === '—' ? null : parent})),
  )
  // Every e-mail is made before anything is written: a header refused leaves no file behind.
  const emls = new Map<LetterEmail, string>()
  if (sender) {
    const domain = asciiAddress(sender.email).split('@')[1]
    for (const p of pupils)
      for (const e of p.emails) {
        const values = letterValues(p, {school: request.school, date: today, parent: e.parent})
        emls.set(
          e,
          buildEml({
            from: sender,
            to: {name: e.parent, email: e.email},
            subject: fill(template.subject, values),
            date: request.now,
            timezone: request.timezone,
            messageId: `<${randomUUID()}@${domain}>`,
            body: letterText(template, p, values),
          }),
        )
      }
  }

  const dir = request.dryRun ? null : newExportsFolder(request.workspaceDir, today, className)
  const pdf = dir && wantPdf ? join(dir, 'letters.pdf') : null
  if (dir) {
    for (const p of pupils) for (const e of p.emails) e.file = join(dir, e.file)
    try {
      if (pdf)
        await writePdf(
          pdf,
          {title: `Письма родителям, ${className}, ${formatRu(from)} – ${formatRu(today)}`, footer: false},
          (w) => {
            for (const p of pupils) {
              const parents = p.parents.map((pa) => pa.name).join(', ') || 'родители (законные представители)'
              drawLetter(
                w,
                template,
                p,
                letterValues(p, {school: request.school, date: today, parent: parents}),
              )
            }
          },
        )
      for (const [e, eml] of emls) writeOutputFile(e.file, eml)
    } catch (error) {
      // The run's own new folder: a run that failed leaves nothing half written.
      rmSync(dir, {recursive: true, force: true})
      throw error
    }
    recordLetterRun(db, year, className, request.now, pupils.length)
  }
  return {
    class: className,
    from,
    to: today,
    dir,
    pdf,
    letters: pupils.length,
    pupils: wantEml ? pupils : pupils.map((p) => ({...p, emails: []})),
    print: wantEml ? print : pupils.map((p) => ({pupil: p.pupil, parent: null})),
    dryRun: request.dryRun,
    recorded: dir ? {at: request.now.toISOString()} : null,
  }
}
