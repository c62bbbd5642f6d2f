// archive create: the year-end archive of a closed year (п. 4.4, 6.9), then the year frozen.
//
//   year's database (one read transaction) → CSV of each table → per class, from that database:
//   the class journal (PDF) and the summary sheet of final marks (PDF, CSV) → a signed manifest
//   per bundle → two .tar.gz (journals: 5 years; summary sheets: 25 years) with a .sha256 beside
//   each, written *.partial, fsynced, read back, renamed → in one transaction: the archive rows
//   and the year's status 'archived', which the database's triggers then enforce.
//
// Everything is first put together in a private staging folder under archives/; a run that fails
// or is killed leaves no bundle and the year closed, and the next run starts afresh.
import Database from 'better-sqlite3'
import {createHash} from 'node:crypto'
import {
  chmodSync,
  constants,
  copyFileSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import {basename, join, relative, resolve, sep} from 'node:path'
import {performance} from 'node:perf_hooks'
import {Readable, Transform} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {createGzip} from 'node:zlib'

import {fileDigest} from '../backup/container.js'
import {type Progress} from '../cli/progress.js'
import {explainWriteError, fsyncFile, publish, writeDurably} from '../backup/durable.js'
import {manifestSigner} from '../backup/keys.js'
import {acquireLock} from '../backup/lock.js'
import {keysDir} from '../backup/store.js'
import {formatRu} from '../calendar/dates.js'
import {ConflictError, EjournalError, UsageError, WorkspaceError} from '../cli/errors.js'
import {schoolDate} from '../calendar/zone.js'
import {now} from '../core/clock.js'
import {programVersion} from '../core/package-root.js'
import {pauseAt} from '../core/test-hook.js'
import {schemaVersion} from '../db/open.js'
import {type Workspace} from '../workspace/workspace.js'
import {parseYearLabel} from '../year/label.js'
import {findYear, refuseYear, type Year} from '../year/store.js'
import {classesOf, loadClassYear} from './class-data.js'
import {liveJournalCounts, writeTableCsvs, writeYearDatabase} from './data.js'
import {layoutJournal} from './journal-form.js'
import {type ArchiveManifest, MANIFEST_FILE, signManifest} from './manifest.js'
import {measuringDocument, writeForm} from './pdf.js'
import {
  archivesDir,
  type ArchiveRow,
  BUNDLE_KINDS,
  bundleName,
  type BundleKind,
  insertArchive,
  keptYears,
  listArchives,
  retainUntil,
  retention,
} from './store.js'
import {layoutSummary, writeSummaryCsv} from './summary-form.js'
import {tarStream} from './tar.js'

export interface CreateRequest {
  label: string
  /** Where the bundles go; default the workspace's archives/. */
  out?: string
  /** Show what would be made (classes, bundles, retention) and write nothing. */
  dryRun?: boolean
  progress?: Progress
}

export interface PlannedArchive {
  year: string
  classes: number
  bundles: Array<{kind: BundleKind; file: string; retainUntil: string}>
}

export interface MadeBundle {
  kind: BundleKind
  file: string
  bytes: number
  sha256: string
  retainUntil: string
}

export interface CreateResult {
  year: string
  bundles: MadeBundle[]
  classes: number
  pages: number
  durationMs: number
  /** The PDFs of both bundles unpacked, to print (the bundles keep their signed copies). */
  printFolder: string
}

/** A folder in the staging area per bundle: its files as they will be inside the .tar.gz. */
interface Staged {
  kind: BundleKind
  name: string
  dir: string
  pages: number
}

/**
 * The fault tests' stops (EJOURNAL_TEST_PAUSE_AT, src/core/test-hook.ts): archive-staged (every
 * file made in the staging folder, nothing published), archive-published (both bundles in place,
 * the year not yet archived).
 */

function requireClosedYear(ws: Workspace, label: string): Year {
  const parsed = parseYearLabel(label)
  if (!parsed) throw new UsageError('year.badLabel', {label})
  const year = findYear(ws.db, parsed.label)
  if (!year) refuseYear(ws.db, parsed.label)
  if (year.status === 'archived') {
    const made = listArchives(ws.db, year.label)[0]
    throw new ConflictError('archive.already', {
      year: year.label,
      date: made ? formatRu(schoolDate(new Date(made.createdAt), ws.settings.timezone)) : '',
    })
  }
  if (year.status !== 'closed') throw new ConflictError('archive.notClosed', {year: year.label})
  return year
}

function outDir(ws: Workspace, out: string | undefined): string {
  if (!out) {
    const dir = archivesDir(ws)
    mkdirSync(dir, {recursive: true, mode: 0o700})
    return dir
  }
  const dir = resolve(out)
  if (!(existsSync(dir) && statSync(dir).isDirectory())) throw new ConflictError('archive.outMissing', {dir})
  return dir
}

/** Every file under dir, as '/'-separated paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return (
    readdirSync(dir, {recursive: true, withFileTypes: true}) as Array<{
      name: string
      parentPath: string
      isFile(): boolean
    }>
  )
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
}

const fileSafe = (name: string) => name.replace(/[/\\:*?"<>|\p{Cc}]/gu, '_')

/** What `archive create` would make, for --dry-run: nothing is written. */
export function planArchive(ws: Workspace, request: CreateRequest): PlannedArchive {
  const year = requireClosedYear(ws, request.label)
  const kept = retention(ws)
  const out = request.out ? outDir(ws, request.out) : archivesDir(ws)
  refuseExistingBundles(year.label, out, join(archivesDir(ws), stagingName(year.label)), false)
  return {
    year: year.label,
    classes: ws.db.prepare('SELECT count(*) FROM class WHERE year_id = ?').pluck().get(year.id) as number,
    bundles: BUNDLE_KINDS.map((kind) => ({
      kind,
      file: join(out, `${bundleName(year.label, kind)}.tar.gz`),
      retainUntil: retainUntil(year.endsOn, keptYears(kept, kind)),
    })),
  }
}

export async function createArchive(ws: Workspace, request: CreateRequest): Promise<CreateResult> {
  const started = performance.now()
  const year = requireClosedYear(ws, request.label)
  const kept = retention(ws)
  const out = outDir(ws, request.out)
  const signer = manifestSigner(keysDir(ws), true)!
  if (!signer.canSign) throw new WorkspaceError('backup.noSigningKey', {dir: keysDir(ws)})
  const lockDir = archivesDir(ws)
  mkdirSync(lockDir, {recursive: true, mode: 0o700})
  const release = await acquireLock(lockDir, 0, 'archive create')
  const slug = year.label.replace('/', '-')
  const stage = join(lockDir, stagingName(year.label))
  const published: string[] = []
  try {
    refuseExistingBundles(year.label, out, stage, true)
    // A staging folder left by a killed run: the lock is ours, so nobody is using it.
    rmSync(stage, {recursive: true, force: true})
    mkdirSync(stage, {mode: 0o700})
    const createdAt = now()
    const staged = Object.fromEntries(
      BUNDLE_KINDS.map((kind): [BundleKind, Staged] => {
        const name = bundleName(year.label, kind)
        return [kind, {kind, name, dir: join(stage, name), pages: 0}]
      }),
    ) as Record<BundleKind, Staged>
    const journals = staged.journals
    const summaries = staged.summaries
    for (const dir of [
      join(journals.dir, 'data', 'csv'),
      join(journals.dir, 'journals'),
      join(summaries.dir, 'summaries'),
    ])
      mkdirSync(dir, {recursive: true, mode: 0o700})

    const databasePath = `data/ejournal-${slug}.sqlite`
    const database = join(journals.dir, ...databasePath.split('/'))
    const rows = writeYearDatabase(ws.db, year.id, database)
    await writeTableCsvs(database, join(journals.dir, 'data', 'csv'))

    const context = (kind: BundleKind) => ({
      program: `ejournal ${programVersion()}`,
      printedOn: formatRu(schoolDate(createdAt, ws.settings.timezone)),
      bundle: `${bundleName(year.label, kind)}.tar.gz`,
    })
    const archive = new Database(database, {readonly: true})
    const classNames: string[] = []
    try {
      const classes = classesOf(archive)
      const measure = await measuringDocument()
      request.progress?.(0, classes.length)
      for (const [i, c] of classes.entries()) {
        const data = loadClassYear(archive, ws.settings.schoolName, c.id)
        const info = {author: ws.settings.schoolName, createdAt}
        const safe = fileSafe(c.name)
        journals.pages += await writeForm(
          join(journals.dir, 'journals', `${safe}-классный-журнал.pdf`),
          measure,
          {...info, title: `Классный журнал ${c.name}, ${year.label}`},
          `Классный журнал ${c.name} · ${year.label} · ${ws.settings.schoolName}`,
          (sheet, counted) => layoutJournal(sheet, counted, data, context('journals')),
        )
        summaries.pages += await writeForm(
          join(summaries.dir, 'summaries', `${safe}-сводная-ведомость.pdf`),
          measure,
          {...info, title: `Сводная ведомость итоговых отметок ${c.name}, ${year.label}`},
          `Сводная ведомость итоговых отметок ${c.name} · ${year.label} · ${ws.settings.schoolName}`,
          (sheet) => layoutSummary(sheet, data, context('summaries')),
        )
        await writeSummaryCsv(join(summaries.dir, 'summaries', `${safe}-сводная-ведомость.csv`), data)
        classNames.push(c.name)
        request.progress?.(i + 1, classes.length)
      }
    } finally {
      archive.close()
    }

    const bundles: Array<MadeBundle & {manifestSha256: string; pages: number}> = []
    const manifests: Array<{s: Staged; text: string; retainUntil: string}> = []
    for (const s of [journals, summaries]) {
      const years = keptYears(kept, s.kind)
      const manifest: ArchiveManifest = {
        format: 1,
        type: 'ejournal-archive',
        bundle: s.kind,
        school: ws.settings.schoolName,
        year: year.label,
        startsOn: year.startsOn,
        endsOn: year.endsOn,
        createdAt: createdAt.toISOString(),
        program: `ejournal ${programVersion()}`,
        schemaVersion: schemaVersion(),
        classes: classNames,
        pages: s.pages,
        rows,
        database: s.kind === 'journals' ? databasePath : null,
        retention: {years, retainUntil: retainUntil(year.endsOn, years)},
        files: filesUnder(s.dir).map((path) => ({path, ...fileDigest(join(s.dir, ...path.split('/')))})),
        signer: signer.id,
      }
      const text = signManifest(manifest, signer)
      writeFileSync(join(s.dir, MANIFEST_FILE), text, {mode: 0o600, flag: 'wx'})
      manifests.push({s, text, retainUntil: manifest.retention.retainUntil})
    }
    pauseAt('archive-staged')
    for (const {s, text, retainUntil} of manifests) {
      const target = join(out, `${s.name}.tar.gz`)
      const made = await writeBundle(s, target, Math.floor(createdAt.getTime() / 1000), published, stage)
      bundles.push({
        kind: s.kind,
        file: target,
        ...made,
        retainUntil,
        manifestSha256: createHash('sha256').update(text).digest('hex'),
        pages: s.pages,
      })
    }
    pauseAt('archive-published')

    const printFolder = printFolderOf(year.label, out)
    ws.db.transaction(() => {
      const now = findYear(ws.db, year.label)
      if (now?.status !== 'closed') throw new ConflictError('archive.changedMeanwhile', {year: year.label})
      const live = liveJournalCounts(ws.db, year.id)
      if (Object.entries(live).some(([table, n]) => rows[table] !== n))
        throw new ConflictError('archive.changedMeanwhile', {year: year.label})
      for (const b of bundles) {
        const row: ArchiveRow = {
          year: year.label,
          kind: b.kind,
          file: b.file,
          bytes: b.bytes,
          sha256: b.sha256,
          manifestSha256: b.manifestSha256,
          createdAt: createdAt.toISOString(),
          retainUntil: b.retainUntil,
          classes: classNames.length,
          pages: b.pages,
        }
        insertArchive(ws.db, year.id, row)
      }
      ws.db.prepare(`UPDATE academic_year SET status = 'archived' WHERE id = ?`).run(year.id)
    })()
    // The year is archived: its bundles stay whatever happens next.
    published.length = 0
    unpackForPrint(printFolder, [join(journals.dir, 'journals'), join(summaries.dir, 'summaries')])
    return {
      year: year.label,
      bundles: bundles.map(({kind, file, bytes, sha256, retainUntil}) => ({
        kind,
        file,
        bytes,
        sha256,
        retainUntil,
      })),
      classes: classNames.length,
      pages: journals.pages + summaries.pages,
      durationMs: Math.round(performance.now() - started),
      printFolder,
    }
  } catch (error) {
    for (const file of published) if (existsSync(file)) unlinkSync(file)
    const explained = explainWriteError(error, out)
    throw explained instanceof EjournalError && explained.key === 'backup.diskFull'
      ? new EjournalError('archive.diskFull', {dir: out})
      : explained
  } finally {
    rmSync(stage, {recursive: true, force: true})
    release()
  }
}

/** Where the PDFs are left to print: beside the bundles, e.g. ejournal-2026-2027-print/. */
const printFolderOf = (label: string, out: string) => join(out, `ejournal-${label.replace('/', '-')}-print`)

/** The PDFs of each staged folder copied into a new private folder of the same name under `folder`. */
function unpackForPrint(folder: string, from: string[]): void {
  mkdirSync(folder, {mode: 0o700})
  for (const dir of from) {
    const into = join(folder, basename(dir))
    mkdirSync(into, {mode: 0o700})
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.pdf'))
      .sort()) {
      copyFileSync(join(dir, name), join(into, name), constants.COPYFILE_EXCL)
      chmodSync(join(into, name), 0o600)
    }
  }
}

const stagingName = (label: string) => `.staging-${label.replace('/', '-')}`

/** What a run records in its staging folder before it publishes a bundle: the bundle's SHA-256. */
const publishedMark = (stage: string, target: string) => join(stage, `${basename(target)}.published`)

/**
 * A signed bundle is written once: a bundle (or its .sha256) already in the out folder is refused
 * by name — unless the staging folder of a run killed before it archived the year says that run
 * published exactly this file: that is the run's own leftover, removed when `remove` (under the lock).
 */
function refuseExistingBundles(label: string, out: string, stage: string, remove: boolean): void {
  const found: string[] = []
  for (const kind of BUNDLE_KINDS) {
    const target = join(out, `${bundleName(label, kind)}.tar.gz`)
    const files = [target, target + '.sha256'].filter((f) => existsSync(f))
    if (files.length === 0) continue
    const mark = publishedMark(stage, target)
    const own =
      existsSync(mark) && existsSync(target) && readFileSync(mark, 'utf8') === fileDigest(target).sha256
    if (!own) found.push(...files)
    else if (remove) for (const f of files) unlinkSync(f)
  }
  // The print folder is made after the year is archived: one found here is not this run's.
  const print = printFolderOf(label, out)
  if (existsSync(print)) found.push(print)
  if (found.length > 0)
    throw new ConflictError('archive.bundlesExist', {year: label, files: found.join(', ')})
}

/**
 * The staged folder as <name>.tar.gz in the out folder: written as *.partial (0600), fsynced,
 * read back and compared, renamed, then made read-only for its owner only (0400: it holds the
 * year's personal data), with <name>.tar.gz.sha256 beside it in the format of sha256sum.
 */
async function writeBundle(
  s: Staged,
  target: string,
  mtime: number,
  published: string[],
  stage: string,
): Promise<{bytes: number; sha256: string}> {
  const dir = resolve(target, '..')
  const partial = target + '.partial'
  rmSync(partial, {force: true})
  const entries = filesUnder(s.dir).map((path) => {
    const file = join(s.dir, ...path.split('/'))
    return {name: `${s.name}/${path}`, path: file, bytes: statSync(file).size}
  })
  const hash = createHash('sha256')
  let bytes = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    },
  })
  try {
    await pipeline(
      Readable.from(tarStream(entries, mtime)),
      createGzip({level: 6}),
      tap,
      createWriteStream(partial, {flags: 'wx', mode: 0o600}),
    )
    fsyncFile(partial)
    const sha256 = hash.digest('hex')
    const reread = fileDigest(partial)
    if (reread.sha256 !== sha256 || reread.bytes !== bytes)
      throw new EjournalError('archive.readBackFailed', {file: partial})
    writeDurably(publishedMark(stage, target), stage, sha256)
    published.push(target, target + '.sha256')
    publish(partial, target, dir)
    chmodSync(target, 0o400)
    const sums = target + '.sha256'
    writeDurably(sums, dir, `${sha256}  ${basename(target)}\n`)
    chmodSync(sums, 0o400)
    return {bytes, sha256}
  } finally {
    rmSync(partial, {force: true})
  }
}
