// Parsing of flag values shared by commands: dates in dd.mm.yyyy or ISO.
import {type IsoDate, parseDate} from '../calendar/dates.js'
import {UsageError} from './errors.js'

export function parseDateFlag(flag: string, value: string): IsoDate {
  const date = parseDate(value)
  if (!date) throw new UsageError('cli.badDate', {flag, value})
  return date
}
