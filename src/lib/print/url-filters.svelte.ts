/**
 * The reader's filters as they stand in the address bar. Prerendered pages cannot read the query at
 * build time, so this starts empty and reads `location.search` once mounted, after each in-app
 * navigation, on back/forward, and just before the browser prints (so printing always prints the
 * view on screen).
 *
 * Use in a component: `const filters = new UrlFilters(() => data.timeline)`, then
 * `onMount(() => filters.watch())` and `afterNavigate(() => filters.read())`.
 */
import { NO_FILTERS, parseFilters, type Filters } from '$lib/filters/filters';

export class UrlFilters {
	current = $state<Filters>(NO_FILTERS);
	/** the raw query, `?kind=call` or '' */
	search = $state('');

	/** @param timeline the timeline whose actor ids are kept (a getter, so it can follow props) */
	constructor(
		private readonly timeline: () => Parameters<typeof parseFilters>[1] = () => undefined
	) {}

	/** Reads the address bar now. */
	read = () => {
		this.search = location.search;
		// read once and dropped: no reactive URLSearchParams is needed
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.current = parseFilters(new URLSearchParams(location.search), this.timeline());
	};

	/** Reads now and on back/forward and before printing; returns the function that stops it. */
	watch(): () => void {
		this.read();
		addEventListener('popstate', this.read);
		addEventListener('beforeprint', this.read);
		return () => {
			removeEventListener('popstate', this.read);
			removeEventListener('beforeprint', this.read);
		};
	}
}
