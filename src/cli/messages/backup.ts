// Messages of src/backup/ (English and Russian, the same keys).
export const backupEn = {} as const

export const backupRu: Record<keyof typeof backupEn, string> = {}
