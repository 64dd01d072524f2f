import { dataFile } from '$lib/server/data-file';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import { timelineChart } from '$lib/server/chart';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = timelineEntries;

/**
 * The chart's data as one file per timeline, packed (`$lib/chart/wire`). Event pages
 * fetch it once in the browser and share it (see `$lib/state/timeline-files`), so no event page
 * carries the whole timeline.
 */
export const GET: RequestHandler = ({ params }) => {
	const timeline = timelineOr404(params.timeline);
	return dataFile(timelineChart(timeline).packed);
};
