// What a person reads after year open and year status.
import {formatRu} from '../calendar/dates.js'
import {type Translate} from '../cli/i18n.js'
import {type Paint} from '../cli/paint.js'
import {type OpenYearPlan} from './open.js'
import {type YearStatusReport} from './status.js'

export function renderOpenPlan(plan: OpenYearPlan, dryRun: boolean, tr: Translate): string {
  const lines: string[] = []
  lines.push(
    plan.create
      ? tr('year.open.create', {
          year: plan.year,
          from: formatRu(plan.startsOn),
          to: formatRu(plan.endsOn),
          periods: plan.periods,
          days: plan.nonSchoolDays,
        })
      : tr('year.open.exists', {year: plan.year}),
  )
  const p = plan.promotion
  if (p) {
    lines.push(tr('year.open.promoteFrom', {year: p.fromYear}))
    for (const c of p.classes) {
      const target = c.to ?? tr('year.open.graduates')
      const flags = c.create ? ` (${tr('year.open.newClass')})` : ''
      const teacher = c.classTeacher ? `, ${c.classTeacher}` : ''
      lines.push(
        `  ${c.from} → ${target}${flags}${teacher}: ${tr('year.open.classCounts', {moved: c.moved, leaving: c.leaving, staying: c.staying})}`,
      )
    }
    for (const m of p.leaving) lines.push(`  − ${m.name} (${m.from}): ${tr('year.open.leaves')}`)
    for (const m of p.staying) lines.push(`  = ${m.name} (${m.from}): ${tr('year.open.repeats')}`)
    lines.push(
      tr('year.open.totals', {
        moved: p.moved.length,
        leaving: p.leaving.length,
        staying: p.staying.length,
        curriculum: p.curriculumRows,
        subgroups: p.subgroups,
      }),
    )
  }
  if (plan.unchanged) lines.push(tr('year.open.unchanged'))
  else if (dryRun) lines.push(tr('cli.dryRun'))
  else lines.push(tr('year.open.done', {year: plan.year}))
  return lines.join('\n')
}

export function renderYearStatus(report: YearStatusReport, tr: Translate, color: Paint): string {
  const lines = [
    tr('year.status.header', {
      year: report.year,
      status: tr(`year.status.${report.status}`),
      from: formatRu(report.startsOn),
      to: formatRu(report.endsOn),
      classes: report.classes,
      pupils: report.pupils,
    }),
  ]
  for (const item of report.items) {
    const mark = item.ok ? color.green('✓') : item.overdue ? color.red('✗') : color.yellow('✗')
    const count = item.total === null ? String(item.count) : `${item.count}/${item.total}`
    const late = item.overdue ? ` — ${color.red(tr('year.status.overdue'))}` : ''
    lines.push(
      `${mark} ${tr(`year.item.${item.id}`)}: ${count} (${tr('year.status.deadline', {date: formatRu(item.deadline)})})${late}`,
    )
  }
  return lines.join('\n')
}
