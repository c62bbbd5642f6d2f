// `node --import ./record-loads.mjs …`: at exit, writes to the file named by EJOURNAL_RECORD_LOADS
// every module file the process loaded, ES modules (through a resolve hook) and CommonJS alike.
import {appendFileSync} from 'node:fs'
import {createRequire, register} from 'node:module'

const file = process.env.EJOURNAL_RECORD_LOADS
if (file) {
  register('./record-loads-hook.mjs', import.meta.url, {data: {file}})
  const cache = createRequire(import.meta.url).cache
  process.on('exit', () => appendFileSync(file, Object.keys(cache).join('\n') + '\n'))
}
