/**
 * Absolute URLs for canonical links, Open Graph and JSON-LD. A static build cannot know where it
 * will be hosted, so the origin is set at build time:
 *
 *     SITE_URL=https://example.org BASE_PATH=/timeline npm run build
 *
 * SITE_URL is the origin (optionally with a path), without a trailing slash; it defaults to the
 * local preview server. BASE_PATH is the same variable svelte.config.js reads.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** The configured origin, checked: a typo here would put broken links in every page's head. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
	const raw = (env.SITE_URL ?? '').trim() || DEFAULT_SITE_URL;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(
			`SITE_URL must be an absolute http(s) URL such as https://example.org: got "${raw}"`
		);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new Error(`SITE_URL must start with http:// or https://: got "${raw}"`);
	}
	if (url.search || url.hash)
		throw new Error(`SITE_URL must not have a query or fragment: got "${raw}"`);
	return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** The absolute URL of a site path ("/alaska-summit-2025/"), under SITE_URL and BASE_PATH. */
export function absoluteUrl(
	path: string,
	env: Record<string, string | undefined> = process.env
): string {
	const base = env.BASE_PATH ?? '';
	return `${siteUrl(env)}${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The published root of this build (SITE_URL + BASE_PATH), without a trailing slash. */
export const SITE_ROOT = absoluteUrl('/').replace(/\/$/, '');
