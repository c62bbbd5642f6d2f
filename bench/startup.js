// Start-up: `ejournal --version` and `ejournal year list --json` against `node -e 0` (goal ≤ 2.5×).
import {join} from 'node:path'

import {CLI, interleavedMedians, report, scratch, time} from './lib.js'

const ROUNDS = 21
const ws = join(scratch('ejournal-bench-startup-'), 'school')
const env = {...process.env, EJOURNAL_HOME: ws}
time(process.execPath, [CLI, 'init', '--school-name', 'Bench', '--yes'], {env})
time(process.execPath, [CLI, 'year', 'open', '2026/2027'], {env})

const [floor, version, list] = interleavedMedians(ROUNDS, [
  [process.execPath, ['-e', '0']],
  [process.execPath, [CLI, '--version'], {env}],
  [process.execPath, [CLI, 'year', 'list', '--json'], {env}],
])
export const results = [
  report('startup: ejournal --version', version, floor, 2.5),
  report('startup: ejournal year list --json', list, floor, 2.5),
]
