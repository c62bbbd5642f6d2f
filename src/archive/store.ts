// Where archives go and how long they are kept; the archive table's rows (one per bundle).
// Retention: class journals 5 years, summary sheets of final marks 25 years (ejournal.json may
// say otherwise: "archive": {"journalYears": 5, "summaryYears": 25}), counted as records offices
// count them — from 1 January of the year after the school year ended.
import {join} from 'node:path'

import {WorkspaceError} from '../cli/errors.js'
import {type Db} from '../db/open.js'
import {SETTINGS_FILE} from '../workspace/settings.js'
import {type Workspace} from '../workspace/workspace.js'

export type BundleKind = 'journals' | 'summaries'
export const BUNDLE_KINDS: readonly BundleKind[] = ['journals', 'summaries']

export interface Retention {
  journalYears: number
  summaryYears: number
}

export const DEFAULT_RETENTION: Retention = {journalYears: 5, summaryYears: 25}

export function archivesDir(ws: Pick<Workspace, 'dir'>): string {
  return join(ws.dir, 'archives')
}

export function retention(ws: Pick<Workspace, 'dir' | 'settings'>): Retention {
  const set = ws.settings.archive ?? {}
  const years = (key: keyof Retention) => {
    const value = set[key]
    if (value === undefined) return DEFAULT_RETENTION[key]
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
      throw new WorkspaceError('archive.badSetting', {
        file: join(ws.dir, SETTINGS_FILE),
        key: `archive.${key}`,
        value: String(value),
      })
    return value
  }
  return {journalYears: years('journalYears'), summaryYears: years('summaryYears')}
}

/** The last day a bundle must be kept: 31 December of the year `years` after the year's end. */
export function retainUntil(yearEndsOn: string, years: number): string {
  return `${Number(yearEndsOn.slice(0, 4)) + years}-12-31`
}

export function keptYears(r: Retention, kind: BundleKind): number {
  return kind === 'journals' ? r.journalYears : r.summaryYears
}

/** ejournal-2026-2027-journals: the bundle's file name without .tar.gz, and its top folder. */
export function bundleName(label: string, kind: BundleKind): string {
  return `ejournal-${label.replace('/', '-')}-${kind}`
}

export interface ArchiveRow {
  year: string
  kind: BundleKind
  file: string
  bytes: number
  sha256: string
  manifestSha256: string
  createdAt: string
  retainUntil: string
  classes: number
  pages: number
}

export function insertArchive(db: Db, yearId: number, row: ArchiveRow): void {
  db.prepare(
    `INSERT INTO archive (year_id, kind, file, bytes, sha256, manifest_sha256, created_at, retain_until, classes, pages)
     VALUES (@yearId, @kind, @file, @bytes, @sha256, @manifestSha256, @createdAt, @retainUntil, @classes, @pages)`,
  ).run({...row, yearId})
}

export function listArchives(db: Db, yearLabel?: string): ArchiveRow[] {
  return db
    .prepare(
      `SELECT y.label AS year, a.kind, a.file, a.bytes, a.sha256, a.manifest_sha256 AS manifestSha256,
              a.created_at AS createdAt, a.retain_until AS retainUntil, a.classes, a.pages
       FROM archive a JOIN academic_year y ON y.id = a.year_id
       WHERE @year IS NULL OR y.label = @year
       ORDER BY y.starts_on, a.kind`,
    )
    .all({year: yearLabel ?? null}) as ArchiveRow[]
}
