/**
 * The site's paths, below its base path, with the trailing slash every prerendered page has. Links
 * inside the site pass them through `resolve()`; addresses that leave it put the site's root
 * before them (`$lib/export/urls`).
 */

/** `/<timeline>/` */
export function timelinePath(timelineId: string): `/${string}/` {
	return `/${timelineId}/`;
}

/** `/<timeline>/events/<event>/` */
export function eventPath(timelineId: string, eventId: string): `/${string}/events/${string}/` {
	return `/${timelineId}/events/${eventId}/`;
}
