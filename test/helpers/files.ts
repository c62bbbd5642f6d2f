// Input files as school offices make them: CSV from Excel (Windows-1251, «;», CRLF) or UTF-8.
import iconv from 'iconv-lite'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'

export function writeCsv(
  dir: string,
  name: string,
  lines: string[],
  encoding: 'cp1251' | 'utf8' | 'utf8-bom' = 'utf8',
): string {
  const file = join(dir, name)
  const text = lines.join('\r\n') + '\r\n'
  writeFileSync(
    file,
    encoding === 'cp1251' ? iconv.encode(text, 'win1251') : (encoding === 'utf8-bom' ? '\ufeff' : '') + text,
  )
  return file
}
