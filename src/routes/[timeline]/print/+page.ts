import { browser } from '$app/environment';
import { hasFilters, parseFilters } from '$lib/filters/filters';
import { briefingCode, briefingFile } from '$lib/print/briefing-code.svelte';
import type { BriefingData } from '$lib/print/briefing';
import type { PageLoad } from './$types';

// The page draws its briefing live when reached within the site or when the address filters it
// (`+page.svelte`): its code and data come first, so the page never shows an empty or unfiltered
// briefing. The prerenderer has the briefing at hand. `location` rather than `url`: the page reads
// the query itself, and the load need not run again.
export const load: PageLoad = async ({ data }) => {
	const { briefing, ...rest } = data;
	// null: the data could not be fetched, and the page says so
	let full: BriefingData | null | undefined = briefing.data;
	if (browser) {
		const withinSite = document.documentElement.dataset.hydrated === 'true';
		const query = new URLSearchParams(location.search);
		if (withinSite || hasFilters(parseFilters(query, data.timeline))) {
			[full] = await Promise.all([briefingFile(briefing.timeline), briefingCode.want()]);
		}
	}
	return { ...rest, full };
};
