/**
 * The chart's data for event pages, fetched once per timeline and kept for the visit: moving from
 * one event page to another reuses it, and the browser's cache serves later visits.
 */
import { resolve } from '$app/paths';
import type { ChartData } from '$lib/timeline/chart-data';

const cache = new Map<string, Promise<ChartData>>();

export function fetchChartData(timeline: string): Promise<ChartData> {
	let pending = cache.get(timeline);
	if (!pending) {
		pending = fetch(resolve('/[timeline]/chart.json', { timeline })).then((res) => {
			if (!res.ok) throw new Error(`[timeline] ${res.url}: HTTP ${res.status}`);
			return res.json() as Promise<ChartData>;
		});
		// a failed fetch is not kept, so a later page can try again
		pending.catch(() => cache.delete(timeline));
		cache.set(timeline, pending);
	}
	return pending;
}
