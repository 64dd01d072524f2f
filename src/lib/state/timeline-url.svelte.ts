/**
 * The timeline pages' URL: filters live in the query (read in the browser only: a prerendered
 * page has no query, and shows every event). Selecting an event on the chart puts its page's
 * address in the URL with a history entry, keeping the filters, and shows its details beside the
 * chart (shallow routing: the reader stays where they are, Back hides the details again; a reload
 * opens the event's own page). Clearing the selection returns to the page's own address. The
 * chart's lanes, zone and zoom (`view-params.ts`) stay in the address through all of these.
 */
import { onMount } from 'svelte';
import { goto, preloadData, pushState } from '$app/navigation';
import { page } from '$app/state';
import type { ChartData } from '$lib/chart/data';
import { filtersToQuery, NO_FILTERS, parseFilters, type Filters } from '$lib/filters/filters';
import { keepViewParams } from '$lib/chart/view-params';
import { eventHref, timelineHref } from './links';

export interface TimelineUrl {
	/** the filters in the URL (none until hydrated, like the prerendered page) */
	readonly filters: Filters;
	/** true once mounted, when `filters` are those of the address */
	readonly hydrated: boolean;
	/** show an event beside the chart with its page's address, or with null close it */
	select: (id: string | null) => void;
	/** put new filters in the URL; while typing, replace the history entry instead of adding one */
	setFilters: (filters: Filters, typing: boolean) => void;
}

/** Call during component initialisation. */
export function createTimelineUrl(
	chart: () => Pick<ChartData, 'id' | 'actors'> | { id: string; actors?: undefined },
	selectedId: () => string | undefined = () => undefined
): TimelineUrl {
	let hydrated = $state(false);
	onMount(() => {
		hydrated = true;
	});
	const filters = $derived.by(() => {
		if (!hydrated) return NO_FILTERS;
		// until the timeline's actors are known, keep every actor id the address names
		const actors = chart().actors;
		return parseFilters(page.url.searchParams, actors ? { actors } : undefined);
	});
	const options = { noScroll: true, keepFocus: true };
	// the lanes, zone and zoom in the browser's address go with the reader to the next address
	const keep = (next: Filters) => keepViewParams(filtersToQuery(next), location.search);
	return {
		get filters() {
			return filters;
		},
		get hydrated() {
			return hydrated;
		},
		async select(id) {
			const timeline = chart().id;
			const own = selectedId();
			const home = own
				? eventHref(timeline, own, keep(filters))
				: timelineHref(timeline, keep(filters));
			if (!id) {
				// closing details shown beside the chart returns to this page's own address
				if (page.state.shownEvent) pushState(home, {});
				else void goto(timelineHref(timeline, keep(filters)), options);
				return;
			}
			const href = eventHref(timeline, id, keep(filters));
			const result = await preloadData(href);
			if (result.type === 'loaded' && result.status === 200) {
				// history state holds only what can be cloned: not the event page's pending chart data,
				// which this page, showing the chart already, does not need
				const shownEvent = { ...(result.data as NonNullable<App.PageState['shownEvent']>) };
				if ('chart' in shownEvent) delete shownEvent.chart;
				pushState(href, { shownEvent });
			} else {
				void goto(href, options);
			}
		},
		setFilters(next, typing) {
			const timeline = chart().id;
			const id = selectedId();
			const href = id ? eventHref(timeline, id, keep(next)) : timelineHref(timeline, keep(next));
			void goto(href, { ...options, replaceState: typing && !!filters.query });
		}
	};
}
