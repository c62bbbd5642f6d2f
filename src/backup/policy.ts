// The backup policy of a school: how often (п. 6.5: at least once every two weeks) and how long
// backups are kept. Defaults here; ejournal.json may override them:
//   "policy": {"backupIntervalDays": 7}
//   "backup": {"keyFile": "keys/backup.key", "retention": {"keepAllWeeks": 8, "keepMonthly": 12, "keepYearly": 5}}
import {join} from 'node:path'

import {WorkspaceError} from '../cli/errors.js'
import {SETTINGS_FILE} from '../workspace/settings.js'
import {type Workspace} from '../workspace/workspace.js'

export interface Retention {
  /** Every backup of the last N weeks. */
  keepAllWeeks: number
  /** The newest backup of each of the last N calendar months. */
  keepMonthly: number
  /** The newest backup of each of the last N calendar years. */
  keepYearly: number
}

export interface BackupPolicy {
  intervalDays: number
  retention: Retention
}

export const DEFAULT_POLICY: BackupPolicy = {
  intervalDays: 14,
  retention: {keepAllWeeks: 8, keepMonthly: 12, keepYearly: 5},
}

function whole(
  ws: Pick<Workspace, 'dir'>,
  key: string,
  value: unknown,
  fallback: number,
  min: number,
): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
    throw new WorkspaceError('backup.badSetting', {
      file: join(ws.dir, SETTINGS_FILE),
      key,
      value: String(value),
      min,
    })
  return value
}

export function backupPolicy(ws: Pick<Workspace, 'dir' | 'settings'>): BackupPolicy {
  const retention = ((ws.settings.backup as {retention?: Partial<Retention>} | undefined)?.retention ??
    {}) as Record<string, unknown>
  const d = DEFAULT_POLICY.retention
  return {
    intervalDays: whole(ws, 'policy.backupIntervalDays', ws.settings.policy?.backupIntervalDays, 14, 1),
    retention: {
      keepAllWeeks: whole(ws, 'backup.retention.keepAllWeeks', retention.keepAllWeeks, d.keepAllWeeks, 0),
      keepMonthly: whole(ws, 'backup.retention.keepMonthly', retention.keepMonthly, d.keepMonthly, 0),
      keepYearly: whole(ws, 'backup.retention.keepYearly', retention.keepYearly, d.keepYearly, 0),
    },
  }
}
