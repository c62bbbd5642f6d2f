// The school's policy over the catalog: ejournal.json `policy` may switch a rule off, change
// its numbers and the severity of its outcomes. Pure; a mistake in the file is one clear error.
//
//   "policy": {
//     "lesson-topic-on-time": {"errorAfterDays": 5},
//     "homework-weekly": false,
//     "attendance-on-time": {"severity": {"late": "info"}},
//     "work-type-specified": {"enabled": true, "severity": "info"},
//     "backupIntervalDays": 14
//   }
//
// Keys that are not rule ids belong to other features (backupIntervalDays, subgroupMaxSize) and
// are left alone — except ones that look like a rule id (with a hyphen): those are typos.
import {WorkspaceError} from '../cli/errors.js'
import {type MessageKey} from '../cli/i18n.js'
import {matchKey} from '../people/names.js'
import {
  type EffectiveRule,
  type ParamDef,
  type ParamValue,
  type RuleDef,
  SEVERITIES,
  type Severity,
} from './types.js'

type Reason =
  | 'number'
  | 'wholeNumber'
  | 'min'
  | 'list'
  | 'listOf'
  | 'text'
  | 'monthDay'
  | 'regexp'
  | 'ruleId'
  | 'ruleValue'
  | 'boolean'
  | 'severityOrMap'
  | 'severity'
  | 'outcome'
  | 'setting'

/** ejournal.json policy.<key> is wrong: one sentence naming the key, the value and what it must be. */
function problem(
  file: string,
  key: string,
  value: unknown,
  reason: Reason,
  extra: Record<string, string | number> = {},
): WorkspaceError {
  return new WorkspaceError(`check.policy.${reason}` as MessageKey, {
    file,
    key: `policy.${key}`,
    value: JSON.stringify(value) ?? 'undefined',
    ...extra,
  })
}

function validMonthDay(text: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(text)
  if (!m) return false
  const d = new Date(`2001-${text}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(5, 10) === text
}

/** One parameter's value from the policy, checked against its definition. */
export function paramValue(def: ParamDef, value: unknown, key: string, file: string): ParamValue {
  const d = def.default
  if (typeof d === 'number') {
    const integer = Number.isInteger(d)
    if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value)))
      throw problem(file, key, value, integer ? 'wholeNumber' : 'number')
    if (def.min !== undefined && value < def.min) throw problem(file, key, value, 'min', {min: def.min})
    return value
  }
  if (Array.isArray(d)) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
      throw problem(file, key, value, 'list')
    const bad = def.oneOf ? value.filter((v) => !def.oneOf!.includes(v)) : []
    if (bad.length) throw problem(file, key, value, 'listOf', {values: def.oneOf!.join(', ')})
    return value as string[]
  }
  if (typeof value !== 'string') throw problem(file, key, value, 'text')
  if (def.format === 'month-day' && !validMonthDay(value)) throw problem(file, key, value, 'monthDay')
  if (def.format === 'regexp') {
    try {
      new RegExp(value, 'iu')
    } catch {
      throw problem(file, key, value, 'regexp')
    }
  }
  return value
}

/** The catalog with the policy applied: each rule on or off, with its numbers and severities. */
export function effectiveRules(
  catalog: RuleDef[],
  policy: Record<string, unknown> | undefined,
  file = 'ejournal.json',
): EffectiveRule[] {
  const settings = policy ?? {}
  const ids = new Set(catalog.map((r) => r.id))
  for (const key of Object.keys(settings)) {
    if (key.includes('-') && !ids.has(key)) throw problem(file, key, settings[key], 'ruleId')
  }
  return catalog.map((def) => {
    const own = settings[def.id]
    const params: Record<string, ParamValue> = {}
    for (const [name, p] of Object.entries(def.params)) {
      const fromSetting = p.fromSetting ? settings[p.fromSetting] : undefined
      params[name] = fromSetting === undefined ? p.default : paramValue(p, fromSetting, p.fromSetting!, file)
    }
    const severities = Object.fromEntries(
      Object.entries(def.outcomes).map(([k, o]) => [k, o.severity]),
    ) as Record<string, Severity>
    if (own === undefined || own === true) return {def, enabled: true, params, severities}
    if (own === false) return {def, enabled: false, params, severities}
    if (typeof own !== 'object' || own === null || Array.isArray(own))
      throw problem(file, def.id, own, 'ruleValue')
    let enabled = true
    for (const [name, value] of Object.entries(own as Record<string, unknown>)) {
      const key = `${def.id}.${name}`
      if (name === 'enabled') {
        if (typeof value !== 'boolean') throw problem(file, key, value, 'boolean')
        enabled = value
      } else if (name === 'severity') {
        applySeverity(severities, value, key, file)
      } else if (def.params[name]) {
        params[name] = paramValue(def.params[name], value, key, file)
      } else {
        const known = ['enabled', 'severity', ...Object.keys(def.params)].join(', ')
        throw problem(file, key, value, 'setting', {known})
      }
    }
    return {def, enabled, params, severities}
  })
}

function applySeverity(severities: Record<string, Severity>, value: unknown, key: string, file: string) {
  const isSeverity = (v: unknown): v is Severity => SEVERITIES.includes(v as Severity)
  if (isSeverity(value)) {
    for (const k of Object.keys(severities)) severities[k] = value
    return
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw problem(file, key, value, 'severityOrMap')
  for (const [outcome, v] of Object.entries(value as Record<string, unknown>)) {
    if (!(outcome in severities))
      throw problem(file, `${key}.${outcome}`, v, 'outcome', {known: Object.keys(severities).join(', ')})
    if (!isSeverity(v)) throw problem(file, `${key}.${outcome}`, v, 'severity')
    severities[outcome] = v
  }
}

/** Parameters as SQL binds them: lists as JSON text (subjects by their match keys). */
export function sqlParams(rule: EffectiveRule): Record<string, number | string> {
  const out: Record<string, number | string> = {}
  for (const [name, value] of Object.entries(rule.params)) {
    if (Array.isArray(value))
      out[name] = JSON.stringify(rule.def.params[name]?.subjects ? value.map((v) => matchKey(v)) : value)
    else out[name] = value
  }
  return out
}

/** «errorAfterDays=7, graceDays=0» — how --list-rules shows them. */
export function describeParams(params: Record<string, ParamValue>): string {
  return Object.entries(params)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.join(', ')}]` : v}`)
    .join(', ')
}

/** The rule's check with its current numbers: «… still missing 7 days after → error». */
export function describeCheck(text: string, params: Record<string, ParamValue>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name]
    if (v === undefined) return whole
    if (Array.isArray(v)) return v.length ? v.join(', ') : '—'
    return String(v)
  })
}
