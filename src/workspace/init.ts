// ejournal init: a new workspace, private from the first byte.
import {randomBytes} from 'node:crypto'
import {chmodSync, existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'

import {isValidTimeZone} from '../calendar/zone.js'
import {UsageError, WorkspaceError} from '../cli/errors.js'
import {openDatabase} from '../db/open.js'
import {DATABASE_FILE, defaultSettings, PRIVATE_DIRS, SETTINGS_FILE} from './settings.js'
import {isWorkspace} from './workspace.js'

export interface InitOptions {
  dir: string
  schoolName: string
  timezone: string
  weekDays: 5 | 6
}

export interface InitResult {
  dir: string
  settingsFile: string
  database: string
  keyFile: string
}

export function initWorkspace(options: InitOptions): InitResult {
  const dir = resolve(options.dir)
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new UsageError('contract.init.notFolder', {path: dir})
  if (isWorkspace(dir) || existsSync(join(dir, DATABASE_FILE)))
    throw new WorkspaceError('workspace.exists', {dir})
  if (!options.schoolName.trim()) throw new UsageError('init.schoolNameRequired')
  if (!isValidTimeZone(options.timezone)) throw new UsageError('init.badTimezone', {zone: options.timezone})

  mkdirSync(dir, {recursive: true})
  for (const sub of PRIVATE_DIRS) {
    mkdirSync(join(dir, sub), {recursive: true, mode: 0o700})
    chmodSync(join(dir, sub), 0o700)
  }
  const settings = defaultSettings(options.schoolName.trim(), options.timezone, options.weekDays)
  const keyFile = join(dir, settings.backup.keyFile)
  writeFileSync(keyFile, randomBytes(32), {mode: 0o600, flag: 'wx'})

  const database = join(dir, DATABASE_FILE)
  openDatabase(database).close()
  // Written last: a folder is a workspace only once everything in it exists.
  const settingsFile = join(dir, SETTINGS_FILE)
  writeFileSync(settingsFile, JSON.stringify(settings, null, 2) + '\n', {mode: 0o644})
  return {dir, settingsFile, database, keyFile}
}
