import { buildJson } from '$lib/export/json';
import { exportEntries, timelineOr404 } from '$lib/server/exports';
import type { RequestHandler } from './$types';

export const prerender = true;
export const entries = exportEntries;

export const GET: RequestHandler = ({ params }) =>
	new Response(buildJson(timelineOr404(params.timeline)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
