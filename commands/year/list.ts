import {BaseCommand, formatFlag, type Outcome} from '../../src/cli/base-command.js'
import {formatRu} from '../../src/calendar/dates.js'
import {renderRows} from '../../src/cli/render.js'
import {schoolYearLabelOn} from '../../src/year/label.js'
import {listYears} from '../../src/year/store.js'

export default class YearList extends BaseCommand<typeof YearList> {
  static override summary = 'List the school years.'
  static override flags = {format: formatFlag}

  protected async execute(): Promise<Outcome> {
    const years = listYears(this.workspace.db).map(({label, startsOn, endsOn, status}) => ({
      label,
      startsOn,
      endsOn,
      status,
    }))
    return {
      data: years,
      text: () =>
        years.length === 0 && this.format === 'table'
          ? this.m('year.list.empty', {label: schoolYearLabelOn(this.today)})
          : renderRows(
              this.format,
              [
                {header: this.m('year.col.label'), value: (y) => y.label},
                {header: this.m('year.col.starts'), value: (y) => formatRu(y.startsOn)},
                {header: this.m('year.col.ends'), value: (y) => formatRu(y.endsOn)},
                {header: this.m('year.col.status'), value: (y) => this.m(`year.status.${y.status}`)},
              ],
              years,
            ),
    }
  }
}
