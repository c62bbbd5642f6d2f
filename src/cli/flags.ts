// Parsing of flag values shared by commands: dates in dd.mm.yyyy or ISO.
import {type IsoDate, parseDate} from '../calendar/dates.js'
import {parseClassName} from '../people/class-name.js'
import {UsageError} from './errors.js'

export function parseDateFlag(flag: string, value: string): IsoDate {
  const date = parseDate(value)
  if (!date) throw new UsageError('cli.badDate', {flag, value})
  return date
}

/** --class 5а, «5 А», 5A → 5А. */
export function parseClassFlag(value: string): string {
  const c = parseClassName(value)
  if (!c) throw new UsageError('cli.badClass', {value})
  return c.name
}
