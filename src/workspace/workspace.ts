// A school's workspace: a folder with ejournal.json, the database and private folders.
import {existsSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'

import {WorkspaceError} from '../cli/errors.js'
import {type Db, openDatabase} from '../db/open.js'
import {DATABASE_FILE, type Settings, SETTINGS_FILE} from './settings.js'

export interface Workspace {
  dir: string
  settings: Settings
  db: Db
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
  const db = openDatabase(join(dir, DATABASE_FILE), {copyAsideDir: join(dir, 'backups')})
  return {dir, settings, db, close: () => db.close()}
}
