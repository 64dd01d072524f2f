import { buildJson } from '$lib/export/json';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import type { RequestHandler } from './$types';

export const prerender = true;
export const entries = timelineEntries;

export const GET: RequestHandler = ({ params }) =>
	new Response(buildJson(timelineOr404(params.timeline)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
