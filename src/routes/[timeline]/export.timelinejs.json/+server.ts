import { buildTimelineJs } from '$lib/export/timelinejs';
import { SITE_ROOT } from '$lib/server/site';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import type { RequestHandler } from './$types';

export const prerender = true;
export const entries = timelineEntries;

export const GET: RequestHandler = ({ params }) =>
	new Response(buildTimelineJs({ timeline: timelineOr404(params.timeline), root: SITE_ROOT }), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
