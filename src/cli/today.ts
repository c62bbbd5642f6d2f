// "Today" is a date at the school, which may differ from the server's date.
import {type IsoDate} from '../calendar/dates.js'
import {schoolDate} from '../calendar/zone.js'
import {now} from '../core/clock.js'

export function schoolToday(timezone: string): IsoDate {
  return schoolDate(now(), timezone)
}
