/** What the export endpoints share: one file per timeline, and a 404 for an unknown id. */
import { error } from '@sveltejs/kit';
import type { Timeline } from '$lib/data/schema';
import { getTimeline, loadTimelines } from './timelines';

/** Every timeline id, for `entries()` of a prerendered per-timeline route. */
export function exportEntries(): { timeline: string }[] {
	return loadTimelines().map((t) => ({ timeline: t.id }));
}

export function timelineOr404(id: string): Timeline {
	const timeline = getTimeline(id);
	if (!timeline) error(404, `No timeline "${id}"`);
	return timeline;
}
