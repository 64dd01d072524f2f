import { describe, expect, it } from 'vitest';
import { fixtureTimeline } from '$lib/export/test-timeline';
import { toChartData } from '$lib/chart/data';
import { unpackChart } from '$lib/chart/wire';
import { timelineChart } from './chart';

describe('timelineChart()', () => {
	it('timelineChart() opens and packs a timeline once, the two agreeing', () => {
		const timeline = fixtureTimeline();
		const chart = timelineChart(timeline);
		expect(timelineChart(timeline)).toBe(chart);
		expect(chart.data).toEqual(toChartData(timeline));
		expect(unpackChart(chart.packed)).toEqual(chart.data);
	});
});
