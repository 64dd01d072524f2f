/**
 * Absolute addresses of the site's pages, for places that leave the site: calendar entries, CSV
 * rows and printed briefings. The site's own links stay relative (`resolve()`), so one build works
 * under any host; only these copies need to know where the site is published: `root` is the build's
 * `SITE_ROOT` (`$lib/server/site`).
 */
import { eventPath, timelinePath } from '$lib/paths';

/** `<root>/<timeline>/` */
export function timelineUrl(root: string, timelineId: string): string {
	return `${root}${timelinePath(timelineId)}`;
}

/** The event's permalink: `<root>/<timeline>/events/<event>/`. */
export function eventUrl(root: string, timelineId: string, eventId: string): string {
	return `${root}${eventPath(timelineId, eventId)}`;
}
