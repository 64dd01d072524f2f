/**
 * Links to a timeline and to its events, keeping the reader's filters. Paths go through resolve(),
 * so they work under a BASE_PATH build.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { filtersToQuery, NO_FILTERS, type Filters } from '$lib/timeline/filters';

export function timelineHref(timeline: string, filters: Filters = NO_FILTERS): ResolvedPathname {
	return (resolve('/[timeline]', { timeline }) + filtersToQuery(filters)) as ResolvedPathname;
}

export function eventHref(
	timeline: string,
	event: string,
	filters: Filters = NO_FILTERS
): ResolvedPathname {
	return (resolve('/[timeline]/events/[event]', { timeline, event }) +
		filtersToQuery(filters)) as ResolvedPathname;
}
