/**
 * Stands in for d3-transition, which d3-zoom imports to stop a running zoom transition before a
 * gesture and to animate a double-click. The chart runs no transitions (it zooms by writing a
 * transform into state, and double-click zooms at once), so stopping one is nothing to do.
 * d3-transition would otherwise bring d3-color, d3-interpolate's colour maths, d3-ease and
 * d3-timer: about 6 kB gzipped, 7% of the timeline page's code. Vite resolves 'd3-transition'
 * here (vite.config.ts).
 */
import { selection } from 'd3-selection';

/** Stops the transitions running on `node`: there are none. */
export function interrupt(): void {}

// d3-zoom calls selection.interrupt() before it sets a transform
selection.prototype.interrupt = function () {
	return this;
};
