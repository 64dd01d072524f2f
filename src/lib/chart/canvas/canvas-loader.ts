/**
 * The canvas for crowded views (`canvas-layer.ts`), fetched at most once per visit. A large
 * timeline's page load fetches it with the chart data and starts the page once both have come, so
 * the task that draws the chart paints its canvas too; otherwise the chart fetches it when a view
 * first gets crowded.
 */
import { LazyModule } from '$lib/state/lazy-module.svelte';

export const canvasLayer = new LazyModule(
	() => import('./canvas-layer'),
	'The chart canvas could not be loaded; drawing SVG instead:'
);
