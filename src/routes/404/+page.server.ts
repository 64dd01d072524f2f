// The static host's not-found page: build/404.html, served with status 404 for any unknown
// address (scripts/serve.js does it; so do GitHub Pages, Netlify and most others).
import { loadTimelines } from '$lib/server/timelines';
import type { PageServerLoad } from './$types';

// no JavaScript: the page is served at any depth, where the app's relative paths would not resolve
export const csr = false;
export const trailingSlash = 'never';

export const load: PageServerLoad = () => ({
	timelines: loadTimelines().map((t) => ({ id: t.id, title: t.title }))
});
