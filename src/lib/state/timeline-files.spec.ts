import { describe, expect, it } from 'vitest';
import { packChart } from '$lib/chart/wire';
import { chartData, chartEvent } from '$lib/chart/fixtures';
import { fetchChartData } from './timeline-files';

const data = chartData([chartEvent({ id: 'a' }), chartEvent({ id: 'b' })]);
const current = JSON.parse(JSON.stringify(packChart(data)));
// what an earlier build wrote: columns of numbers as arrays, and no format
const earlier = { ...current, format: undefined, events: { ...current.events, kind: [0, 0] } };

/** A `fetch` that answers each call with the next body, and records what it was asked. */
function answering(...bodies: unknown[]) {
	const calls: (RequestInit | undefined)[] = [];
	const get = (async (url: string, init?: RequestInit) => {
		calls.push(init);
		return new Response(JSON.stringify(bodies[calls.length - 1]), { status: 200 });
	}) as unknown as typeof fetch;
	return { get, calls };
}

describe('fetchChartData()', () => {
	it('opens the chart data of this build', async () => {
		const { get, calls } = answering(current);
		expect(await fetchChartData('timeline-a', get)).toEqual(data);
		expect(calls).toEqual([undefined]);
	});

	it('fetches again past the cache a file that an earlier build wrote', async () => {
		const { get, calls } = answering(earlier, current);
		expect(await fetchChartData('timeline-b', get)).toEqual(data);
		expect(calls).toEqual([undefined, { cache: 'reload' }]);
	});

	it('fails, naming the formats, when fetching again does not help', async () => {
		const { get } = answering(earlier, earlier);
		await expect(fetchChartData('timeline-c', get)).rejects.toThrow(
			/chart data of format undefined, not 2/
		);
	});
});
