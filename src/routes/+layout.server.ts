import { SITE_ROOT } from '$lib/server/site';
import { sameBuild } from '$lib/i18n/locale';
import { languageOf, siteLanguage, timelineOrNone } from '$lib/server/language';
import { zoneCities } from '$lib/server/zone-cities';
import type { LayoutServerLoad } from './$types';

// the published root (SITE_URL + BASE_PATH), for what must be absolute in the browser too: the
// embed snippet, the oEmbed links; the language of the page, its timeline's or the site's; and
// whether the home page runs another build of the app (only then, to keep every page's data
// short); and the cities of the timeline's zones where its language names them otherwise than
// their ids (only then)
export const load: LayoutServerLoad = ({ params }) => {
	const id = (params as Record<string, string | undefined>).timeline;
	const timeline = timelineOrNone(id);
	const language = languageOf(timeline);
	const cities = zoneCities(timeline, language);
	return {
		siteRoot: SITE_ROOT,
		language,
		...(sameBuild(language, siteLanguage()) ? {} : { homeInAnotherBuild: true as const }),
		...(Object.keys(cities).length ? { zoneCities: cities } : {})
	};
};
