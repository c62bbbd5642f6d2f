// The real names nearest to what a person typed: the hint of every «there is no such …» message
// (a filter on the command line, a name in an imported file). Pure.
import {editDistance, HOMOGLYPHS} from './names.js'

/** How many names a hint shows: all of them when there are no more than this. */
export const FEW = 5

const LOWER_LOOK_ALIKES = /[aeopcxy]/g
const UPPER_LOOK_ALIKES = /[ABEKMHOPCTX]/g

/**
 * The form names are compared in: Latin look-alikes as the Cyrillic letters they imitate (also
 * in all-Latin words, so «5B» is «5В»; rule ids stay comparable as both sides change alike),
 * lower case, ё as е, single spaces.
 */
export function lookupKey(text: string): string {
  return text
    .replace(UPPER_LOOK_ALIKES, (ch) => HOMOGLYPHS[ch]!)
    .toLowerCase()
    .replace(LOWER_LOOK_ALIKES, (ch) => HOMOGLYPHS[ch]!)
    .replaceAll('ё', 'е')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The distance of a typed value to a name: to the whole name or to its first words («Фролов»). */
function distance(value: string, name: string): number {
  const words = name.split(' ')
  let best = Number.POSITIVE_INFINITY
  for (let n = 1; n <= words.length; n++) {
    const form = words.slice(0, n).join(' ')
    best = Math.min(best, editDistance(value, form, Math.max(value.length, form.length)))
  }
  return best
}

/** Each name once, with its distance to `value`, in the order given. */
function scored(value: string, names: readonly string[]): Array<{name: string; d: number}> {
  const key = lookupKey(value)
  return [...new Set(names)].map((name) => ({name, d: distance(key, lookupKey(name))}))
}

/** The names nearest to `value`, nearest first (equally near ones in the order given), at most `count`. */
export function nearest(value: string, names: readonly string[], count = FEW): string[] {
  return scored(value, names)
    .sort((a, b) => a.d - b.d) // stable: equally near ones keep their order
    .slice(0, count)
    .map((x) => x.name)
}

/** Only the nearest of all (equally near ones, at most `count`): the «did you mean» of an import line. */
export function closest(value: string, names: readonly string[], count: number): string[] {
  const all = scored(value, names)
  const best = Math.min(...all.map((x) => x.d))
  return all
    .filter((x) => x.d === best)
    .slice(0, count)
    .map((x) => x.name)
}

/**
 * The hint as shown: «5А, 5Б, 6В», «…» when there are more, «—» when there are none; «;» between
 * names that have commas of their own («Труд, гр. 1»).
 */
export function nearestList(value: string, names: readonly string[], count = FEW): string {
  const shown = nearest(value, names, count)
  if (shown.length === 0) return '—'
  const more = new Set(names).size > shown.length ? ['…'] : []
  return [...shown, ...more].join(shown.some((name) => name.includes(',')) ? '; ' : ', ')
}
