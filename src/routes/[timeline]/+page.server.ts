import { error } from '@sveltejs/kit';
import { buildBriefing } from '$lib/print/briefing';
import { SITE_ROOT } from '$lib/server/site';
import { getTimeline, loadTimelines } from '$lib/server/timelines';
import { toChartData } from '$lib/timeline/chart-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => loadTimelines().map((t) => ({ timeline: t.id }));

// the whole timeline is this page's subject: the chart, its list and the print-only briefing
export const load: PageServerLoad = ({ params }) => {
	const timeline = getTimeline(params.timeline);
	if (!timeline) error(404, `No timeline "${params.timeline}"`);
	return { chart: toChartData(timeline), timeline, briefing: buildBriefing(timeline, SITE_ROOT) };
};
