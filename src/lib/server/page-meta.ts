/**
 * The head of every page that can be shared (timeline and event pages): one builder, so each page
 * names its own canonical address and its own preview image the same way.
 */
import { m } from '$lib/i18n';
import type { PageMetaData } from '$lib/page-meta';
import type { PreviewImage } from './preview';

/** Text cut at a word to at most `max` characters, for a description. */
export function describe(text: string, max = 300): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export function pageMeta(page: {
	title: string;
	description: string;
	/** absolute */
	canonical: string;
	type: PageMetaData['type'];
	image: PreviewImage;
	jsonLd?: string;
}): PageMetaData {
	return {
		title: page.title,
		description: describe(page.description),
		canonical: page.canonical,
		type: page.type,
		image: page.image.url,
		imageAlt: page.image.alt,
		siteName: m.common_site_name(),
		...(page.jsonLd ? { jsonLd: page.jsonLd } : {})
	};
}
