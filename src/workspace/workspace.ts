// A school's workspace: a folder with ejournal.json, the database and private folders.
import {accessSync, constants, existsSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'

import {isValidTimeZone} from '../calendar/zone.js'
import {WorkspaceError} from '../cli/errors.js'
import {type Db, openDatabase, openReadOnly} from '../db/open.js'
import {DATABASE_FILE, type Settings, SETTINGS_FILE} from './settings.js'

export interface Workspace {
  dir: string
  settings: Settings
  db: Db
  /** Why the workspace cannot be written (EROFS, EACCES), when it cannot: reading still works. */
  readOnly?: string
  close(): void
}

/** --workspace, else EJOURNAL_HOME, else the current directory. */
export function resolveWorkspaceDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(flag || env.EJOURNAL_HOME || process.cwd())
}

export function isWorkspace(dir: string): boolean {
  return existsSync(join(dir, SETTINGS_FILE))
}

export function openWorkspace(dir: string): Workspace {
  if (!isWorkspace(dir)) throw new WorkspaceError('workspace.missing', {dir})
  let settings: Settings
  try {
    settings = JSON.parse(readFileSync(join(dir, SETTINGS_FILE), 'utf8')) as Settings
  } catch (error) {
    throw new WorkspaceError('workspace.badSettings', {file: join(dir, SETTINGS_FILE), reason: String(error)})
  }
  const settingsFile = join(dir, SETTINGS_FILE)
  if (typeof settings.timezone !== 'string' || !isValidTimeZone(settings.timezone))
    throw new WorkspaceError('contract.badTimezone', {file: settingsFile, zone: String(settings.timezone)})
  const file = join(dir, DATABASE_FILE)
  const readOnly = writeRefusal(dir, file)
  const db = readOnly ? openReadOnly(file) : openDatabase(file, {copyAsideDir: join(dir, 'backups')})
  return {dir, settings, db, readOnly, close: () => db.close()}
}

/** The error code that writing the folder or the database would meet, if any. */
function writeRefusal(dir: string, file: string): string | undefined {
  for (const path of [dir, file]) {
    try {
      if (existsSync(path)) accessSync(path, constants.W_OK)
    } catch (error) {
      return (error as NodeJS.ErrnoException).code ?? 'EACCES'
    }
  }
  return undefined
}
