import { dataFile } from '$lib/server/data-file';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import { toSearchTexts } from '$lib/chart/data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = timelineEntries;

/**
 * What search reads beyond the titles (summaries, quotes and claims), by event id. The page
 * fetches it when the reader first searches, so the page itself carries none of it.
 */
export const GET: RequestHandler = ({ params }) => {
	const timeline = timelineOr404(params.timeline);
	return dataFile(toSearchTexts(timeline));
};
