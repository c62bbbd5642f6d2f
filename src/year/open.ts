// year open: create the school year with its calendar and, with --promote, roll the previous
// year over. Planned first (what --dry-run and --json show), then applied in one transaction
// after a verified backup of the database (src/backup).
import {backupBefore} from '../backup/run.js'
import {formatRu, type IsoDate, yearOf} from '../calendar/dates.js'
import {type Preset, presetCalendar} from '../calendar/preset.js'
import {type SchoolCalendar} from '../calendar/school-calendar.js'
import {ConflictError, UsageError} from '../cli/errors.js'
import {now} from '../core/clock.js'
import {type Db} from '../db/open.js'
import {type Workspace} from '../workspace/workspace.js'
import {readCalendarFile} from './calendar-file.js'
import {parseYearLabel} from './label.js'
import {applyPromotion, isEmptyPromotion, planPromotion, type PromotionPlan} from './promote.js'
import {
  findYear,
  insertYear,
  loadCalendar,
  overlappingYear,
  previousYear,
  sameCalendar,
  type Year,
} from './store.js'

export interface OpenYearRequest {
  label: string
  calendarFile?: string
  preset?: Preset
  promote: boolean
  keepSubgroups: boolean
}

export interface OpenYearPlan {
  year: string
  startsOn: IsoDate
  endsOn: IsoDate
  /** The year is new; false when it exists with this very calendar already. */
  create: boolean
  periods: number
  nonSchoolDays: number
  promotion: PromotionPlan | null
  /** Nothing would change: a second run of the same command. */
  unchanged: boolean
}

interface Planned {
  plan: OpenYearPlan
  calendar: SchoolCalendar
  existing: Year | undefined
  from: Year | undefined
}

async function resolveCalendar(firstYear: number, request: OpenYearRequest): Promise<SchoolCalendar> {
  if (request.calendarFile && request.preset) throw new UsageError('year.calendarOrPreset')
  if (request.calendarFile) return readCalendarFile(request.calendarFile)
  return presetCalendar(firstYear, request.preset ?? 'quarters')
}

async function planOpen(db: Db, request: OpenYearRequest): Promise<Planned> {
  const parsed = parseYearLabel(request.label)
  if (!parsed) throw new UsageError('year.badLabel', {label: request.label})
  const label = parsed.label
  const calendar = await resolveCalendar(parsed.firstYear, request)
  if (yearOf(calendar.startsOn) !== parsed.firstYear || yearOf(calendar.endsOn) !== parsed.firstYear + 1) {
    throw new ConflictError('year.calendarMismatch', {
      label,
      from: formatRu(calendar.startsOn),
      to: formatRu(calendar.endsOn),
    })
  }
  const overlap = overlappingYear(db, calendar.startsOn, calendar.endsOn, label)
  if (overlap) throw new ConflictError('year.overlaps', {label, other: overlap.label})

  const existing = findYear(db, label)
  if (existing) {
    if (!sameCalendar(loadCalendar(db, existing), calendar))
      throw new ConflictError('year.existsDifferent', {label})
  }

  let from: Year | undefined
  let promotion: PromotionPlan | null = null
  if (request.promote) {
    from = previousYear(db, calendar.startsOn)
    if (!from) throw new ConflictError('year.noPreviousYear', {label})
    promotion = planPromotion(db, from, existing, request.keepSubgroups)
  }
  const plan: OpenYearPlan = {
    year: label,
    startsOn: calendar.startsOn,
    endsOn: calendar.endsOn,
    create: !existing,
    periods: calendar.periods.length,
    nonSchoolDays: calendar.nonSchoolDays.length,
    promotion,
    unchanged: Boolean(existing) && (!promotion || isEmptyPromotion(promotion)),
  }
  return {plan, calendar, existing, from}
}

export async function openYear(
  ws: Workspace,
  request: OpenYearRequest,
  dryRun: boolean,
): Promise<OpenYearPlan> {
  const {plan, calendar, existing, from} = await planOpen(ws.db, request)
  if (dryRun || plan.unchanged) return plan

  if (hasData(ws.db)) await backupBefore(ws, 'before-year-open', plan.year)
  ws.db.transaction(() => {
    const id = existing?.id ?? insertYear(ws.db, plan.year, calendar, now().toISOString())
    if (plan.promotion && from) {
      const to: Year = existing ?? {
        id,
        label: plan.year,
        startsOn: plan.startsOn,
        endsOn: plan.endsOn,
        status: 'open',
        openedAt: null,
      }
      applyPromotion(ws.db, plan.promotion, from, to, request.keepSubgroups)
    }
  })()
  return plan
}

function hasData(db: Db): boolean {
  return Boolean(db.prepare('SELECT 1 FROM academic_year LIMIT 1').get())
}
