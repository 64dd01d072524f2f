/**
 * The parts of the timeline view that only work with JavaScript and are drawn after the page has
 * started: the filters, the view options, the zoom buttons, the overview strip and the tooltip.
 * They are fetched as one module once the chart is running, which keeps them out of the code a
 * reader downloads and runs before the page answers.
 */
export { default as FilterBar } from './FilterBar.svelte';
export { default as Overview } from './Overview.svelte';
export { default as Tooltip } from './Tooltip.svelte';
export { default as ViewOptions } from './ViewOptions.svelte';
export { default as ZoomButtons } from './ZoomButtons.svelte';
