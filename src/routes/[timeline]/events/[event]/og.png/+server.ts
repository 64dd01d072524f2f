import { error } from '@sveltejs/kit';
import { eventCard } from '$lib/card/card';
import { eventById } from '$lib/server/event-page';
import { timelineOr404 } from '$lib/server/timelines';
import { eventImageEntries, hasEventImages } from '$lib/server/preview';
import { cardPng, pngResponse } from '$lib/server/preview-image';
import type { RequestHandler } from './$types';

// an event's preview card, drawn at build time; a timeline above the limit has none per event
export const prerender = true;
export const entries = eventImageEntries;

export const GET: RequestHandler = async ({ params }) => {
	const timeline = timelineOr404(params.timeline);
	const event = eventById(timeline, params.event);
	if (!event || !hasEventImages(timeline)) {
		error(404, `No preview image for event "${params.event}" of "${timeline.id}"`);
	}
	return pngResponse(await cardPng(eventCard(timeline, event)));
};
