// Credentials: hashing the temporary passwords of 1 000 accounts with hashPasswords (argon2id,
// m=19456 KiB, t=2, p=1) against the floor of every core hashing without overhead — one hash ×
// 1 000 / cores — and the absolute time, whose goal is "seconds, not minutes". Then, for the
// whole issue, the slips of the same 1 000 accounts written as one PDF per class of 30; and last
// the real command on a generated school (below).
import {hashSync} from '@node-rs/argon2'
import {spawnSync} from 'node:child_process'
import {rmSync, writeFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'

import {ARGON2_COST, hashPasswords} from '../dist/src/credentials/hash.js'
import {generatePassword} from '../dist/src/credentials/password.js'
import {slipFileName, slipFolder, writeSlipsPdf} from '../dist/src/credentials/slips.js'
import {CLI, median, report, scratch, time} from './lib.js'
import {pupilLines} from './school-data.js'

const ACCOUNTS = 1000
const ROUNDS = 3
const SINGLE_HASHES = 25
const ARGON2ID = 2
const CLASS_SIZE = 30
const CLASSES = Math.ceil(ACCOUNTS / CLASS_SIZE)
const cores = availableParallelism()
const passwords = Array.from({length: ACCOUNTS}, () => generatePassword())

function oneHash(password) {
  const start = performance.now()
  hashSync(password, {...ARGON2_COST, algorithm: ARGON2ID})
  return performance.now() - start
}

// Rounds alternate floor and measurement, so that a busy moment weighs on both alike.
// The CPU time of the parallel run tells a slow run from a busy machine: cores used below the
// machine's count mean other processes held them, and the ratio then overstates the overhead.
await hashPasswords(passwords.slice(0, cores))
const singles = []
const measured = []
const cpu = []
for (let round = 0; round < ROUNDS; round++) {
  singles.push(median(Array.from({length: SINGLE_HASHES}, (_, i) => oneHash(passwords[i]))))
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  await hashPasswords(passwords)
  const used = process.cpuUsage(cpuStart)
  measured.push(performance.now() - start)
  cpu.push((used.user + used.system) / 1000)
}
const single = median(singles)
const hashing = median(measured)
export const results = [
  report('credentials: hash 1 000 passwords', hashing, (single * ACCOUNTS) / cores, 1.5),
]
console.log(
  `  floor: median time of one argon2id hash (${single.toFixed(1)} ms) × ${ACCOUNTS} / ${cores} cores; ` +
    `absolute: ${(hashing / 1000).toFixed(1)} s for ${ACCOUNTS} accounts (goal: seconds, not minutes)\n` +
    `  cores used: ${(median(cpu) / hashing).toFixed(2)} of ${cores}; CPU per hash in parallel ` +
    `${(median(cpu) / ACCOUNTS).toFixed(1)} ms`,
)

const slipsDir = scratch('ejournal-bench-credentials-')
const exportsDir = join(slipsDir, 'exports')
const start = performance.now()
for (let c = 0; c < CLASSES; c++) {
  const className = `${5 + (c % 7)}${'АБВГДЕ'[Math.floor(c / 7)]}`
  const slips = passwords.slice(c * CLASS_SIZE, (c + 1) * CLASS_SIZE).map((password, i) => ({
    school: 'МБОУ СОШ № 23',
    name: `Ученикова Ученица ${c}-${i}`,
    role: 'pupil',
    login: `uchenikova.uchenitsa${c * CLASS_SIZE + i}`,
    password,
    portal: 'https://school23.example.ru',
    className,
  }))
  const folder = slipFolder(exportsDir, '2026-09-01', className)
  await writeSlipsPdf(join(folder, slipFileName(className, 'pupil', 'pdf')), slips, {heading: className})
}
console.log(
  `credentials: slips of ${ACCOUNTS} accounts, ${CLASSES} PDFs ${(performance.now() - start).toFixed(0)} ms (no floor: for scale)`,
)

// The whole command as the administrator runs it in September: `credentials issue --role all
// --yes` on a generated school of 500 pupils in 20 classes of 25, each with a parent — 1 000
// accounts: plan, logins, hashes, 40 PDFs of slips, one transaction. Its floor is the same hashing
// floor as above; the goal is the absolute time, seconds not minutes.
const ISSUE_PUPILS = Number(process.env.BENCH_CREDENTIALS_PUPILS ?? 500)
const issueDir = scratch('ejournal-bench-credentials-issue-')
const issueEnv = {
  ...process.env,
  LANG: 'C.UTF-8',
  EJOURNAL_NOW: '2026-08-28T02:00:00Z',
  EJOURNAL_HOME: join(issueDir, 'school'),
}
const pupilCsv = join(issueDir, 'pupils.csv')
writeFileSync(
  pupilCsv,
  pupilLines(ISSUE_PUPILS)
    .map((line, i) => {
      if (i === 0) return line
      const cells = line.split(';')
      const n = i - 1
      cells[5] = `${1 + (Math.floor(n / 50) % 11)}${'АБ'[Math.floor(n / 25) % 2]}`
      return cells.join(';')
    })
    .join('\r\n') + '\r\n',
)
time(process.execPath, [CLI, 'init', '--school-name', 'МБОУ СОШ № 23', '--yes'], {env: issueEnv})
time(process.execPath, [CLI, 'year', 'open', '2026/2027'], {env: issueEnv})
time(process.execPath, [CLI, 'import', 'pupils', pupilCsv, '--yes'], {env: issueEnv})
const issueStart = performance.now()
const issue = spawnSync(process.execPath, [CLI, 'credentials', 'issue', '--role', 'all', '--yes', '--json'], {
  env: issueEnv,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})
const issueMs = performance.now() - issueStart
if (issue.status !== 0) throw new Error(`credentials issue failed: ${issue.stderr}`)
const issuedResult = JSON.parse(issue.stdout)
const accounts = issuedResult.issued.length
results.push(report(`credentials: issue ${accounts} accounts`, issueMs, (single * accounts) / cores, 2.5))
console.log(
  `  credentials issue --role all --yes: ${(issueMs / 1000).toFixed(1)} s for ${accounts} accounts, ` +
    `${issuedResult.files.length} slip PDFs (goal: seconds, not minutes); floor as above`,
)
// The scratch schools and slips (with their passwords) are not kept.
rmSync(slipsDir, {recursive: true, force: true})
rmSync(issueDir, {recursive: true, force: true})
