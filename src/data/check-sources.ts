/**
 * Source rules the schema cannot express: a syndicated copy names its original
 * outlet (`via`) and only a syndicated copy does; no record cites only sources
 * whose URL is not http(s) (a reader could not open any of them).
 */
import type { RawDataset } from '@/data/schema'
import { isSafeHttpUrl } from '@/domain/urls'

type Path = readonly PropertyKey[]

export function checkSources(
  data: RawDataset,
  add: (path: Path, message: string) => void,
): void {
  const unlinkable = new Set<string>()
  data.sources.forEach((s, i) => {
    if (s.kind === 'syndicated' && s.via === undefined)
      add(
        ['sources', i, 'via'],
        'a syndicated source must name its original outlet in "via"',
      )
    if (s.kind !== 'syndicated' && s.via !== undefined)
      add(
        ['sources', i, 'via'],
        `only a syndicated source has "via" (this one is "${s.kind}")`,
      )
    if (!isSafeHttpUrl(s.url)) unlinkable.add(s.id)
  })
  if (unlinkable.size === 0) return
  const check = (refs: readonly string[], path: Path): void => {
    if (refs.length > 0 && refs.every((r) => unlinkable.has(r)))
      add(
        path,
        'cites only sources whose URL is not http(s): a reader can open none of them',
      )
  }
  data.series.forEach((s, si) =>
    s.points.forEach((p, pi) =>
      check(p.sources, ['series', si, 'points', pi, 'sources']),
    ),
  )
  data.targets.forEach((t, ti) => {
    check(t.sources, ['targets', ti, 'sources'])
    t.deadlines.forEach((d, di) =>
      check(d.sources, ['targets', ti, 'deadlines', di, 'sources']),
    )
  })
  data.measures.forEach((m, mi) => {
    check(m.sources, ['measures', mi, 'sources'])
    m.windows.forEach((w, wi) =>
      check(w.sources, ['measures', mi, 'windows', wi, 'sources']),
    )
  })
  data.events.forEach((e, ei) => check(e.sources, ['events', ei, 'sources']))
}
