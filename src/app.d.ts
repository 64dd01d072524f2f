// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** the timeline a missing page was looked for in, so the error page can link back to it */
			timeline?: { id: string; title: string };
			/** invalid timeline files' problems, one located line each (a dev preview of a bad edit) */
			problems?: string[];
		}
		interface Locals {
			/** the page's head for crawlers and link previews, written by `hooks.server.ts` */
			meta?: import('$lib/page-meta').PageMetaData;
		}
		// interface PageData {}
		interface PageState {
			/**
			 * An event chosen on a chart, shown beside it: the address is the event's page, the page
			 * stays the one the reader was reading (shallow routing)
			 */
			shownEvent?: import('$lib/event/page-data').EventPageData;
		}
		// interface Platform {}
	}
}

export {};
