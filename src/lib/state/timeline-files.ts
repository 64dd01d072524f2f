/**
 * The per-timeline files the browser fetches after the page has loaded, each fetched once per
 * timeline and kept for the visit: moving from one page to another reuses it, and the browser's
 * cache serves later visits.
 * - `chart.json`: the chart's data, for event pages (they carry only their own event) and a large
 *   timeline's page;
 * - `briefing.json`: the printable briefing, for printing the timeline page;
 * - `search.json`: summaries, quotes and claims, for the first search.
 */
import { resolve } from '$app/paths';
import type { BriefingData } from '$lib/print/briefing';
import type { ChartData, SearchTexts } from '$lib/chart/data';
import { isCurrentChart, unpackChart, type PackedChart } from '$lib/chart/wire';

const cache = new Map<string, Promise<unknown>>();

/** The file at `url` as JSON, passed through `read`; each address is fetched and read once. */
function fetchOnce<T>(
	url: string,
	read: (json: unknown) => T | Promise<T> = (json) => json as T,
	get: typeof fetch = fetch
): Promise<T> {
	let pending = cache.get(url) as Promise<T> | undefined;
	if (!pending) {
		pending = get(url).then(async (res) => {
			if (!res.ok) throw new Error(`${res.url}: HTTP ${res.status}`);
			return read(await res.json());
		});
		// a failed fetch is not kept, so a later page can try again
		pending.catch(() => cache.delete(url));
		cache.set(url, pending);
	}
	return pending;
}

/** The address of a timeline's chart data. */
export const chartUrl = (timeline: string) => resolve('/[timeline]/chart.json', { timeline });

/**
 * `get`: the `fetch` to use, such as a load function's. A file of an earlier build of the site,
 * which the browser may have kept in its cache, is fetched again past the cache.
 */
export function fetchChartData(timeline: string, get = fetch): Promise<ChartData> {
	const url = chartUrl(timeline);
	return fetchOnce(
		url,
		async (json) =>
			unpackChart(
				(isCurrentChart(json)
					? json
					: await (await get(url, { cache: 'reload' })).json()) as PackedChart
			),
		get
	);
}

/** Keeps chart data the page already holds, so that its event pages fetch none. */
export function keepChartData(chart: ChartData): void {
	cache.set(chartUrl(chart.id), Promise.resolve(chart));
}

export function fetchBriefingData(timeline: string): Promise<BriefingData> {
	return fetchOnce(resolve('/[timeline]/briefing.json', { timeline }));
}

export function fetchSearchTexts(timeline: string): Promise<SearchTexts> {
	return fetchOnce(resolve('/[timeline]/search.json', { timeline }));
}
