// The DejaVu fonts every PDF of ejournal uses (slips, letters, reports, print forms): they carry
// Cyrillic, ё, «», № and ₽. Registered under the same names everywhere.
import {createRequire} from 'node:module'

export const DEJAVU = {
  sans: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  mono: 'DejaVuSansMono-Bold.ttf',
} as const

export type FontName = keyof typeof DEJAVU

const resolve = createRequire(import.meta.url).resolve

export function fontFile(name: FontName): string {
  return resolve(`dejavu-fonts-ttf/ttf/${DEJAVU[name]}`)
}

/** Registers sans, bold, italic and mono on a pdfkit document. */
export function registerFonts(doc: {registerFont(name: string, src: string): unknown}): void {
  for (const name of Object.keys(DEJAVU) as FontName[]) doc.registerFont(name, fontFile(name))
}
