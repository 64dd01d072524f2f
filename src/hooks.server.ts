import type { Handle } from '@sveltejs/kit';

/**
 * The not-found page (build/404.html) is served at unknown addresses of any depth, so the relative
 * URLs every other page uses would resolve wrongly there: make its URLs absolute, under BASE_PATH.
 */
export const handle: Handle = ({ event, resolve }) => {
	if (event.route.id !== '/404') return resolve(event);
	const base = process.env.BASE_PATH ?? '';
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace(/(href|src|action)="\.\/?/g, (_, attr: string) => `${attr}="${base}/`)
	});
};
