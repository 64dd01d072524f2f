/**
 * The head of every page that can be shared (timeline and event pages): one builder, so each page
 * names its own canonical address and its own preview image the same way. The load hands the
 * whole head to the server's hook through `locals`, and only the title and canonical address to
 * the page: the rest is read by crawlers and link previews from the served HTML, never by the app.
 */
import { escapeHtml } from '$lib/html';
import { m } from '$lib/i18n';
import { SERVED, type PageHead, type PageMetaData } from '$lib/page-meta';
import type { PreviewImage } from './preview';

/** Text cut at a word to at most `max` characters, for a description. */
export function describe(text: string, max = 300): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Builds a page's head, keeps it in `locals` for `hooks.server.ts`, and gives the page its part. */
export function pageMeta(
	locals: App.Locals,
	page: {
		title: string;
		description: string;
		/** absolute */
		canonical: string;
		type: PageMetaData['type'];
		image: PreviewImage;
		jsonLd?: string;
	}
): PageHead {
	locals.meta = {
		title: page.title,
		description: describe(page.description),
		canonical: page.canonical,
		type: page.type,
		image: page.image.url,
		imageAlt: page.image.alt,
		siteName: m.common_site_name(),
		...(page.jsonLd ? { jsonLd: page.jsonLd } : {})
	};
	return { title: page.title, canonical: page.canonical };
}

/**
 * The tags only the server writes, for `%meta%` in `app.html`. X (Twitter) reads the title,
 * description and image from Open Graph when its own tags are missing, so only the card's kind
 * and the image's alt text are said twice.
 */
export function metaTags(meta: PageMetaData | undefined): string {
	if (!meta) return '';
	const named = (name: string, content: string) =>
		`<meta name="${name}" content="${escapeHtml(content)}" ${SERVED}>`;
	const og = (property: string, content: string) =>
		`<meta property="og:${property}" content="${escapeHtml(content)}" ${SERVED}>`;
	return [
		named('description', meta.description),
		og('type', meta.type),
		og('site_name', meta.siteName),
		og('title', meta.title),
		og('description', meta.description),
		og('url', meta.canonical),
		og('image', meta.image),
		og('image:width', '1200'),
		og('image:height', '630'),
		og('image:alt', meta.imageAlt),
		named('twitter:card', 'summary_large_image'),
		named('twitter:image:alt', meta.imageAlt),
		// escaped for a script element by jsonLdScript()
		meta.jsonLd ? `<script type="application/ld+json" ${SERVED}>${meta.jsonLd}</script>` : ''
	].join('');
}
