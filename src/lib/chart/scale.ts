/**
 * The time scale: a base scale maps the whole extent of the data onto the chart's width, and the
 * reader's zoom (a transform held in state) rescales a copy of it. The base scale is never mutated.
 */

import { HOUR } from '$lib/time/durations';

/** A horizontal zoom: x' = x * k + offset. The same numbers d3-zoom's transform carries. */
export interface ViewTransform {
	k: number;
	x: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0 };

/**
 * Epoch milliseconds to pixels, and back. The axis builds its own ticks in the chosen zone
 * (`ticks.ts`), so all the chart needs of a scale is the linear map, its inverse and its domain.
 */
export interface TimeScale {
	(value: number): number;
	invert(px: number): number;
	domain(): [number, number];
	range(): [number, number];
}

/**
 * A linear map from `domain` onto `range`, with the arithmetic of d3's linear scale (so the two
 * agree to the last bit) and none of its ticks, formats or colour interpolation, which would add
 * about 10 kB gzipped to every page. An empty domain maps to the middle of the range.
 */
export function linearScale(
	domain: readonly [number, number],
	range: readonly [number, number]
): TimeScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const forward = linearMap(d0, d1, r0, r1);
	const scale = (value: number) => forward(value);
	scale.invert = linearMap(r0, r1, d0, d1);
	scale.domain = (): [number, number] => [d0, d1];
	scale.range = (): [number, number] => [r0, r1];
	return scale;
}

/** [a0, a1] onto [b0, b1]; a decreasing input is read from its other end, as d3-scale does. */
function linearMap(a0: number, a1: number, b0: number, b1: number): (x: number) => number {
	if (a1 < a0) [a0, a1, b0, b1] = [a1, a0, b1, b0];
	const span = a1 - a0;
	return (x) => {
		const t = span ? (x - a0) / span : 0.5;
		return b0 * (1 - t) + b1 * t;
	};
}

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
	const base = linearScale(domain, [0, w]);
	// the same maths as d3-zoom's transform.rescaleX, without touching the DOM
	const visible: [number, number] = [
		base.invert((0 - transform.x) / transform.k),
		base.invert((w - transform.x) / transform.k)
	];
	return linearScale(visible, [0, w]);
}

/** The visible time range of a scale, in epoch ms. */
export function visibleRange(scale: TimeScale): [number, number] {
	const [a = 0, b = 0] = scale.domain();
	return [a, b];
}
