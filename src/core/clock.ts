// The one clock. EJOURNAL_NOW (an ISO instant) pins it for tests and reproducible runs.
export function now(): Date {
  const pinned = process.env.EJOURNAL_NOW
  if (pinned) {
    const d = new Date(pinned)
    if (!Number.isNaN(d.getTime())) return d
  }
  return new Date()
}
