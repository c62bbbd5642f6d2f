// A one-line progress indicator on stderr, on a terminal only: cron mail and pipes stay clean.

/** Told how far a long job is: done of total (bytes, pupils, classes). */
export type Progress = (done: number, total: number) => void

export function terminalProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): Progress | undefined {
  if (!stream.isTTY) return undefined
  let shown = -1
  return (done, total) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100
    if (percent === shown) return
    shown = percent
    stream.write(`\r${label}: ${percent}%${percent === 100 ? '\r\u001b[K' : ''}`)
  }
}
