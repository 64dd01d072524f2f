import { error } from '@sveltejs/kit';
import { getTimeline, loadTimelines } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => loadTimelines().map((t) => ({ timeline: t.id }));

export const load: PageServerLoad = ({ params }) => {
	const timeline = getTimeline(params.timeline);
	if (!timeline) error(404, `No timeline "${params.timeline}"`);
	return { timeline };
};
