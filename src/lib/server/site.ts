/**
 * Where the site is published, read at build time. SITE_URL (default http://localhost:4173, the
 * preview server) is the public origin, BASE_PATH the sub-path the build is mounted under (the
 * same variable svelte.config.js reads). Exports and the printed briefing use it for absolute links.
 */
import { siteRoot } from '$lib/export/urls';

export const SITE_URL = process.env.SITE_URL || 'http://localhost:4173';

/** The published root of this build, without a trailing slash. */
export const SITE_ROOT = siteRoot(SITE_URL, process.env.BASE_PATH ?? '');
