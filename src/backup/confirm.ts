// Confirmation of a destructive step (DESIGN.md): --yes answers it; on a terminal the person is
// asked; with no terminal and no --yes the command refuses.
import {UsageError} from '../cli/errors.js'

export async function confirmOrRefuse(yes: boolean, question: () => string): Promise<boolean> {
  if (yes) return true
  if (!process.stdin.isTTY) throw new UsageError('backup.needsYes')
  const {confirm} = await import('@inquirer/prompts')
  return confirm({message: question(), default: false})
}
