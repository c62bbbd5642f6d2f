// Messages of the terminal tables: the audit log's summary of a long command line.
export const tablesEn = {
  'tables.audit.more': '… and {count} more',
}

export const tablesRu: Record<keyof typeof tablesEn, string> = {
  'tables.audit.more': '… и ещё {count}',
}
