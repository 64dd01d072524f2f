// The timeline's events in time order, slimmed to what listing and filtering need: an event page
// fetches it only when the URL has filters, to find the previous and next events that pass them.
import { dataFile } from '$lib/server/data-file';
import { timelineSequence } from '$lib/server/event-page';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = timelineEntries;

export const GET: RequestHandler = ({ params }) => {
	const timeline = timelineOr404(params.timeline);
	return dataFile(timelineSequence(timeline));
};
