/**
 * The briefing's component and data for the briefing page. That page keeps the server's briefing as
 * it stands on first load, so its browser code fetches the component and the data
 * (`briefing.json`) only when it draws the briefing live. The server renders the briefing in one
 * pass and cannot wait for a fetch: `hooks.server.ts` hands it the component at start
 * (`serveBriefingWith`), and the page's data holds the briefing there (`BriefingRef`).
 */
import type BriefingView from './Briefing.svelte';
import { LazyModule } from '$lib/state/lazy-module.svelte';
import type { BriefingData } from './briefing';
import { fetchBriefingData } from '$lib/state/timeline-files';

export const briefingCode = new LazyModule(
	() => import('./Briefing.svelte'),
	'The briefing could not be drawn for this address; the page keeps the one it has:'
);

export function serveBriefingWith(component: typeof BriefingView): void {
	briefingCode.module = { default: component };
}

/** The timeline's `briefing.json` in the browser, or null when it cannot be fetched (the console says why). */
export const briefingFile = (timelineId: string): Promise<BriefingData | null> =>
	fetchBriefingData(timelineId).catch((error: unknown) => {
		console.error('The briefing could not be fetched for this address:', error);
		return null;
	});
