// The plan as a person reads it before anything is written.
import {formatRu, type IsoDate} from '../calendar/dates.js'
import {placeOf} from '../cli/errors.js'
import {type MessageKey, type Translate} from '../cli/i18n.js'
import {type Paint} from '../cli/paint.js'
import {type ChangeLog} from './change-log.js'
import {type Change} from './kind.js'
import {type ImportResult, SHOWN} from './import.js'

// Dates are ISO in --json and dd.mm.yyyy for a person.
const shown = (v: string | null) =>
  v === null ? '—' : /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatRu(v as IsoDate) : v

function describeChange(c: Change, tr: Translate): string {
  const entity = tr(`import.entity.${c.entity}` as MessageKey)
  const where = c.line ? ` (${tr('import.line', {line: c.line})})` : ''
  const fields = c.fields?.length
    ? ': ' +
      c.fields
        .map((f) => `${tr(`import.field.${f.field}` as MessageKey)}: ${shown(f.old)} → ${shown(f.new)}`)
        .join('; ')
    : ''
  const hint = c.hint ? `\n    ${tr('import.hint', {name: c.name.split(',')[0], near: c.hint})}` : ''
  return `${c.op === '-' ? '−' : c.op} ${entity} ${c.name}${where}${fields}${hint}`
}

/** «Written.» is said only of a change: a file that matches what is stored changes nothing. */
const wroteSomething = ({counts}: ImportResult) => counts.created + counts.updated + counts.leaving > 0

export function renderImport(result: ImportResult, tr: Translate, color: Paint): string {
  const lines: string[] = []
  const {encoding, delimiter} = result.detected
  lines.push(
    encoding === 'xlsx'
      ? tr('import.detectedXlsx')
      : tr('import.detected', {
          encoding: encoding === 'cp1251' ? 'Windows-1251' : 'UTF-8',
          delimiter: delimiter === '\t' ? 'TAB' : delimiter,
        }),
  )
  for (const op of ['+', '~', '-'] as const) {
    const list = result.changes.filter((c) => c.op === op)
    const paintOp = op === '+' ? color.green : op === '~' ? color.yellow : color.red
    for (const c of list.slice(0, SHOWN)) lines.push(paintOp(describeChange(c, tr)))
    const more = Math.max(0, list.length - SHOWN) + result.more[op]
    if (more) lines.push(tr('import.more', {count: more}))
  }
  for (const w of result.warnings)
    lines.push(
      color.yellow(`! ${placeOf(w)}: ${tr(w.key, {...w.params, column: w.columnName, value: w.value})}`),
    )
  for (const e of result.errors)
    lines.push(
      color.red(`✗ ${placeOf(e)}: ${tr(e.key, {...e.params, column: e.columnName, value: e.value})}`),
    )
  lines.push(tr('import.totals', {...result.counts}))
  if (result.rejectsFile)
    lines.push(tr('import.rejectsWritten', {file: result.rejectsFile, count: result.counts.rejected}))
  lines.push(
    tr(result.dryRun ? 'cli.dryRun' : wroteSomething(result) ? 'import.applied' : 'feel.nothingWritten'),
  )
  return lines.join('\n')
}

const CHANGES = '\n  "changes": []'
const WRITE_AT = 1 << 16

/**
 * --json of an import, with every change read back from its log: the same text as
 * JSON.stringify(result, null, 2) with all the changes in it, without holding them all.
 */
export async function writeImportJson(
  result: ImportResult,
  log: ChangeLog,
  write: (text: string) => Promise<void>,
): Promise<void> {
  // Every change is listed, so none is left over to count.
  const [head, tail] = JSON.stringify(
    {...result, changes: [], more: {'+': 0, '~': 0, '-': 0}},
    null,
    2,
  ).split(CHANGES)
  let text = `${head}\n  "changes": [`
  let first = true
  for (const entry of log.entries()) {
    // An element of the top-level object's "changes": indented by 4 more.
    text += `${first ? '' : ','}\n    ${entry.replaceAll('\n', '\n    ')}`
    first = false
    if (text.length >= WRITE_AT) {
      await write(text)
      text = ''
    }
  }
  await write(`${text}${first ? ']' : '\n  ]'}${tail}\n`)
}
