// The installed package's own folder: migrations and templates ship beside the code, and this
// resolves the same from src/ (development, tests) and dist/src/ (the built CLI).
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

let root: string | undefined

export function packageRoot(): string {
  if (root) return root
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('ejournal: package.json not found above ' + import.meta.url)
    dir = parent
  }
  root = dir
  return dir
}

export function programVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {version: string}).version
}
