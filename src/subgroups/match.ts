// Finding the pupil a person means: by pupil id, external id, or ФИО (with or without the
// patronymic, any case, ё as е). No guessing: none or several is said (the callers add the
// nearest names, src/people/nearest.ts). Pure.
import {fullName, matchKey} from '../people/names.js'
import {type Pupil} from './subjects.js'

/** What finding a pupil needs to know of one. */
export type NamedPupil = Pick<Pupil, 'id' | 'lastName' | 'firstName' | 'middleName' | 'externalId'>

export type PupilMatch<P extends NamedPupil> = {pupil: P} | {none: true} | {ambiguous: P[]}

export function findPupil<P extends NamedPupil>(
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
  return {none: true}
}
