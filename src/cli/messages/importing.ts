// Messages of src/importing/ (English and Russian, the same keys).
export const importingEn = {} as const

export const importingRu: Record<keyof typeof importingEn, string> = {}
