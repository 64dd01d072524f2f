import { buildBriefing } from '$lib/print/briefing';
import { pageMarginsCss } from '$lib/print/page-margins';
import { SITE_ROOT } from '$lib/server/site';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = timelineEntries;

/** The briefing's running header and footer, as a stylesheet (the CSP forbids inline styles). */
export const GET: RequestHandler = ({ params }) => {
	const timeline = timelineOr404(params.timeline);
	const { title, asOf, url } = buildBriefing(timeline, SITE_ROOT);
	return new Response(pageMarginsCss({ title, asOf, url }), {
		headers: { 'content-type': 'text/css; charset=utf-8' }
	});
};
