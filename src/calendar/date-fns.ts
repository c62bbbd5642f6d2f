// date-fns and @date-fns/tz, loaded on the first date a command computes: most commands (listings,
// --version) compute none, and loading them costs a noticeable part of the start-up.
import {createRequire} from 'node:module'

type DateFns = typeof import('date-fns/addDays') &
  typeof import('date-fns/differenceInCalendarDays') &
  typeof import('date-fns/eachDayOfInterval') &
  typeof import('date-fns/endOfDay') &
  typeof import('date-fns/formatISO') &
  typeof import('date-fns/getISODay') &
  typeof import('date-fns/lightFormat') &
  typeof import('date-fns/startOfWeek')
type Tz = typeof import('@date-fns/tz')

const load = createRequire(import.meta.url)
let fns: DateFns | undefined
let tz: Tz | undefined

export function dateFns(): DateFns {
  fns ??= Object.assign(
    {},
    ...[
      'addDays',
      'differenceInCalendarDays',
      'eachDayOfInterval',
      'endOfDay',
      'formatISO',
      'getISODay',
      'lightFormat',
      'startOfWeek',
    ].map((name) => load(`date-fns/${name}`) as object),
  ) as DateFns
  return fns
}

export function dateFnsTz(): Tz {
  tz ??= load('@date-fns/tz') as Tz
  return tz
}
