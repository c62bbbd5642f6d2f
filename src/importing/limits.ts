// What an input file may hold, set far above any real school's lists so that only a broken or
// hostile file meets them; each is checked before the data it bounds is held in memory. Names
// and subjects have their own limits beside their parsers (parsers.ts, people/names.ts).

/** One cell: a homework text or a lesson topic is a few hundred characters. */
export const CELL_MAX = 4000

/** One record of a CSV: a dozen cells; mostly it catches a quote never closed. */
export const RECORD_MAX = 65_536

/** A CSV file: a 2 000-pupil school's whole year of marks is about 100 MB. */
export const CSV_FILE_MAX = 1024 * 1024 * 1024

/**
 * An .xlsx unpacked (exceljs holds it all in memory, and more): a 3 000-pupil list unpacks to
 * about 2 MB, so this is some 50 000 rows; larger lists come as CSV, which is streamed.
 */
export const WORKBOOK_UNPACKED_MAX = 32 * 1024 * 1024
