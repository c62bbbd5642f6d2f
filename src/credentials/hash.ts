// Password hashes as stored: argon2id PHC strings ($argon2id$v=19$m=19456,t=2,p=1$salt$hash),
// the OWASP minimum. @node-rs/argon2 loads only here: most commands never hash (start-up time).
import {availableParallelism} from 'node:os'

export const ARGON2_COST = {memoryCost: 19456, timeCost: 2, parallelism: 1} as const

async function argon2id() {
  const argon2 = await import('@node-rs/argon2')
  return {argon2, options: {...ARGON2_COST, algorithm: argon2.Algorithm.Argon2id}}
}

/**
 * Hashes in the order given, one at a time per core. The async hash runs on libuv's thread
 * pool; measured on 2 cores, more hashes in flight or a larger UV_THREADPOOL_SIZE gained
 * nothing (each hash needs its 19 MiB and a core), while one per core leaves pool threads free
 * for file writes. onProgress is called after each hash, for the progress bar.
 */
export async function hashPasswords(
  passwords: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<string[]> {
  const {argon2, options} = await argon2id()
  const hashes = new Array<string>(passwords.length)
  let next = 0
  let done = 0
  let failed = false
  async function worker(): Promise<void> {
    while (next < passwords.length && !failed) {
      const i = next++
      try {
        hashes[i] = await argon2.hash(passwords[i]!, options)
      } catch (error) {
        failed = true
        throw error
      }
      onProgress?.(++done, passwords.length)
    }
  }
  const workers = Math.min(availableParallelism(), passwords.length)
  await Promise.all(Array.from({length: workers}, worker))
  return hashes
}

/** Whether the password is the one hashed in the PHC string. */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  const {argon2} = await argon2id()
  return argon2.verify(phc, password)
}
