// The keys hint under a list question (@inquirer/prompts' select) in the user's language:
// «↑↓ выбор • ⏎ подтвердить». inquirer names the keys' actions in English; the catalog words them.
import {type MessageKey, type Translate} from './i18n.js'
import {helpEn} from './messages/help.js'
import {type Paint} from './paint.js'

export function selectTheme(
  tr: Translate,
  {bold}: Paint,
): {style: {keysHelpTip: (keys: [string, string][]) => string}} {
  const action = (name: string) => {
    const key = `prompt.key.${name}`
    return key in helpEn ? tr(key as MessageKey) : name
  }
  return {
    style: {
      keysHelpTip: (keys) => keys.map(([key, name]) => `${bold(key)} ${action(name)}`).join(' • '),
    },
  }
}
