import { SITE_ROOT } from '$lib/server/site';
import { languageOf } from '$lib/server/language';
import type { LayoutServerLoad } from './$types';

// the published root (SITE_URL + BASE_PATH), for what must be absolute in the browser too: the
// embed snippet, the oEmbed links; and the language of the page, its timeline's or the site's
export const load: LayoutServerLoad = ({ params }) => ({
	siteRoot: SITE_ROOT,
	language: languageOf((params as Record<string, string | undefined>).timeline)
});
