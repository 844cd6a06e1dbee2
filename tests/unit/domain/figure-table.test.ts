import { describe, expect, it } from 'vitest'

import { lazyTable, type TableRow, valueColumns } from '@/domain/figure-table'

import { en } from '../../lang'

const row = (id: string): TableRow => ({ id, cells: { date: id }, sources: [] })

describe(lazyTable, () => {
  it.each<[string, TableRow[]]>([
    ['no rows', []],
    ['one row', [row('a')]],
    ['many rows', [row('a'), row('b'), row('c')]],
  ])('%s: builds the rows on first read only, once', (_name, rows) => {
    const columns = valueColumns(en)
    let builds = 0
    const table = lazyTable('Caption', columns, () => {
      builds++
      return rows
    })
    expect(table.caption).toBe('Caption')
    expect(table.columns).toBe(columns)
    const passedAround = { ...{ table } }
    expect(passedAround.table).toBe(table)
    expect(builds).toBe(0)
    expect(table.rows).toBe(rows)
    expect(table.rows).toBe(rows)
    expect(builds).toBe(1)
  })
})
