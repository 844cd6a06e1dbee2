/**
 * The swimlane chart's vertical layout: what the page needs to keep the
 * chart's height before its code (src/charts/pause-timeline-chart.tsx, loaded
 * on demand) has arrived.
 */

/** Height of one lane (px). */
export const LANE_HEIGHT = 52
/** Space above the first lane: the as-of and today labels. */
export const TOP = 40
/** Height of the time axis under the lanes. */
const AXIS = 24

export function pauseTimelineHeight(lanes: number): number {
  return TOP + lanes * LANE_HEIGHT + AXIS + 8
}
