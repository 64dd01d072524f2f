import { error } from '@sveltejs/kit';
import { getTimeline, loadTimelines } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	loadTimelines().flatMap((t) => t.events.map((e) => ({ timeline: t.id, event: e.id })));

// the chart's data comes from the [timeline] layout; this page adds the event itself
export const load: PageServerLoad = ({ params }) => {
	const event = getTimeline(params.timeline)?.events.find((e) => e.id === params.event);
	if (!event) error(404, `No event "${params.event}" in timeline "${params.timeline}"`);
	return { event };
};
