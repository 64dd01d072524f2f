import { error } from '@sveltejs/kit';
import { getTimeline } from '$lib/server/timelines';
import { toChartData } from '$lib/timeline/chart-data';
import type { LayoutServerLoad } from './$types';

// the chart's data is shared by the timeline page and its event pages, and loaded once per visit
export const load: LayoutServerLoad = ({ params }) => {
	const timeline = getTimeline(params.timeline);
	if (!timeline) error(404, `No timeline "${params.timeline}"`);
	return { chart: toChartData(timeline) };
};
