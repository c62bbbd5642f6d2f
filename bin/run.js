#!/usr/bin/env node
// oclif's execute() ends with process.exit(code) as soon as a command fails or exits non-zero,
// which cuts off whatever a pipe has not yet taken (a slow reader, cron mail: 64 KiB). Here the
// exit code waits until stdout and stderr have handed everything to the system.
import {Errors, flush, run} from '@oclif/core'

let code = 0
try {
  await run(process.argv.slice(2), import.meta.url)
  await flush()
} catch (error) {
  if (error instanceof Errors.ExitError) code = error.oclif.exit
  else {
    // An error outside any command (an unknown command): oclif words it and exits by itself.
    await drained()
    await Errors.handle(error)
  }
}
process.exitCode = code
await drained()
// A command that failed may leave work behind (a timer, an abandoned question): once its output
// is out, nothing else of it matters. One that succeeded ends by itself, every write finished.
if (code !== 0) process.exit(code)

/** Resolves once everything written so far has left the process (also when the reader is gone). */
async function drained() {
  for (const stream of [process.stdout, process.stderr])
    await new Promise((resolve) =>
      stream.writableLength === 0 ? resolve() : stream.write('', () => resolve()),
    )
}
