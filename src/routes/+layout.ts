import { browser } from '$app/environment';
import { useLanguage } from '$lib/i18n/locale';
import { nameCitiesWith } from '$lib/time/zone-cities';
import type { LayoutLoad } from './$types';

// Every page is prerendered to a folder with an index.html, so any static file server can host it.
export const prerender = true;
export const trailingSlash = 'always';

// the page's messages speak its timeline's language, from before the first component renders
export const load: LayoutLoad = ({ data }) => {
	// an address the app reaches but the build has no data for (a dead link) keeps the language
	if (data?.language) useLanguage(data.language);
	// the server names cities from CLDR; the browser has the names of this timeline's zones
	if (browser) nameCitiesWith((zone) => data?.zoneCities?.[zone]);
	return data;
};
