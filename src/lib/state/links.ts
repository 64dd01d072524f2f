/**
 * Links to a timeline and to its events, with the trailing slash every prerendered page has (a
 * link without it costs a redirect, and a relative link from it would resolve one level off).
 * Built with `resolve()`, so they work under a BASE_PATH and from any depth. `keep` is what to keep
 * of the reader's view: their filters, or a query string as it stands ('' or '?...').
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { eventPath, timelinePath } from '$lib/paths';
import { filtersToQuery, type Filters } from '$lib/filters/filters';

const query = (keep: Filters | string) => (typeof keep === 'string' ? keep : filtersToQuery(keep));

export function timelineHref(timeline: string, keep: Filters | string = ''): ResolvedPathname {
	return `${resolve(timelinePath(timeline))}${query(keep)}` as ResolvedPathname;
}

export function eventHref(
	timeline: string,
	event: string,
	keep: Filters | string = ''
): ResolvedPathname {
	return `${resolve(eventPath(timeline, event))}${query(keep)}` as ResolvedPathname;
}
