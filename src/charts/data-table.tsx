import type { FigureTable } from '@/domain/figure-table'
import { isSafeHttpUrl } from '@/domain/urls'

/** The figure's data as an accessible table: the same rows as its CSV download. */
export function DataTable({ table }: { table: FigureTable }) {
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={`${table.caption} (table)`}
    >
      <table className="data-table">
        <caption>
          {table.caption} — {table.rows.length} rows
        </caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
            <th scope="col">Sources</th>
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
                {row.sources.map((s, i) => (
                  <span key={i}>
                    {i > 0 && '; '}
                    {isSafeHttpUrl(s.url) ? (
                      <a
                        href={s.url}
                        target="_blank"
                        rel="noopener noreferrer"
                        title={s.title}
                      >
                        {s.publisher}
                      </a>
                    ) : (
                      `${s.publisher} (${s.url})`
                    )}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
