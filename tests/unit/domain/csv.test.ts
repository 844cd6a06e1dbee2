import { en } from '../../lang'
import { describe, expect, it } from 'vitest'

import {
  datasetToTidyCsv,
  figureTableToCsv,
  toCsv,
  toCsvCell,
} from '@/domain/csv'
import { validateDataset } from '@/data/validate-dataset'
import {
  makeDataset,
  makeEvent,
  makePoint,
  makeSeries,
  makeSource,
} from '../../fixtures/builders'

describe(toCsvCell, () => {
  it.each<[string, Parameters<typeof toCsvCell>[0], string]>([
    ['plain text', 'Section 301', 'Section 301'],
    ['comma', 'List 1, 2', '"List 1, 2"'],
    ['quote', 'the "overall" rate', '"the ""overall"" rate"'],
    ['newline', 'a\nb', '"a\nb"'],
    ['formula =', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['formula +', '+1', "'+1"],
    ['formula -', '-cmd', "'-cmd"],
    ['formula @', '@SUM(A1)', "'@SUM(A1)"],
    ['negative number stays a number', -3, '-3'],
    ['decimal', 0.332, '0.332'],
    ['NaN', Number.NaN, ''],
    ['null', null, ''],
    ['leading space kept by quoting', ' x', '" x"'],
  ])('%s', (_name, value, expected) => {
    expect(toCsvCell(value)).toBe(expected)
  })
})

describe(toCsv, () => {
  it('joins rows with CRLF and ends with one', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [2, 'y, z'],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n2,"y, z"\r\n')
  })
})

describe(figureTableToCsv, () => {
  it('writes the table columns plus source publishers and URLs, one line per row', () => {
    const csv = figureTableToCsv(
      {
        caption: 'c',
        columns: [
          { key: 'date', label: 'Date' },
          { key: 'value', label: 'Value', numeric: true },
          { key: 'unit', label: 'Unit' },
        ],
        rows: [
          {
            id: '1',
            cells: { date: '2025-11-10', value: 10, unit: 'pct' },
            sources: [
              {
                publisher: 'STR',
                url: 'https://a.example/x',
                title: 't',
                kind: 'original-report',
                kindLabel: 'Original report',
              },
              {
                publisher: 'Akin',
                url: 'https://b.example/y',
                title: 't',
                kind: 'secondary',
                kindLabel: 'Secondary',
              },
            ],
          },
        ],
      },
      en,
    )
    expect(csv).toBe(
      'date,value,unit,source_publishers,source_urls,source_kinds\r\n2025-11-10,10,pct,STR | Akin,https://a.example/x | https://b.example/y,original-report | secondary\r\n',
    )
  })
})

describe(datasetToTidyCsv, () => {
  it('has one row per point, deadline, window and event, each with a source URL', () => {
    const dataset = validateDataset(makeDataset())
    const lines = datasetToTidyCsv(dataset, en).trimEnd().split('\r\n')
    // 4 fentanyl points + 3 soybean points + 2 deadlines + 2 windows + 1 event.
    expect(lines).toHaveLength(1 + 4 + 3 + 2 + 2 + 1)
    expect(lines[0]).toBe(
      'commodity,series,kind,date,date_precision,end_date,value,unit,status,note,source_publisher,source_url,source_kind',
    )
    expect(lines[1]).toBe(
      'tariffs,us-ieepa-fentanyl,tariff-rate,2025-02-04,day,,10,pct,in-force,,STR,https://www.strtrade.com/trade-news-resources/str-trade-report/trade-report/november/tariff-changes-for-imports-from-china-made-official,original-report',
    )
    expect(lines.slice(1).every((l) => l.includes('https://'))).toBe(true)
  })

  it('gives month-precise values and events their precision, and a syndicated source its original', () => {
    const dataset = validateDataset(
      makeDataset({
        sources: [
          makeSource(),
          makeSource({
            id: 'baird',
            publisher: 'Baird Maritime',
            url: 'https://www.bairdmaritime.com/x',
            kind: 'syndicated',
            via: 'Reuters',
          }),
        ],
        series: [
          makeSeries({
            points: [
              makePoint({
                date: '2025-11-01',
                datePrecision: 'month',
                value: 10,
                sources: ['baird'],
              }),
            ],
          }),
        ],
        targets: [],
        measures: [],
        events: [
          makeEvent({
            id: 'apec-shenzhen',
            date: '2026-11-01',
            datePrecision: 'month',
            scheduled: true,
          }),
        ],
      }),
    )
    const lines = datasetToTidyCsv(dataset, en).trimEnd().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toBe(
      'tariffs,us-ieepa-fentanyl,tariff-rate,2025-11-01,month,,10,pct,in-force,,"Reuters, via Baird Maritime",https://www.bairdmaritime.com/x,syndicated',
    )
    expect(lines[2]).toMatch(
      /^tariffs rare-earths soybeans,apec-shenzhen,event-summit,2026-11-01,month,,/,
    )
  })
})
