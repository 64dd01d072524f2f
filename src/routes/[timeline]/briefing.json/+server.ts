import { error } from '@sveltejs/kit';
import { dataFile } from '$lib/server/data-file';
import { buildBriefing } from '$lib/print/briefing';
import { SITE_ROOT } from '$lib/server/site';
import { getTimeline, loadTimelines } from '$lib/server/timelines';
import type { BriefingData } from '$lib/state/timeline-files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => loadTimelines().map((t) => ({ timeline: t.id }));

/**
 * The briefing and the timeline it is built from, for printing the timeline page. The page fetches
 * it once it is idle (see `$lib/components/briefing/PrintOnDemand.svelte`), so neither its HTML nor
 * its hydration carries every event's sources and quotes.
 */
export const GET: RequestHandler = ({ params }) => {
	const timeline = getTimeline(params.timeline);
	if (!timeline) error(404, `No timeline "${params.timeline}"`);
	const body: BriefingData = { briefing: buildBriefing(timeline, SITE_ROOT), timeline };
	return dataFile(body);
};
