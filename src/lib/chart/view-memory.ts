/**
 * The reader's view of each timeline (zoom, lanes, zone), kept in memory while they move between
 * the timeline page and its event pages, which mount the chart afresh. Written only in the
 * browser, from effects; on the server it stays empty.
 */
import type { LaneMode } from '$lib/chart/lanes';
import type { ZoneMode } from '$lib/time/display-zone';

export interface RememberedView {
	/** the visible time window, epoch ms: independent of the chart's width */
	window: [number, number];
	laneMode: LaneMode;
	zoneMode: ZoneMode;
	/** the event whose mark had keyboard focus when the page changed, to focus it again */
	focusId: string | null;
}

const views = new Map<string, RememberedView>();

export function rememberView(timelineId: string, view: RememberedView): void {
	views.set(timelineId, view);
}

export function recallView(timelineId: string): RememberedView | undefined {
	return views.get(timelineId);
}

/** The event whose mark takes focus when its timeline's chart is drawn next, by timeline. */
const returns = new Map<string, string>();

/** Asks the timeline's next chart to focus an event's mark (closing an event's own page). */
export function focusOnReturn(timelineId: string, eventId: string): void {
	returns.set(timelineId, eventId);
}

/** The event to focus on this timeline's chart, asked for by `focusOnReturn`, once. */
export function takeReturnFocus(timelineId: string): string | undefined {
	const id = returns.get(timelineId);
	returns.delete(timelineId);
	return id;
}
