/**
 * The time scale: a base scale maps the whole extent of the data onto the chart's width, and the
 * reader's zoom (a transform held in state) rescales a copy of it. The base scale is never mutated.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** A horizontal zoom: x' = x * k + offset. The same numbers d3-zoom's transform carries. */
export interface ViewTransform {
	k: number;
	x: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0 };

/**
 * Epoch milliseconds to pixels. A linear scale over plain numbers, not d3's time scale: the axis
 * builds its own ticks in the chosen zone (`ticks.ts`), so d3-time-format would only add weight.
 */
export type TimeScale = ScaleLinear<number, number>;

const HOUR = 3_600_000;

/**
 * The extent the chart can show: the events' span, padded on both sides so that marks at the ends
 * are not cut, and at least `minSpan` long so a single event still has a readable neighbourhood.
 */
export function timeExtent(
	events: readonly { start: number; end: number }[],
	{ pad = 0.04, minSpan = 12 * HOUR } = {}
): [number, number] {
	let start = Infinity;
	let end = -Infinity;
	for (const e of events) {
		if (e.start < start) start = e.start;
		if (e.end > end) end = e.end;
	}
	if (!Number.isFinite(start)) {
		const now = Date.UTC(2025, 0, 1);
		return [now - minSpan / 2, now + minSpan / 2];
	}
	const middle = (start + end) / 2;
	const half = Math.max((end - start) * (1 + 2 * pad), minSpan) / 2;
	return [middle - half, middle + half];
}

/**
 * The scale for a view: `domain` spans the full width at zoom 1, and `transform` zooms and pans
 * into it. With `width` 0 (before the chart is measured) the scale still works, at a nominal width.
 */
export function createTimeScale({
	domain,
	width,
	transform = IDENTITY
}: {
	domain: readonly [number, number];
	width: number;
	transform?: ViewTransform;
}): TimeScale {
	const w = width > 0 ? width : 1;
	const base = scaleLinear().domain([domain[0], domain[1]]).range([0, w]);
	// the same maths as d3-zoom's transform.rescaleX, without touching the DOM
	const visible = [(0 - transform.x) / transform.k, (w - transform.x) / transform.k].map((px) =>
		base.invert(px)
	);
	return base.copy().domain(visible);
}

/** The visible time range of a scale, in epoch ms. */
export function visibleRange(scale: TimeScale): [number, number] {
	const [a = 0, b = 0] = scale.domain();
	return [a, b];
}
