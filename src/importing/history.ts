// import history: what was imported, when and by whom, with the file's SHA-256.
import {type Db} from '../db/open.js'

export interface ImportHistoryRow {
  at: string
  osUser: string
  kind: string
  fileName: string
  sha256: string
  mode: string
  encoding: string | null
  delimiter: string | null
  created: number
  updated: number
  unchanged: number
  leaving: number
  rejected: number
}

export function importHistory(db: Db): ImportHistoryRow[] {
  return db
    .prepare(
      `SELECT at, os_user AS osUser, kind, file_name AS fileName, sha256, mode, encoding, delimiter,
              created, updated, unchanged, leaving, rejected FROM import_log ORDER BY at, id`,
    )
    .all() as ImportHistoryRow[]
}
