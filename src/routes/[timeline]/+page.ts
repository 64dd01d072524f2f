import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { fetchChartData } from '$lib/state/timeline-files';
import { ChartRef, unpackChart } from '$lib/timeline/chart-wire';
import type { PageLoad } from './$types';

// The chart's data, opened: from the page, or for a large timeline from `chart.json`, which the
// page preloads. The prerenderer has the data at hand and fetches nothing.
export const load: PageLoad = async ({ data, fetch }) => {
	const { chart, ...rest } = data;
	if (!(chart instanceof ChartRef)) return { ...rest, chart: unpackChart(chart), fetched: false };
	if (chart.packed) return { ...rest, chart: unpackChart(chart.packed), fetched: true };
	// a large timeline's first view is crowded, so the chart draws it on a canvas: its code is
	// fetched with the data rather than once the page has started (TimelineView imports it then;
	// a failure is reported there)
	if (browser) import('$lib/components/canvas-layer').catch(() => {});
	try {
		return { ...rest, chart: await fetchChartData(chart.timeline, fetch), fetched: true };
	} catch (e) {
		error(503, `The events of this timeline could not be loaded: ${String(e)}`);
	}
};
