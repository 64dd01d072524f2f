import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { canvasLayer } from '$lib/chart/canvas/canvas-loader';
import { fetchChartData, keepChartData } from '$lib/state/timeline-files';
import { ChartRef, unpackChart } from '$lib/chart/wire';
import type { PageLoad } from './$types';

// The chart's data, opened: from the page, or for a large timeline from `chart.json`, which the
// page preloads. The prerenderer has the data at hand and fetches nothing.
export const load: PageLoad = async ({ data, fetch }) => {
	const { chart, ...rest } = data;
	if (!(chart instanceof ChartRef)) {
		const opened = unpackChart(chart);
		if (browser) keepChartData(opened);
		return { ...rest, chart: opened, fetched: false };
	}
	if (chart.data) return { ...rest, chart: chart.data, fetched: true };
	// a large timeline's first view is crowded, so the chart draws it on a canvas: its code is
	// fetched with the data, and the page starts once both have come, so that the task that draws
	// the chart paints the canvas too (if the code cannot be loaded, the chart draws SVG instead)
	const layer = browser ? canvasLayer.want() : undefined;
	try {
		const [opened] = await Promise.all([fetchChartData(chart.timeline, fetch), layer]);
		return { ...rest, chart: opened, fetched: true };
	} catch (e) {
		error(503, `The events of this timeline could not be loaded: ${String(e)}`);
	}
};
