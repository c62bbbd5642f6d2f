// Messages of src/subgroups/ (English and Russian, the same keys).
export const subgroupsEn = {} as const

export const subgroupsRu: Record<keyof typeof subgroupsEn, string> = {}
