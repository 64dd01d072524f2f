/**
 * The reader's filters as they stand in the address bar. Prerendered pages cannot read the query at
 * build time, so this starts empty and reads `location.search` once mounted, again on back/forward,
 * and again just before the browser prints (so "Print" always prints the view on screen).
 */
import type { Timeline } from '$lib/data/schema';
import { NO_FILTERS, parseFilters, type Filters } from '$lib/timeline/filters';

export class UrlFilters {
	current = $state<Filters>(NO_FILTERS);
	/** the raw query, `?kind=call` or '' */
	search = $state('');

	/** @param timeline the timeline whose actor ids are kept (a getter, so it can follow props) */
	constructor(private readonly timeline: () => Timeline | undefined = () => undefined) {}

	/** Starts listening; call from onMount and return its result (it stops listening). */
	watch(): () => void {
		const read = () => {
			this.search = location.search;
			// read once and dropped: no reactive URLSearchParams is needed
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			this.current = parseFilters(new URLSearchParams(location.search), this.timeline());
		};
		read();
		addEventListener('popstate', read);
		addEventListener('beforeprint', read);
		return () => {
			removeEventListener('popstate', read);
			removeEventListener('beforeprint', read);
		};
	}
}
