import type { FigureTable } from '@/domain/figure-table'
import { SourceRefs } from '@/charts/source-refs'
import { isWeaklySourced } from '@/domain/source-kind'
import { useLang } from '@/i18n/lang-context'

/** The figure's data as an accessible table: the same rows as its CSV download. */
export function DataTable({ table }: { table: FigureTable }) {
  const lang = useLang()
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={lang.t('charts.table.name', { caption: table.caption })}
    >
      <table className="data-table">
        <caption>
          {lang.t('charts.table.caption', {
            caption: table.caption,
            count: table.rows.length,
          })}
        </caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
            <th scope="col">{lang.t('charts.table.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id}>
              {table.columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {row.cells[c.key]}
                </td>
              ))}
              <td>
                <SourceRefs
                  sources={row.sources}
                  weaklySourced={isWeaklySourced(row.sources)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
