/**
 * The data the timeline page and its embed share: the chart and its list, and the briefing's
 * address. The page adds its head for crawlers; the embed, read inside other pages, has none.
 */
import { ChartRef, INLINE_EVENTS } from '$lib/chart/wire';
import type { Timeline } from '$lib/data/schema';
import { timelineChart } from './chart';
import { SITE_ROOT } from './site';

// the briefing that printing the page prints is fetched when idle (`briefing.json`), so the page
// carries each event once, in the slim shape the chart needs, packed into columns; a large
// timeline's page carries none, and fetches them (`+page.ts`)
export function timelinePageData(timeline: Timeline) {
	const { data, packed } = timelineChart(timeline);
	return {
		// the prerender of a large timeline's page draws from the opened data it already has
		chart: timeline.events.length > INLINE_EVENTS ? new ChartRef(timeline.id, data) : packed,
		printUrl: `${SITE_ROOT}/${timeline.id}/print/`
	};
}
