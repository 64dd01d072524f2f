import { browser } from '$app/environment';
import { hasFilters, parseFilters } from '$lib/filters/filters';
import { briefingCode } from '$lib/print/briefing-code.svelte';
import type { PageLoad } from './$types';

// The page draws its briefing live when reached within the site or when the address filters it
// (`+page.svelte`): its code comes first, so the page never shows an empty or unfiltered briefing.
// `location` rather than `url`: the page reads the query itself, and the load need not run again.
export const load: PageLoad = async ({ data }) => {
	if (browser) {
		const withinSite = document.documentElement.dataset.hydrated === 'true';
		const query = new URLSearchParams(location.search);
		if (withinSite || hasFilters(parseFilters(query, data.timeline))) await briefingCode.want();
	}
	return data;
};
