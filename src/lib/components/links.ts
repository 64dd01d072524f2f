/**
 * Links to the site's pages, with the trailing slash every prerendered page has (a link without it
 * costs a redirect, and a relative link from it would resolve one level off). Built with
 * `resolve()`, so they work under a BASE_PATH and from any depth. `search` is a query string to
 * keep ('' or '?...'), such as the reader's filters.
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

export function timelineHref(timeline: string, search = ''): ResolvedPathname {
	return `${resolve(`/${timeline}/`)}${search}` as ResolvedPathname;
}

export function eventHref(timeline: string, event: string, search = ''): ResolvedPathname {
	return `${resolve(`/${timeline}/events/${event}/`)}${search}` as ResolvedPathname;
}
