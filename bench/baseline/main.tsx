/**
 * The benchmark's bare baseline: the same stack (React, TanStack Query, zod,
 * Recharts) fetching and validating the same dataset, drawing every point of
 * every series in one Recharts line chart, with no optimisation at all.
 */
import {
  QueryClient,
  QueryClientProvider,
  useQuery,
} from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { rawDatasetSchema, type RawDataset } from '../../src/data/schema'

async function load(): Promise<RawDataset> {
  const res = await fetch('/data/commitments.json')
  return rawDatasetSchema.parse(await res.json())
}

function Chart() {
  const { data } = useQuery({ queryKey: ['dataset'], queryFn: load })
  if (!data) return <p>Loading…</p>
  const rows = new Map<string, Record<string, number | string>>()
  for (const s of data.series)
    for (const p of s.points) {
      const row = rows.get(p.date) ?? { date: p.date }
      row[s.id] = p.value
      rows.set(p.date, row)
    }
  const sorted = [...rows.values()].sort((a, b) =>
    String(a.date).localeCompare(String(b.date)),
  )
  return (
    <div data-bench-chart style={{ width: '100%', height: 400 }}>
      <ResponsiveContainer>
        <LineChart data={sorted}>
          <CartesianGrid />
          <XAxis dataKey="date" />
          <YAxis />
          <Tooltip />
          <Legend />
          {data.series.map((s) => (
            <Line key={s.id} dataKey={s.id} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient()}>
    <h1>Baseline</h1>
    <figure>
      <Chart />
    </figure>
  </QueryClientProvider>,
)
