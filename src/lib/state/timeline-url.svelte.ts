/**
 * The timeline pages' URL: filters live in the query (read in the browser only: a prerendered
 * page has no query, and shows every event), and selecting an event navigates to its page with a
 * history entry, keeping the filters. Clearing the selection goes back to the timeline's page.
 */
import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ChartData } from '$lib/timeline/chart-data';
import { NO_FILTERS, parseFilters, type Filters } from '$lib/timeline/filters';
import { eventHref, timelineHref } from './links';

export interface TimelineUrl {
	/** the filters in the URL (none until hydrated, like the prerendered page) */
	readonly filters: Filters;
	/** go to an event's page, or with null back to the timeline's page */
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
	return {
		get filters() {
			return filters;
		},
		select(id) {
			const timeline = chart().id;
			void goto(id ? eventHref(timeline, id, filters) : timelineHref(timeline, filters), options);
		},
		setFilters(next, typing) {
			const timeline = chart().id;
			const id = selectedId();
			const href = id ? eventHref(timeline, id, next) : timelineHref(timeline, next);
			void goto(href, { ...options, replaceState: typing && !!filters.query });
		}
	};
}
