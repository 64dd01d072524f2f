/** What a page's head says to search engines and link previews; built by `$lib/server/page-meta`. */
export interface PageMetaData {
	title: string;
	description: string;
	canonical: string;
	/** Open Graph type: `website` for a timeline, `article` for an event */
	type: 'website' | 'article';
	/** the page's preview image, absolute; 1200 × 630 PNG */
	image: string;
	imageAlt: string;
	siteName: string;
	/** the JSON-LD, already serialised for a script element */
	jsonLd?: string;
}
