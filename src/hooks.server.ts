import type { Handle } from '@sveltejs/kit';
import { aliasRedirectHtml, findAlias } from '$lib/server/alias';

const EVENT_ROUTE = '/[timeline]/events/[event]';

/**
 * Two kinds of page are not ordinary app pages:
 * - a former event id (an alias) gets a small redirect page with no app code;
 * - the not-found page (build/404.html) is served at unknown addresses of any depth, so the
 *   relative URLs every other page uses would resolve wrongly there: its URLs are made absolute.
 */
export const handle: Handle = ({ event, resolve }) => {
	if (event.route.id === EVENT_ROUTE && !event.isDataRequest) {
		const { timeline = '', event: id = '' } = event.params as Record<string, string>;
		const alias = findAlias(timeline, id);
		if (alias) {
			return new Response(aliasRedirectHtml(id, alias), {
				// exactly text/html: the prerenderer then writes it as the folder's index.html
				headers: { 'content-type': 'text/html' }
			});
		}
	}
	if (event.route.id !== '/404') return resolve(event);
	const base = process.env.BASE_PATH ?? '';
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace(/(href|src|action)="\.\/?/g, (_, attr: string) => `${attr}="${base}/`)
	});
};
