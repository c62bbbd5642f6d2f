// Credential slips (п. 2.4): the only place besides `--show` where a temporary password exists in
// clear. One PDF of cut-out slips (or one CSV) per class or subgroup and role, so that a class
// teacher takes one folder and hands out its slips: exports/2026-09-01/5А/5А-ученики.pdf and
// 5А-родители.pdf; the staff's slips beside the class folders: exports/2026-09-01/учителя.pdf.
// Files are 0600 in 0700 folders and never overwritten: a second issue on the same day gets
// 5А-ученики-2.pdf, because the passwords in the first file exist nowhere else.
import {closeSync, createWriteStream, mkdirSync, openSync, readFileSync, unlinkSync, writeSync} from 'node:fs'
import {dirname, extname, join} from 'node:path'
import {finished} from 'node:stream/promises'

import {InputError, type InputProblem} from '../cli/errors.js'
import {toCsv} from '../cli/render.js'
import {type FontName, registerFonts} from '../core/fonts.js'
import {packageRoot} from '../core/package-root.js'

export type SlipRole = 'teacher' | 'pupil' | 'parent'

export interface Slip {
  school: string
  /** ФИО of the account's owner. */
  name: string
  role: SlipRole
  login: string
  password: string
  portal: string
  /** Parents' slips: the child's ФИО. */
  child?: string
  /** Pupils' and parents' slips: the class, e.g. 5А. */
  className?: string
}

export type SlipFormat = 'pdf' | 'csv'

// Slips are documents, so always Russian, in the regulation's words.
const ROLE_LABEL: Record<SlipRole, string> = {
  teacher: 'учитель',
  pupil: 'обучающийся',
  parent: 'родитель (законный представитель)',
}

/** The role in a file name (plural: whose pack it is) and as a line mark in the template. */
const ROLE_WORDS: Record<SlipRole, {file: string; mark: string}> = {
  teacher: {file: 'учителя', mark: 'учитель'},
  pupil: {file: 'ученики', mark: 'ученик'},
  parent: {file: 'родители', mark: 'родитель'},
}

/** A class or subgroup name as a file name: no path separators, nothing Windows refuses. */
function fileSafe(text: string): string {
  const safe = text
    .replace(/[/\\:*?"<>|\p{Cc}]/gu, '_')
    .trim()
    .replace(/^\.+/, '')
  if (!safe) throw new Error(`no file name can be made of «${text}»`)
  return safe
}

/** exports/<yyyy-mm-dd>/<class or subgroup>: one folder per class teacher's pack and day. */
export function slipFolder(exportsDir: string, date: string, classOrGroup: string): string {
  return join(exportsDir, date, fileSafe(classOrGroup))
}

/** Whose pack, in the plural as in file names: учителя, ученики, родители. */
export function packWord(role: SlipRole): string {
  return ROLE_WORDS[role].file
}

/** 5А-ученики.pdf, 5А-родители.csv; null (the staff) gives учителя.pdf. */
export function slipFileName(classOrGroup: string | null, role: SlipRole, format: SlipFormat): string {
  const who = ROLE_WORDS[role].file
  return `${classOrGroup === null ? who : `${fileSafe(classOrGroup)}-${who}`}.${format}`
}

// The template ----------------------------------------------------------------------------

const FIELDS = ['school', 'name', 'role', 'login', 'password', 'portal', 'child', 'class'] as const
type Field = (typeof FIELDS)[number]

export interface SlipTemplate {
  lines: Array<{role: SlipRole | null; text: string}>
}

/**
 * A printed line: runs of text, the name in bold, the login and password in large monospace.
 * A line with the login, password or portal address is never wrapped (see fittingFontSize).
 */
export type SlipLine = Array<{text: string; style: RunStyle}>
type RunStyle = 'plain' | 'name' | 'secret' | 'portal'

const STYLE: Partial<Record<Field, RunStyle>> = {
  name: 'name',
  login: 'secret',
  password: 'secret',
  portal: 'portal',
}

export const SLIP_TEMPLATE_FILE = join('templates', 'credentials', 'slip.txt')

/**
 * Reads the Russian slip template: `#` lines are comments, a line marked [учитель], [ученик] or
 * [родитель] is printed on that role's slips only. An unknown placeholder or mark, or no
 * {login} or {password} on the lines everyone gets, refuses the file whole.
 */
export function parseSlipTemplate(text: string, file: string): SlipTemplate {
  const problems: InputProblem[] = []
  const problem = (line: number, column: number | null, value: string, key: InputProblem['key']) =>
    problems.push({file, line, column, columnName: null, value, key, params: {known: placeholderList()}})
  const lines: SlipTemplate['lines'] = []
  text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      if (raw.startsWith('#')) return
      const marked = /^\[([^\]]*)\]\s*/.exec(raw)
      const role = marked
        ? (Object.keys(ROLE_WORDS) as SlipRole[]).find(
            (r) => ROLE_WORDS[r].mark === marked[1]!.trim().toLowerCase(),
          )
        : null
      if (role === undefined) problem(index + 1, 1, marked![0].trim(), 'credentials.templateUnknownMark')
      const line = raw.slice(marked?.[0].length ?? 0).trimEnd()
      for (const m of line.matchAll(/\{([^}]*)\}/g))
        if (!(FIELDS as readonly string[]).includes(m[1]!))
          problem(
            index + 1,
            (marked?.[0].length ?? 0) + m.index + 1,
            m[0],
            'credentials.templateUnknownPlaceholder',
          )
      if (role !== undefined) lines.push({role, text: line})
    })
  while (lines.length && !lines[lines.length - 1]!.text) lines.pop()
  for (const required of ['{login}', '{password}'])
    if (!lines.some((l) => l.role === null && l.text.includes(required)))
      problem(1, null, required, 'credentials.templateWithout')
  if (problems.length) throw new InputError(file, problems)
  return {lines}
}

function placeholderList(): string {
  return FIELDS.map((f) => `{${f}}`).join(' ')
}

/** The package's template, templates/credentials/slip.txt. */
export function readSlipTemplate(file: string = join(packageRoot(), SLIP_TEMPLATE_FILE)): SlipTemplate {
  return parseSlipTemplate(readFileSync(file, 'utf8'), file)
}

/** The slip's lines: the template with its role's lines and the placeholders filled in. */
export function slipLines(template: SlipTemplate, slip: Slip): SlipLine[] {
  const values: Record<Field, string> = {
    school: slip.school,
    name: slip.name,
    role: ROLE_LABEL[slip.role],
    login: slip.login,
    password: slip.password,
    portal: slip.portal,
    child: slip.child ?? '',
    class: slip.className ?? '',
  }
  return template.lines
    .filter((l) => l.role === null || l.role === slip.role)
    .map((l) =>
      l.text
        .split(/\{(\w+)\}/)
        .map((part, i): SlipLine[number] =>
          i % 2 === 0
            ? {text: part, style: 'plain'}
            : {text: values[part as Field], style: STYLE[part as Field] ?? 'plain'},
        )
        .filter((run) => run.text),
    )
}

// Files ------------------------------------------------------------------------------------

/**
 * Creates the file 0600 (its folders 0700), or, when it exists, name-2, name-3 …: exclusive
 * creation, so that an earlier pack is never overwritten. Returns the path and descriptor.
 */
export function createPrivateFile(file: string): {path: string; fd: number} {
  mkdirSync(dirname(file), {recursive: true, mode: 0o700})
  const ext = extname(file)
  for (let copy = 1; ; copy++) {
    const path = copy === 1 ? file : `${file.slice(0, -ext.length)}-${copy}${ext}`
    try {
      return {path, fd: openSync(path, 'wx', 0o600)}
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}

/** The same slips as a table for Excel: UTF-8 with BOM, «;». Returns the path written. */
export async function writeSlipsCsv(file: string, slips: readonly Slip[]): Promise<string> {
  const csv = await toCsv(
    ['Школа', 'ФИО', 'Роль', 'Логин', 'Временный пароль', 'Адрес журнала', 'Ребёнок', 'Класс'],
    slips.map((s) => [
      s.school,
      s.name,
      ROLE_LABEL[s.role],
      s.login,
      s.password,
      s.portal,
      s.child ?? '',
      s.className ?? '',
    ]),
  )
  const {path, fd} = createPrivateFile(file)
  try {
    writeSync(fd, csv)
  } catch (error) {
    unlinkSync(path)
    throw error
  } finally {
    closeSync(fd)
  }
  return path
}

// A4 in points, cut into 2 × 4 slips inside a margin of about 1 cm.
const PAGE = {width: 595.28, height: 841.89, margin: 28}
const GRID = {columns: 2, rows: 4}
const CELL = {
  width: (PAGE.width - 2 * PAGE.margin) / GRID.columns,
  height: (PAGE.height - 2 * PAGE.margin) / GRID.rows,
  padding: 12,
}
const SLIPS_PER_PAGE = GRID.columns * GRID.rows
const FONT_SIZE = {largest: 10, smallest: 6, secretExtra: 2, heading: 7}
const LINE_GAP = 2

const FONT: Record<RunStyle, FontName> = {
  plain: 'sans',
  portal: 'sans',
  name: 'bold',
  secret: 'mono',
}

export interface SlipPdfOptions {
  /** Printed small above the slips on every page, e.g. «МБОУ СОШ № 23 · 5А · ученики · 01.09.2026». */
  heading: string
  /** Default: the package's templates/credentials/slip.txt. */
  template?: SlipTemplate
}

/**
 * Writes the slips as an A4 PDF, 8 to a page between dashed cut lines, in DejaVu (Cyrillic),
 * streamed to disk. Returns the path written (see createPrivateFile); a failed write leaves
 * no file behind.
 */
export async function writeSlipsPdf(
  file: string,
  slips: readonly Slip[],
  options: SlipPdfOptions,
): Promise<string> {
  if (slips.length === 0) throw new Error('writeSlipsPdf: no slips')
  const template = options.template ?? readSlipTemplate()
  const {default: PDFDocument} = await import('pdfkit')
  const {path, fd} = createPrivateFile(file)
  const out = createWriteStream(path, {fd})
  try {
    const doc = new PDFDocument({size: 'A4', margin: 0, autoFirstPage: false, info: {Title: options.heading}})
    doc.pipe(out)
    registerFonts(doc)
    const pages = Math.ceil(slips.length / SLIPS_PER_PAGE)
    for (let page = 0; page < pages; page++) {
      const onPage = slips.slice(page * SLIPS_PER_PAGE, (page + 1) * SLIPS_PER_PAGE)
      doc.addPage()
      doc
        .font('sans')
        .fontSize(FONT_SIZE.heading)
        .fillColor('#555555')
        .text(`${options.heading} · лист ${page + 1} из ${pages}`, PAGE.margin, PAGE.margin / 2 - 3, {
          width: PAGE.width - 2 * PAGE.margin,
          lineBreak: false,
        })
      drawCutLines(doc, Math.ceil(onPage.length / GRID.columns))
      doc.fillColor('black')
      onPage.forEach((slip, i) =>
        drawSlip(
          doc,
          slipLines(template, slip),
          PAGE.margin + (i % GRID.columns) * CELL.width,
          PAGE.margin + Math.floor(i / GRID.columns) * CELL.height,
        ),
      )
    }
    doc.end()
    await finished(out)
  } catch (error) {
    out.destroy()
    unlinkSync(path)
    throw error
  }
  return path
}

function drawCutLines(doc: PDFKit.PDFDocument, rows: number): void {
  const left = PAGE.margin
  const top = PAGE.margin
  const right = left + GRID.columns * CELL.width
  const bottom = top + rows * CELL.height
  doc.save().lineWidth(0.5).strokeColor('#888888').dash(4, {space: 3})
  for (let r = 0; r <= rows; r++) doc.moveTo(left, top + r * CELL.height).lineTo(right, top + r * CELL.height)
  for (let c = 0; c <= GRID.columns; c++)
    doc.moveTo(left + c * CELL.width, top).lineTo(left + c * CELL.width, bottom)
  doc.stroke().undash().restore()
}

function drawSlip(doc: PDFKit.PDFDocument, lines: SlipLine[], left: number, top: number): void {
  const x = left + CELL.padding
  const width = CELL.width - 2 * CELL.padding
  const size = fittingFontSize(doc, lines, width, CELL.height - 2 * CELL.padding)
  let y = top + CELL.padding
  for (const line of lines) {
    if (line.length === 0) {
      y += size * 0.6
      continue
    }
    const lineSize = sizeOf(line, size)
    line.forEach((run, i) => {
      doc.font(FONT[run.style]).fontSize(lineSize)
      const options = {width, lineGap: LINE_GAP, continued: i < line.length - 1}
      if (i === 0) doc.text(run.text, x, y, options)
      else doc.text(run.text, options)
    })
    y = doc.y
  }
}

/** The whole line of a login or password is larger: runs of different sizes would not share a baseline. */
function sizeOf(line: SlipLine, size: number): number {
  return line.some((run) => run.style === 'secret') ? size + FONT_SIZE.secretExtra : size
}

/**
 * The largest size at which the slip fits its cell, a long school name wrapping, while a line
 * with the login, password or portal stays whole: broken, they would be copied wrong.
 */
function fittingFontSize(doc: PDFKit.PDFDocument, lines: SlipLine[], width: number, height: number): number {
  for (let size = FONT_SIZE.largest; size > FONT_SIZE.smallest; size -= 0.5) {
    let total = 0
    let whole = true
    for (const line of lines) {
      if (line.length === 0) {
        total += size * 0.6
        continue
      }
      const lineSize = sizeOf(line, size)
      if (line.some((run) => run.style === 'secret' || run.style === 'portal')) {
        const lineWidth = line.reduce(
          (sum, run) => sum + doc.font(FONT[run.style]).fontSize(lineSize).widthOfString(run.text),
          0,
        )
        whole &&= lineWidth < width - 1
        total += doc.currentLineHeight(true) + LINE_GAP
      } else {
        // Measured whole in bold, the widest: an over-estimate, so the slip never overflows.
        doc.font('bold').fontSize(lineSize)
        total += doc.heightOfString(line.map((run) => run.text).join(''), {width, lineGap: LINE_GAP})
      }
    }
    if (whole && total <= height) return size
  }
  return FONT_SIZE.smallest
}
