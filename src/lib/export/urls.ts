/**
 * Absolute addresses of the site's pages, for places that leave the site: calendar entries, CSV
 * rows and printed briefings. The site's own links stay relative (`resolve()`), so one build works
 * under any host; only these copies need to know where the site is published.
 */

/**
 * The site's root address, without a trailing slash: `https://example.org/timeline`.
 * Throws on anything but an absolute http(s) URL, so a typo in SITE_URL stops the build.
 */
export function siteRoot(siteUrl: string, basePath = ''): string {
	let url: URL;
	try {
		url = new URL(siteUrl);
	} catch {
		throw new Error(
			`SITE_URL must be an absolute http(s) URL such as https://example.org: got "${siteUrl}"`
		);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new Error(`SITE_URL must use http or https: got "${siteUrl}"`);
	}
	if (url.search || url.hash) {
		throw new Error(`SITE_URL must not have a query or fragment: got "${siteUrl}"`);
	}
	return `${url.origin}${url.pathname.replace(/\/+$/, '')}${basePath}`.replace(/\/+$/, '');
}

/** `<root>/<timeline>/` */
export function timelineUrl(root: string, timelineId: string): string {
	return `${root}/${timelineId}/`;
}

/** The event's permalink: `<root>/<timeline>/events/<event>/`. */
export function eventUrl(root: string, timelineId: string, eventId: string): string {
	return `${root}/${timelineId}/events/${eventId}/`;
}
