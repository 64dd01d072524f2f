import { buildIcs } from '$lib/export/ics';
import { SITE_ROOT } from '$lib/server/site';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import type { RequestHandler } from './$types';

export const prerender = true;
export const entries = timelineEntries;

export const GET: RequestHandler = ({ params }) =>
	new Response(buildIcs({ timeline: timelineOr404(params.timeline), root: SITE_ROOT }), {
		headers: { 'content-type': 'text/calendar; charset=utf-8' }
	});
