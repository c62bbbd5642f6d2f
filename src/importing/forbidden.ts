// Addresses and phone numbers are not entered into the journal (п. 3.3): columns that hold them
// are refused, or skipped with --drop-forbidden, and never stored.
import {normaliseHeader} from './columns.js'

const FORBIDDEN = [/адрес/, /телефон/, /^тел\.?$/, /моб/, /phone/, /address/, /^mobile/]

export function isForbiddenHeader(header: string): boolean {
  const h = normaliseHeader(header)
  return FORBIDDEN.some((re) => re.test(h))
}
