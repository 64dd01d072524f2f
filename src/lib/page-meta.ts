/**
 * What the browser keeps of a page's head: its title and canonical address, which follow the
 * reader from page to page inside the app.
 */
export interface PageHead {
	title: string;
	canonical: string;
}

/**
 * What a page's head says to search engines and link previews; built by `$lib/server/page-meta`.
 * Only the server writes it (`hooks.server.ts`): it stays out of the page's data, which the HTML
 * carries a second time for hydration and `__data.json` a third.
 */
export interface PageMetaData extends PageHead {
	description: string;
	/** Open Graph type: `website` for a timeline, `article` for an event */
	type: 'website' | 'article';
	/** the page's preview image, absolute; 1200 × 630 PNG */
	image: string;
	imageAlt: string;
	siteName: string;
	/** the JSON-LD, already serialised for a script element */
	jsonLd?: string;
}

/** The attribute that marks every tag of the server's part of the head, so the app finds them all. */
export const SERVED = 'data-served';

/** Takes the server's part of the head out of the page (`PageMeta.svelte` says when). */
export function dropServedHead(): void {
	for (const tag of document.head.querySelectorAll(`[${SERVED}]`)) tag.remove();
}
