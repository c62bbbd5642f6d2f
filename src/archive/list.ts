// archive list: the bundles made, from the archive table, with whether each file is still where
// it was written (with the size it was written with: only the file that was archived is presented
// as present) and the day after which it may be destroyed.
import {existsSync, statSync} from 'node:fs'

import {type IsoDate} from '../calendar/dates.js'
import {type Db} from '../db/open.js'
import {type BundleKind, listArchives} from './store.js'

export type BundleState = 'present' | 'missing' | 'changed'

export interface ArchiveListing {
  year: string
  kind: BundleKind
  file: string
  createdAt: string
  bytes: number
  sha256: string
  retainUntil: IsoDate
  /** The retention period is over: the bundle may be destroyed (by the school's act). */
  mayBeDestroyed: boolean
  state: BundleState
}

export function listBundles(db: Db, today: IsoDate): ArchiveListing[] {
  return listArchives(db).map((r) => ({
    year: r.year,
    kind: r.kind,
    file: r.file,
    createdAt: r.createdAt,
    bytes: r.bytes,
    sha256: r.sha256,
    retainUntil: r.retainUntil,
    mayBeDestroyed: today > r.retainUntil,
    state: !existsSync(r.file) ? 'missing' : statSync(r.file).size === r.bytes ? 'present' : 'changed',
  }))
}
