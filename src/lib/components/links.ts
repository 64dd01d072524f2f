/**
 * Links to the site's pages, with the trailing slash every prerendered page has (a link without it
 * costs a redirect, and a relative link from it would resolve one level off). Built with
 * `resolve()`, so they work under a BASE_PATH and from any depth.
 */
import { resolve } from '$app/paths';

export function timelineHref(timeline: string): string {
	return resolve(`/${timeline}/`);
}

export function eventHref(timeline: string, event: string): string {
	return resolve(`/${timeline}/events/${event}/`);
}
