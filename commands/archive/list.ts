import {BaseCommand, formatFlag, type Outcome} from '../../src/cli/base-command.js'
import {renderRows} from '../../src/cli/render.js'
import {listBundles} from '../../src/archive/list.js'
import {listColumns} from '../../src/archive/render.js'

export default class ArchiveList extends BaseCommand<typeof ArchiveList> {
  static override summary = 'List the archives: year, bundle, when made, size, and when it may be destroyed.'
  static override examples = [
    '<%= config.bin %> archive list',
    '<%= config.bin %> archive list --format csv > archives.csv',
  ]
  static override flags = {format: formatFlag}

  protected async execute(): Promise<Outcome> {
    const bundles = listBundles(this.workspace.db, this.today)
    return {
      data: bundles,
      text: () =>
        bundles.length === 0 && this.format === 'table'
          ? this.m('archive.list.empty')
          : renderRows(
              this.format,
              listColumns(this.tr, this.lang, this.workspace.settings.timezone),
              bundles,
            ),
    }
  }
}
