// Which journal file is which: by name (lessons.csv, marks.xlsx, …), in a folder or given one by one.
import {readdirSync, statSync} from 'node:fs'
import {basename, join} from 'node:path'

import {UsageError} from '../cli/errors.js'
import {type KindName} from './kind.js'
import {JOURNAL_KINDS} from './kinds/index.js'

const NAMES = JOURNAL_KINDS.map((k) => `${k}.csv`).join(', ')

function kindOf(file: string): KindName | undefined {
  const name = basename(file)
    .toLowerCase()
    .replace(/\.(csv|xlsx)$/, '')
  return JOURNAL_KINDS.find((k) => name === k)
}

/** The journal files among the paths, in the order they must be applied. */
export function journalFiles(paths: string[]): Array<{kind: KindName; path: string}> {
  const files: Array<{kind: KindName; path: string}> = []
  for (const path of paths) {
    if (statSync(path, {throwIfNoEntry: false})?.isDirectory()) {
      const found = readdirSync(path)
        .map((f) => ({kind: kindOf(f), path: join(path, f)}))
        .filter((f): f is {kind: KindName; path: string} => f.kind !== undefined)
      if (found.length === 0) throw new UsageError('journal.noFiles', {path, names: NAMES})
      files.push(...found)
    } else {
      const kind = kindOf(path)
      if (!kind) throw new UsageError('journal.unknownFile', {file: basename(path), names: NAMES})
      files.push({kind, path})
    }
  }
  return files.sort((a, b) => JOURNAL_KINDS.indexOf(a.kind) - JOURNAL_KINDS.indexOf(b.kind))
}
