// Parsing of flag values shared by commands: dates in dd.mm.yyyy or ISO.
import {type IsoDate, parseDate} from '../calendar/dates.js'
import {parseClassName} from '../people/class-name.js'
import {UsageError} from './errors.js'

export function parseDateFlag(flag: string, value: string): IsoDate {
  const date = parseDate(value)
  if (!date) throw new UsageError('cli.badDate', {flag, value})
  return date
}

/**
 * --class 5а, «5 А», 5A → 5А; anything else as typed, for the lookup of the year's classes
 * (src/lists/lookup.ts) to refuse with the nearest real ones.
 */
export function parseClassFlag(value: string): string {
  return parseClassName(value)?.name ?? value.trim()
}
