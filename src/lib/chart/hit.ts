/**
 * What lies under a point of the chart, found from the placements rather than from elements: the
 * marks drawn on a canvas have no element of their own to receive the pointer. The boxes are those
 * the SVG marks answer to, so a mark reacts at the same place however it is drawn.
 */
import { MARK_LAYOUT } from './encoding';
import type { LanePlacement, PlacedCluster, PlacedEvent } from './placement';
import { estimateTextWidth } from './text-width';

/** A mark's box, relative to the top of its row: the hit area around the glyph and its span. */
const MARK_BOX = MARK_LAYOUT.hit;
/** The label's box, relative to the top of the row: 12 px text on its baseline, and a margin. */
const LABEL_BOX = { top: MARK_LAYOUT.labelY - 12, bottom: MARK_LAYOUT.labelY + 4 } as const;
/** A badge's pill and the range bar under it, relative to the top of the row. */
const BADGE_BOX = {
	top: MARK_LAYOUT.badge.y,
	bottom: MARK_LAYOUT.badge.rangeY + MARK_LAYOUT.badge.rangeHeight
} as const;

export type Hit =
	| { type: 'event'; id: string; lane: number; mark: PlacedEvent }
	| { type: 'cluster'; lane: number; cluster: PlacedCluster };

/** Does the point fall on the mark (its glyph and span, or its label)? */
export function onMark(m: PlacedEvent, top: number, px: number, py: number): boolean {
	const dy = py - top;
	if (dy < 0 || dy > MARK_BOX.height) return false;
	const left = m.x0 + MARK_BOX.left;
	const width = Math.max(MARK_BOX.minWidth, m.x1 - m.x0 + MARK_BOX.extra);
	if (px >= left && px <= left + width) return true;
	if (!m.label || dy < LABEL_BOX.top || dy > LABEL_BOX.bottom) return false;
	const text = estimateTextWidth(m.label);
	const start = m.labelEnd === undefined ? m.labelX : m.labelEnd - text;
	return px >= start && px <= start + text;
}

/** Does the point fall on the badge (its pill, or the bar under the days it stands for)? */
export function onCluster(c: PlacedCluster, top: number, px: number, py: number): boolean {
	const dy = py - top;
	if (dy < BADGE_BOX.top || dy > BADGE_BOX.bottom) return false;
	const inPill = px >= c.badgeX && px <= c.badgeX + c.badgeWidth;
	return inPill || (px >= c.x0 && px <= Math.max(c.x0 + 2, c.x1));
}

/**
 * The mark or badge under (px, py), or null. Marks are drawn over badges, and later marks over
 * earlier ones, so the search runs from the top of that order down.
 */
export function hitTest(
	placements: readonly LanePlacement[],
	rowTop: (lane: number, row: number) => number,
	px: number,
	py: number
): Hit | null {
	for (let lane = placements.length - 1; lane >= 0; lane--) {
		const p = placements[lane] as LanePlacement;
		for (let i = p.events.length - 1; i >= 0; i--) {
			const mark = p.events[i] as PlacedEvent;
			if (onMark(mark, rowTop(lane, mark.row), px, py)) {
				return { type: 'event', id: mark.event.id, lane, mark };
			}
		}
		for (let i = p.clusters.length - 1; i >= 0; i--) {
			const cluster = p.clusters[i] as PlacedCluster;
			if (onCluster(cluster, rowTop(lane, cluster.row), px, py)) {
				return { type: 'cluster', lane, cluster };
			}
		}
	}
	return null;
}
