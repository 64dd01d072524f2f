// The timeline's events in time order, slimmed to what listing and filtering need: an event page
// fetches it only when the URL has filters, to find the previous and next events that pass them.
import { error } from '@sveltejs/kit';
import { dataFile } from '$lib/server/data-file';
import { timelineSequence } from '$lib/server/event-page';
import { getTimeline, loadTimelines } from '$lib/server/timelines';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => loadTimelines().map((t) => ({ timeline: t.id }));

export const GET: RequestHandler = ({ params }) => {
	const timeline = getTimeline(params.timeline);
	if (!timeline) error(404, { message: `There is no timeline "${params.timeline}".` });
	return dataFile(timelineSequence(timeline));
};
