import { json } from '@sveltejs/kit';
import { oembedJson } from '$lib/embed';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import { SITE_ROOT } from '$lib/server/site';
import { m } from '$lib/i18n';
import type { RequestHandler } from './$types';

export const prerender = true;
export const entries = timelineEntries;

// oEmbed discovery for the timeline's page: the embed snippet, ready for a publishing system
export const GET: RequestHandler = ({ params }) => {
	const timeline = timelineOr404(params.timeline);
	return json(
		oembedJson({
			siteRoot: SITE_ROOT,
			providerName: m.common_site_name(),
			timelineId: timeline.id,
			title: timeline.title
		})
	);
};
