// The README's table of import columns, made from the kinds' own definitions (a test keeps the
// README equal to it).
import {KINDS} from './kinds/index.js'

export function importColumnsMarkdown(): string {
  return [
    '| kind | columns (Russian / English headers; * required) |',
    '|---|---|',
    ...Object.values(KINDS).map(
      (k) =>
        `| \`${k.name}\` | ${k.columns.map((c) => `${c.names.join(' / ')}${c.required ? '*' : ''}`).join('; ')} |`,
    ),
  ].join('\n')
}
