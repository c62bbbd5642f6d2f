// What `letters` says on the screen: where the files went and whose letters must be printed.
import {basename} from 'node:path'

import {formatRu} from '../calendar/dates.js'
import {type Translate} from '../cli/i18n.js'
import {type LettersResult} from './letters.js'

export function renderLetters(r: LettersResult, tr: Translate): string {
  const emails = r.pupils.flatMap((p) => p.emails)
  const lines = [
    tr('report.letters.header', {
      class: r.class,
      from: formatRu(r.from),
      to: formatRu(r.to),
      count: r.letters,
    }),
  ]
  if (r.dryRun) lines.push(tr('cli.dryRun'))
  else if (r.dir) lines.push(tr('report.letters.dir', {dir: r.dir}))
  if (r.pdf || (r.dryRun && r.print.length))
    lines.push(tr('report.letters.pdf', {file: r.pdf ? basename(r.pdf) : 'letters.pdf', count: r.letters}))
  if (emails.length) {
    lines.push(tr('report.letters.emails', {count: emails.length}))
    for (const e of emails) lines.push(`  ${basename(e.file)} → ${e.parent} <${e.email}>`)
  }
  if (r.print.length) {
    lines.push(tr('report.letters.print', {count: r.print.length}))
    for (const p of r.print) lines.push(`  ${p.pupil} — ${p.parent ?? tr('report.letters.noParent')}`)
  }
  return lines.join('\n')
}
