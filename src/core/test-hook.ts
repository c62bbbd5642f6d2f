// Test hook, for the fault tests only (test/e2e): EJOURNAL_TEST_PAUSE_AT=stage stops the process
// with SIGSTOP when it reaches that stage, so that a test can kill it exactly there, fill the
// disk, or start a second run, and then let it go on (SIGCONT).
// Backup stages, in order: locked, snapshot, sealed, published (the file renamed, no manifest
// yet), committed. Import stages: import-parsed (the file read and planned; a pupil list's rows
// already written inside the transaction), import-applied (every row and the import log written,
// not yet committed). Archive stages: archive-staged
// (the bundles written aside), archive-published (the bundles in place, the year not yet archived).
export type Stage =
  | 'locked'
  | 'snapshot'
  | 'sealed'
  | 'published'
  | 'committed'
  | 'import-parsed'
  | 'import-applied'
  | 'archive-staged'
  | 'archive-published'

export function pauseAt(stage: Stage): void {
  if (process.env.EJOURNAL_TEST_PAUSE_AT === stage) process.kill(process.pid, 'SIGSTOP')
}
