import { SITE_ROOT } from '$lib/server/site';
import { sameBuild } from '$lib/i18n/locale';
import { languageOf, siteLanguage } from '$lib/server/language';
import type { LayoutServerLoad } from './$types';

// the published root (SITE_URL + BASE_PATH), for what must be absolute in the browser too: the
// embed snippet, the oEmbed links; the language of the page, its timeline's or the site's; and
// whether the home page runs another build of the app (only then, to keep every page's data short)
export const load: LayoutServerLoad = ({ params }) => {
	const language = languageOf((params as Record<string, string | undefined>).timeline);
	return {
		siteRoot: SITE_ROOT,
		language,
		...(sameBuild(language, siteLanguage()) ? {} : { homeInAnotherBuild: true as const })
	};
};
