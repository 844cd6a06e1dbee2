/** npm run bench: the targets its report checks each measure against (bench/results/latest.md). */
export const BENCH_TARGETS = {
  /** Initial JS (gzip), ours / baseline, at most. */
  initialJsGzipRatio: 1.15,
  /** Time to first chart, ours / baseline, at most. */
  firstChartRatio: 1,
  /** Large dataset, data received → first chart: times faster than the baseline, at least. */
  largeDataToChartSpeedup: 30,
  /** Filter toggle and range change, under (ms). */
  interactionMs: 100,
  /** PNG export, click → downloaded, under (ms). */
  exportPngMs: 150,
  /** SVG export, click → downloaded, under (ms). */
  exportSvgMs: 100,
  /** Lighthouse mobile scores, at least. */
  lighthouse: { performance: 98, accessibility: 100, bestPractices: 100 },
} as const
