// Russian names in Latin letters by the ICAO Doc 9303 table that Russian passports use since
// 2013, so that a login matches the spelling in the person's own passport. Pure.

const ICAO: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
}

/**
 * Lower-case Latin by ICAO Doc 9303; then only a–z, digits, dot and hyphen are kept (spaces
 * and apostrophes go, a double surname keeps its hyphen). Latin letters with accents, as in
 * a foreign pupil's name, lose the accent rather than the letter.
 */
export function transliterate(text: string): string {
  const latin = Array.from(text.normalize('NFC').toLowerCase(), (ch) => ICAO[ch] ?? ch).join('')
  return latin.normalize('NFD').replace(/[^a-z0-9.-]/g, '')
}
