import { pageMeta } from '$lib/server/page-meta';
import { timelineImage } from '$lib/server/preview';
import { SITE_ROOT } from '$lib/server/site';
import { timelineEntries, timelineOr404 } from '$lib/server/timelines';
import { toChartData } from '$lib/timeline/chart-data';
import { ChartRef, INLINE_EVENTS, packChart } from '$lib/timeline/chart-wire';
import { timelineUrl } from '$lib/export/urls';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = timelineEntries;

// the chart and its list; the briefing that printing this page prints is fetched when idle
// (`briefing.json`), so the page carries each event once, in the slim shape the chart needs,
// packed into columns; a large timeline's page carries none, and fetches them (`+page.ts`)
export const load: PageServerLoad = ({ params }) => {
	const timeline = timelineOr404(params.timeline);
	const packed = packChart(toChartData(timeline));
	return {
		chart: timeline.events.length > INLINE_EVENTS ? new ChartRef(timeline.id, packed) : packed,
		printUrl: `${SITE_ROOT}/${timeline.id}/print/`,
		meta: pageMeta({
			title: timeline.title,
			description: timeline.summary,
			canonical: timelineUrl(SITE_ROOT, timeline.id),
			type: 'website',
			image: timelineImage(timeline)
		})
	};
};
