// Messages of src/credentials/ (English and Russian, the same keys).
export const credentialsEn = {} as const

export const credentialsRu: Record<keyof typeof credentialsEn, string> = {}
