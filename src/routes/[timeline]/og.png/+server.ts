import { timelineCard } from '$lib/card/card';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import { cardPng, pngResponse } from '$lib/server/preview-image';
import type { RequestHandler } from './$types';

// the timeline's preview card, drawn at build time (see $lib/server/preview.ts)
export const prerender = true;
export const entries = timelineEntries;

export const GET: RequestHandler = async ({ params }) =>
	pngResponse(await cardPng(timelineCard(timelineOr404(params.timeline))));
