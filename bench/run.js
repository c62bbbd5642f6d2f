// npm run bench: every benchmark in this folder, one after another, in one run.
import {readdirSync} from 'node:fs'

const only = process.argv.slice(2)
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.js') && !['run.js', 'lib.js'].includes(f))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort()

console.log(`node ${process.version}, ${new Date().toISOString()}`)
for (const file of files) {
  console.log(`\n# ${file}`)
  await import(new URL(file, import.meta.url).href)
}
