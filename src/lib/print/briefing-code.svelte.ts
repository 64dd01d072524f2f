/**
 * The briefing's component and data for the briefing page. That page keeps the server's briefing as
 * it stands on first load, so its browser code fetches the component and the data
 * (`briefing.json`) only when it draws the briefing live. The server renders the briefing in one
 * pass and cannot wait for a fetch: `hooks.server.ts` hands it the component and the way to build
 * the data at start (`serveBriefingWith`).
 */
import type BriefingView from './Briefing.svelte';
import { LazyModule } from '$lib/state/lazy-module.svelte';
import { fetchBriefingData, type BriefingData } from '$lib/state/timeline-files';

export const briefingCode = new LazyModule(
	() => import('./Briefing.svelte'),
	'The briefing could not be drawn for this address; the page keeps the one it has:'
);

let build: ((timelineId: string) => BriefingData) | undefined;

export function serveBriefingWith(
	component: typeof BriefingView,
	data: (timelineId: string) => BriefingData
): void {
	briefingCode.module = { default: component };
	build = data;
}

/** The timeline's briefing, built on the server; undefined in the browser, which fetches it. */
export const serverBriefing = (timelineId: string): BriefingData | undefined => build?.(timelineId);

/** The timeline's `briefing.json` in the browser, or null when it cannot be fetched (the console says why). */
export const briefingFile = (timelineId: string): Promise<BriefingData | null> =>
	fetchBriefingData(timelineId).catch((error: unknown) => {
		console.error('The briefing could not be fetched for this address:', error);
		return null;
	});
