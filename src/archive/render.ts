// What a person reads after year close and the archive commands; --json prints the typed results.
import {formatRu} from '../calendar/dates.js'
import {type Lang, type Translate} from '../cli/i18n.js'
import {type Paint} from '../cli/paint.js'
import {type Column} from '../cli/render.js'
import {megabytes, schoolTime} from '../backup/render.js'
import {type CloseYearResult} from '../year/close.js'
import {type CreateResult, type PlannedArchive} from './create.js'
import {type ArchiveListing} from './list.js'
import {type ArchiveVerifyResult} from './verify.js'

/** Pupils with missing year marks shown on a terminal; --json has them all. */
const SHOWN_PUPILS = 100

export function renderClose(r: CloseYearResult, tr: Translate): string {
  if (r.was === 'closed' || r.was === 'archived')
    return tr('year.close.already', {year: r.year, status: tr(`year.status.${r.was}`)})
  const lines: string[] = []
  const count = r.missing.length
  if (!r.closed && !r.dryRun) lines.push(tr('year.close.refused', {year: r.year, count}))
  else if (r.dryRun)
    lines.push(
      count === 0
        ? tr('year.close.wouldClose', {year: r.year})
        : r.forced
          ? tr('year.close.wouldForce', {year: r.year, count})
          : tr('year.close.wouldRefuse', {year: r.year, count}),
    )
  else if (r.forced) lines.push(tr('year.close.forced', {year: r.year, count}))
  else lines.push(tr('year.close.done', {year: r.year}))
  if (r.schoolDaysLeft > 0)
    lines.push(tr('year.close.early', {year: r.year, endsOn: formatRu(r.endsOn), count: r.schoolDaysLeft}))
  // One line per pupil: «5А · Иванова Мария Петровна: Математика, Русский язык».
  const byPupil = new Map<string, string[]>()
  for (const m of r.missing) {
    const key = `${m.class} · ${m.pupil}`
    byPupil.set(key, [...(byPupil.get(key) ?? []), m.subject])
  }
  const pupils = [...byPupil.entries()]
  for (const [who, subjects] of pupils.slice(0, SHOWN_PUPILS)) lines.push(`  ${who}: ${subjects.join(', ')}`)
  if (pupils.length > SHOWN_PUPILS) lines.push(tr('year.close.more', {count: pupils.length - SHOWN_PUPILS}))
  if (!r.closed && !r.dryRun) lines.push(tr('year.close.howTo', {year: r.year}))
  if (r.dryRun) lines.push(tr('cli.dryRun'))
  return lines.join('\n')
}

export function renderCreate(r: CreateResult, tr: Translate, lang: Lang): string {
  const lines = [
    tr('archive.create.done', {
      year: r.year,
      classes: r.classes,
      pages: r.pages,
      seconds: new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {maximumFractionDigits: 1}).format(
        r.durationMs / 1000,
      ),
    }),
  ]
  for (const b of r.bundles)
    lines.push(
      `  ${tr(`archive.kind.${b.kind}`)}: ${b.file} (${megabytes(lang, b.bytes)} ${tr('archive.mb')}; ${tr('archive.create.keep', {date: formatRu(b.retainUntil)})})`,
    )
  lines.push(tr('archive.create.next', {year: r.year, folder: r.printFolder}))
  return lines.join('\n')
}

export function renderPlanned(p: PlannedArchive, tr: Translate): string {
  return [
    tr('archive.planned', {year: p.year, classes: p.classes}),
    ...p.bundles.map(
      (b) =>
        `  ${tr(`archive.kind.${b.kind}`)}: ${b.file} (${tr('archive.create.keep', {date: formatRu(b.retainUntil)})})`,
    ),
    tr('cli.dryRun'),
  ].join('\n')
}

export function renderVerify(results: ArchiveVerifyResult[], tr: Translate, color: Paint): string {
  const lines: string[] = []
  for (const r of results) {
    if (r.ok)
      lines.push(
        `${color.green('✓')} ${tr(r.database ? 'archive.verify.ok' : 'archive.verify.okFiles', {file: r.file, files: r.files})}`,
      )
    else {
      lines.push(`${color.red('✗')} ${tr('archive.verify.failed', {file: r.file, count: r.problems.length})}`)
      for (const p of r.problems) lines.push(`  – ${tr(p.key, p.params)}`)
    }
  }
  return lines.join('\n')
}

export function listColumns(tr: Translate, lang: Lang, timezone: string): Column<ArchiveListing>[] {
  return [
    {header: tr('archive.col.year'), value: (a) => a.year},
    {header: tr('archive.col.bundle'), value: (a) => tr(`archive.kind.${a.kind}`)},
    {header: tr('archive.col.created'), value: (a) => schoolTime(a.createdAt, timezone)},
    {header: tr('archive.col.size'), value: (a) => megabytes(lang, a.bytes)},
    {
      header: tr('archive.col.retainUntil'),
      value: (a) => formatRu(a.retainUntil) + (a.mayBeDestroyed ? ` (${tr('archive.list.expired')})` : ''),
    },
    {
      header: tr('archive.col.file'),
      value: (a) => (a.state === 'present' ? a.file : `${a.file} (${tr(`archive.list.${a.state}`)})`),
    },
  ]
}
