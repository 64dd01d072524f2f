/**
 * The canvas that draws crowded views, and the hit test that stands in for its marks' elements.
 * Fetched only by a page whose chart needs it (a long timeline, or a view crowded enough), so the
 * pages of small timelines never download it.
 */
export { default as MarkCanvas } from './MarkCanvas.svelte';
export { hitTest } from '$lib/chart/hit';
