// Finding the pupil a person means: by pupil id, external id, or ФИО (with or without the
// patronymic, any case, ё as е). No guessing: none or several is said, with the near miss. Pure.
import {editDistance, fullName, matchKey} from '../people/names.js'
import {type Pupil} from './subjects.js'

export type PupilMatch<P extends Pupil> = {pupil: P} | {none: true; near: P | null} | {ambiguous: P[]}

export function findPupil<P extends Pupil>(
  reference: string,
  pupils: P[],
  options: {byId?: boolean} = {},
): PupilMatch<P> {
  const ref = reference.trim()
  const key = matchKey(ref)
  const found = new Set<P>()
  for (const p of pupils) {
    if (options.byId && /^\d+$/.test(ref) && p.id === Number(ref)) found.add(p)
    if (p.externalId && p.externalId === ref) found.add(p)
    if (matchKey(fullName(p)) === key || matchKey(p.lastName, p.firstName) === key) found.add(p)
  }
  const list = [...found]
  if (list.length === 1) return {pupil: list[0]!}
  if (list.length > 1) return {ambiguous: list}
  const near = pupils.find(
    (p) =>
      editDistance(matchKey(fullName(p)), key, 1) === 1 ||
      editDistance(matchKey(p.lastName, p.firstName), key, 1) === 1,
  )
  return {none: true, near: near ?? null}
}
