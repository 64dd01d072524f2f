/**
 * The briefing's component for the briefing page. That page keeps the server's briefing as it
 * stands on first load, so its browser code fetches the component only when it draws the briefing
 * live. The server renders the briefing in one pass and cannot wait for a fetch: `hooks.server.ts`
 * hands it the component at start (`serveBriefingWith`).
 */
import type BriefingView from './Briefing.svelte';
import { LazyModule } from '$lib/state/lazy-module.svelte';

export const briefingCode = new LazyModule(
	() => import('./Briefing.svelte'),
	'The briefing could not be drawn for this address; the page keeps the one it has:'
);

export function serveBriefingWith(component: typeof BriefingView): void {
	briefingCode.module = { default: component };
}
