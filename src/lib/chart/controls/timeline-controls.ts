/**
 * The parts of the timeline view that are drawn only once the chart runs: the overview strip and
 * the tooltip. They are fetched as one module then, which keeps them out of the code a reader
 * downloads and runs before the page answers. (The filters, view options and zoom buttons are
 * drawn with the page instead, so that the chart does not move down when they arrive.)
 */
export { default as Overview } from './Overview.svelte';
export { default as Tooltip } from './Tooltip.svelte';
