// Workbooks made byte by byte for the limits tests: a real .xlsx (exceljs reads it) whose shared
// string can be repeated to any size while the file stays small — a «zip bomb» — and whose
// declared sizes can be made to lie. A deflated piece is compressed once with a full flush (the
// compressor forgets what came before), so it can be repeated in the stream as often as wanted.
import {writeFileSync} from 'node:fs'
import {constants, deflateRawSync} from 'node:zlib'

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crcUpdate(crc: number, data: Buffer): number {
  let c = ~crc >>> 0
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8)
  return ~c >>> 0
}

interface Piece {
  text: string
  times?: number
}

interface Entry {
  name: string
  deflated: Buffer
  crc: number
  size: number
}

function entry(name: string, pieces: Piece[]): Entry {
  const parts: Buffer[] = []
  let crc = 0
  let size = 0
  for (const {text, times = 1} of pieces) {
    const raw = Buffer.from(text)
    const packed = deflateRawSync(raw, {finishFlush: constants.Z_FULL_FLUSH})
    for (let i = 0; i < times; i++) {
      parts.push(packed)
      crc = crcUpdate(crc, raw)
      size += raw.length
    }
  }
  parts.push(deflateRawSync(Buffer.alloc(0))) // the final, empty block
  return {name, deflated: Buffer.concat(parts), crc, size}
}

function zip(entries: Entry[], declare: (e: Entry) => number): Buffer {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // names in UTF-8
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(e.crc, 14)
    local.writeUInt32LE(e.deflated.length, 18)
    local.writeUInt32LE(declare(e), 22)
    local.writeUInt16LE(name.length, 26)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE(20, 4)
    dir.writeUInt16LE(20, 6)
    dir.writeUInt16LE(0x0800, 8)
    dir.writeUInt16LE(8, 10)
    dir.writeUInt32LE(e.crc, 16)
    dir.writeUInt32LE(e.deflated.length, 20)
    dir.writeUInt32LE(declare(e), 24)
    dir.writeUInt16LE(name.length, 28)
    dir.writeUInt32LE(offset, 42)
    locals.push(local, name, e.deflated)
    central.push(dir, name)
    offset += 30 + name.length + e.deflated.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml'

/**
 * A workbook of one sheet «Лист1»: A1 «Фамилия», A2 `cell` repeated `times` times (a shared
 * string). `lie` declares every entry 100 bytes long, whatever it holds. Returns the file's size.
 */
export function writeWorkbook(path: string, cell: string, times: number, lie = false): number {
  const entries = [
    entry('[Content_Types].xml', [
      {
        text: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`,
      },
    ]),
    entry('_rels/.rels', [
      {
        text: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      },
    ]),
    entry('xl/workbook.xml', [
      {
        text: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
    ]),
    entry('xl/_rels/workbook.xml.rels', [
      {
        text: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      },
    ]),
    entry('xl/worksheets/sheet1.xml', [
      {
        text: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>`,
      },
    ]),
    entry('xl/sharedStrings.xml', [
      {
        text: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>Фамилия</t></si><si><t>`,
      },
      {text: cell, times},
      {text: '</t></si></sst>'},
    ]),
  ]
  const bytes = zip(entries, (e) => (lie ? 100 : e.size))
  writeFileSync(path, bytes)
  return bytes.length
}
