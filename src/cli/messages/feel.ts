// Import feel: what an import says about a file read in the wrong encoding, and whether anything
// was written.
export const feelEn = {
  'feel.looksCp1251':
    'the file is not in UTF-8 as --encoding utf8 says: it looks like Windows-1251 (read so, it says «{word}»). Run again with --encoding cp1251, or with --encoding auto (the default) to detect it',
  'feel.nothingWritten': 'Nothing to write: the file holds nothing that is not already stored.',
}

export const feelRu: Record<keyof typeof feelEn, string> = {
  'feel.looksCp1251':
    'файл не в UTF-8, как сказано в --encoding utf8: похоже, он в Windows-1251 (в ней здесь написано «{word}»). Запустите снова с --encoding cp1251 или с --encoding auto (по умолчанию) — кодировка определится сама',
  'feel.nothingWritten': 'Записывать нечего: всё, что есть в файле, уже сохранено.',
}
