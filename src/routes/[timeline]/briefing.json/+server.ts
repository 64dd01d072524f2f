import { dataFile } from '$lib/server/data-file';
import { buildBriefing } from '$lib/print/briefing';
import { SITE_ROOT } from '$lib/server/site';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import type { BriefingData } from '$lib/state/timeline-files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = timelineEntries;

/**
 * The briefing and the timeline it is built from, for printing the timeline page. The page fetches
 * it once it is idle (see `$lib/print/PrintOnDemand.svelte`), so neither its HTML nor
 * its hydration carries every event's sources and quotes.
 */
export const GET: RequestHandler = ({ params }) => {
	const timeline = timelineOr404(params.timeline);
	const body: BriefingData = { briefing: buildBriefing(timeline, SITE_ROOT), timeline };
	return dataFile(body);
};
