// The one clock. EJOURNAL_NOW (an ISO instant) pins it for tests and reproducible runs; the demo
// pins it in-process so that the school it builds is the same for the same seed.
let pinned: Date | undefined

export function now(): Date {
  if (pinned) return new Date(pinned)
  const fromEnv = process.env.EJOURNAL_NOW
  if (fromEnv) {
    const d = new Date(fromEnv)
    if (!Number.isNaN(d.getTime())) return d
  }
  return new Date()
}

/** Runs fn with the clock showing `at`, and restores it afterwards. */
export async function withClockAt<T>(at: Date, fn: () => Promise<T>): Promise<T> {
  const before = pinned
  pinned = at
  try {
    return await fn()
  } finally {
    pinned = before
  }
}
