import { SITE_ROOT } from '$lib/server/site';
import type { LayoutServerLoad } from './$types';

// the published root (SITE_URL + BASE_PATH), for what must be absolute in the browser too: the
// embed snippet, the oEmbed links
export const load: LayoutServerLoad = () => ({ siteRoot: SITE_ROOT });
