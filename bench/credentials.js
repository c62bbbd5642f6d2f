// Credentials: hashing the temporary passwords of 1 000 accounts with hashPasswords (argon2id,
// m=19456 KiB, t=2, p=1) against the floor of every core hashing without overhead — one hash ×
// 1 000 / cores — and the absolute time, whose goal is "seconds, not minutes". Then, for the
// whole issue, the slips of the same 1 000 accounts written as one PDF per class of 30.
import {hashSync} from '@node-rs/argon2'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'

import {ARGON2_COST, hashPasswords} from '../dist/src/credentials/hash.js'
import {generatePassword} from '../dist/src/credentials/password.js'
import {slipFileName, slipFolder, writeSlipsPdf} from '../dist/src/credentials/slips.js'
import {median, report, scratch} from './lib.js'

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

const exportsDir = join(scratch('ejournal-bench-credentials-'), 'exports')
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
