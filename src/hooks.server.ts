import type { Handle, HandleServerError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { renderMarkupWith } from '$lib/components/server-markup';
import Briefing from '$lib/print/Briefing.svelte';
import { serveBriefingWith } from '$lib/print/briefing-code.svelte';
import { aliasRedirectHtml, findAlias } from '$lib/server/alias';
import { catalogOf, languageTag, textDirection } from '$lib/i18n/locale';
import { dev } from '$app/environment';
import { metaTags } from '$lib/server/page-meta';
import { startAfterPaint } from '$lib/server/start-after-paint';
import { inLanguage, languageOf, timelineOrNone } from '$lib/server/language';
import { TimelineDataError } from '$lib/server/timelines';
import { exemplarCity } from '$lib/server/zone-cities';
import { nameCitiesWith } from '$lib/time/zone-cities';

// the server names zones' cities in each page's language, from CLDR
nameCitiesWith((zone) => exemplarCity(catalogOf(languageTag()), zone));
// and draws the parts of pages that hydration adopts as they stand
renderMarkupWith(render);
serveBriefingWith(Briefing);

const EVENT_ROUTE = '/[timeline]/events/[event]';

/**
 * The alias of an event id, if any. Invalid timeline files are left to the page's own load, so
 * that (in dev) the error page lists their problems and reloads when the file is fixed, rather
 * than Kit's bare fallback page, which has no live reload.
 */
function findAliasOrNone(timeline: string, id: string) {
	try {
		return findAlias(timeline, id);
	} catch (e) {
		if (e instanceof TimelineDataError) return undefined;
		throw e;
	}
}

/**
 * Two kinds of page are not ordinary app pages:
 * - a former event id (an alias) gets a small redirect page with no app code;
 * - the not-found page (build/404.html) is served at unknown addresses of any depth, so the
 *   relative URLs every other page uses would resolve wrongly there: its URLs are made absolute.
 */
export const handle: Handle = ({ event, resolve }) => {
	const language = languageOf(timelineOrNone((event.params as Record<string, string>).timeline));
	return inLanguage(language, () => {
		if (event.route.id === EVENT_ROUTE && !event.isDataRequest) {
			const { timeline = '', event: id = '' } = event.params as Record<string, string>;
			const alias = findAliasOrNone(timeline, id);
			if (alias) {
				return new Response(aliasRedirectHtml(id, alias), {
					// exactly text/html: the prerenderer then writes it as the folder's index.html
					headers: { 'content-type': 'text/html' }
				});
			}
		}
		// the page's load has run by the time its HTML is written, and left the page's head in locals
		const finish = (html: string) => {
			const page = html
				.replace('%lang%', language)
				.replace('%dir%', textDirection(language))
				.replace('%meta%', () => metaTags(event.locals.meta));
			// Vite's dev server starts pages its own way
			return dev ? page : startAfterPaint(page, event.url.pathname);
		};
		if (event.route.id !== '/404')
			return resolve(event, { transformPageChunk: ({ html }) => finish(html) });
		const base = process.env.BASE_PATH ?? '';
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				finish(html).replace(/(href|src|action)="\.\/?/g, (_, attr: string) => `${attr}="${base}/`)
		});
	});
};

/**
 * Invalid timeline files, met while previewing with `npm run dev`: the error page lists every
 * problem, located (`FILE:LINE:COL id field: message`), instead of a bare "Internal Error".
 * Other errors keep Kit's default, which tells nothing of the server's internals.
 */
export const handleError: HandleServerError = ({ error }) => {
	if (error instanceof TimelineDataError) {
		const count = error.lines.length;
		return {
			message: `The timeline files have ${count === 1 ? 'a problem' : `${count} problems`}; fix them and save: this page reloads by itself.`,
			problems: error.lines
		};
	}
	return { message: 'Internal Error' };
};
