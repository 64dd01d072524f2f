/**
 * A timeline's chart data, opened and packed, worked out once per timeline and build: the timeline
 * page, its `chart.json` and the prerender of a large timeline's page all read it from here.
 */
import type { Timeline } from '$lib/data/schema';
import { toChartData, type ChartData } from '$lib/chart/data';
import { packChart, type PackedChart } from '$lib/chart/wire';

export interface TimelineChart {
	/** the chart's data, as the page draws it */
	data: ChartData;
	/** the same, packed for the wire */
	packed: PackedChart;
}

const charts = new WeakMap<Timeline, TimelineChart>();

export function timelineChart(timeline: Timeline): TimelineChart {
	let chart = charts.get(timeline);
	if (!chart) {
		const data = toChartData(timeline);
		chart = { data, packed: packChart(data) };
		charts.set(timeline, chart);
	}
	return chart;
}
