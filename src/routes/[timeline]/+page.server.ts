import { error } from '@sveltejs/kit';
import { buildBriefing } from '$lib/print/briefing';
import { SITE_ROOT } from '$lib/server/site';
import { getTimeline, loadTimelines } from '$lib/server/timelines';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => loadTimelines().map((t) => ({ timeline: t.id }));

export const load: PageServerLoad = ({ params }) => {
	const timeline = getTimeline(params.timeline);
	if (!timeline) error(404, `No timeline "${params.timeline}"`);
	// the print-only briefing block: printing this page prints the briefing
	return { timeline, briefing: buildBriefing(timeline, SITE_ROOT) };
};
