// --force, for every command that writes a file the user names (-o, --rejects): without it an
// existing file is refused, with it replaced and its mode kept (src/core/private-files.ts).
import {Flags} from '@oclif/core'

export const forceFlag = Flags.boolean({
  summary: 'Replace the output file when it exists (its mode is kept).',
})
