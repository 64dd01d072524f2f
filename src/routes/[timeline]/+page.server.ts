import { pageMeta } from '$lib/server/page-meta';
import { timelineImage } from '$lib/server/preview';
import { SITE_ROOT } from '$lib/server/site';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import { timelineChart } from '$lib/server/chart';
import { ChartRef, INLINE_EVENTS } from '$lib/chart/wire';
import { timelineUrl } from '$lib/export/urls';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = timelineEntries;

// the chart and its list; the briefing that printing this page prints is fetched when idle
// (`briefing.json`), so the page carries each event once, in the slim shape the chart needs,
// packed into columns; a large timeline's page carries none, and fetches them (`+page.ts`)
export const load: PageServerLoad = ({ params, locals }) => {
	const timeline = timelineOr404(params.timeline);
	const { data, packed } = timelineChart(timeline);
	return {
		// the prerender of a large timeline's page draws from the opened data it already has
		chart: timeline.events.length > INLINE_EVENTS ? new ChartRef(timeline.id, data) : packed,
		printUrl: `${SITE_ROOT}/${timeline.id}/print/`,
		meta: pageMeta(locals, {
			title: timeline.title,
			description: timeline.summary,
			canonical: timelineUrl(SITE_ROOT, timeline.id),
			type: 'website',
			image: timelineImage(timeline)
		})
	};
};
