/**
 * Zoom maths for buttons, keys and gestures: clamping to the data's extent, zooming around a point,
 * panning, fitting a window of time, and what each key does. Pure: the chart holds the transform
 * in state and d3-zoom only reports gestures.
 */
import type { ViewTransform } from './scale';
import { DAY, HOUR, MINUTE } from '$lib/time/durations';

export interface ZoomLimits {
	/** the chart's width in px */
	width: number;
	/** deepest zoom; 1 (the whole extent) is the shallowest */
	kMax: number;
}

/** The deepest zoom for an extent: the view never gets narrower than `minSpan` (15 minutes). */
export function maxZoom(domain: readonly [number, number], minSpan = 15 * MINUTE): number {
	return Math.max(1, (domain[1] - domain[0]) / minSpan);
}

function clamp(v: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, v));
}

/** Keeps the zoom within [1, kMax] and the view within the extent. */
export function clampTransform(t: ViewTransform, { width, kMax }: ZoomLimits): ViewTransform {
	const k = clamp(t.k, 1, kMax);
	const x = clamp(t.x, width - width * k, 0);
	// -0 and 0 are the same view; keep transforms comparable with toEqual
	return { k, x: x === 0 ? 0 : x };
}

/** Zooms by `factor` keeping the time under pixel `px` where it is. */
export function zoomAround(
	t: ViewTransform,
	factor: number,
	px: number,
	limits: ZoomLimits
): ViewTransform {
	const k = clamp(t.k * factor, 1, limits.kMax);
	return clampTransform({ k, x: px - ((px - t.x) * k) / t.k }, limits);
}

/** Moves the view by `dx` pixels (positive shows earlier times). */
export function panBy(t: ViewTransform, dx: number, limits: ZoomLimits): ViewTransform {
	return clampTransform({ k: t.k, x: t.x + dx }, limits);
}

/** The transform that shows the time window [a, b] across the full width (as far as limits allow). */
export function transformForWindow(
	domain: readonly [number, number],
	[a, b]: readonly [number, number],
	limits: ZoomLimits
): ViewTransform {
	const span = domain[1] - domain[0];
	const k = clamp(span / Math.max(b - a, 1), 1, limits.kMax);
	const middle = ((a + b) / 2 - domain[0]) / span;
	return clampTransform({ k, x: limits.width / 2 - middle * limits.width * k }, limits);
}

/** Whether the event's span [start, end) is at least partly inside the window. */
export function inWindow(e: { start: number; end: number }, [a, b]: readonly [number, number]) {
	return e.end > a && e.start < b;
}

/**
 * A window around events[index] that also shows its neighbours: the starts of up to `neighbours`
 * events on each side (a neighbour's start is where its mark and label are), as long as the window
 * stays within `maxSpan` (so a lone event weeks away does not shrink it to a dot), and at least
 * `minSpan` wide. Padded so marks at the edges are not cut.
 */
export function focusWindow(
	events: readonly { start: number; end: number }[],
	index: number,
	{ neighbours = 2, minSpan = 3 * HOUR, maxSpan = 3 * DAY, pad = 0.12 } = {}
): [number, number] {
	const e = events[index];
	if (!e) throw new RangeError(`focusWindow(): no event at index ${index}`);
	let a = e.start;
	let b = e.end;
	const limit = Math.max(maxSpan, (e.end - e.start) * 1.5);
	for (let step = 1; step <= neighbours; step++) {
		const before = events[index - step];
		const after = events[index + step];
		if (before && b - Math.min(a, before.start) <= limit) a = Math.min(a, before.start);
		if (after && Math.max(b, after.start) - a <= limit) b = Math.max(b, after.start);
	}
	if (b - a < minSpan) {
		const middle = (a + b) / 2;
		a = middle - minSpan / 2;
		b = middle + minSpan / 2;
	}
	const margin = (b - a) * pad;
	return [a - margin, b + margin];
}

/** What a key does in the chart. Keys are handled on the focused chart only, never on document. */
export type KeyAction =
	| { type: 'zoom'; factor: number }
	| { type: 'pan'; fraction: number }
	| { type: 'fit' }
	| { type: 'step'; by: 1 | -1 }
	| { type: 'lane'; by: 1 | -1 }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'select' }
	| { type: 'deselect' };

/** The action for a key press, or null when the chart leaves the key to the browser. */
export function keyAction(key: string, { shift = false, mod = false } = {}): KeyAction | null {
	if (mod) return null; // never take Ctrl/Cmd shortcuts from the browser
	switch (key) {
		case '+':
		case '=':
			return { type: 'zoom', factor: 2 };
		case '-':
		case '_':
			return { type: 'zoom', factor: 0.5 };
		case '0':
			return { type: 'fit' };
		case 'ArrowLeft':
			return shift ? { type: 'pan', fraction: 0.25 } : { type: 'step', by: -1 };
		case 'ArrowRight':
			return shift ? { type: 'pan', fraction: -0.25 } : { type: 'step', by: 1 };
		case 'PageUp':
			return { type: 'pan', fraction: 0.9 };
		case 'PageDown':
			return { type: 'pan', fraction: -0.9 };
		case 'ArrowUp':
			return { type: 'lane', by: -1 };
		case 'ArrowDown':
			return { type: 'lane', by: 1 };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'Enter':
		case ' ':
			return { type: 'select' };
		case 'Escape':
			return { type: 'deselect' };
		default:
			return null;
	}
}

/**
 * The window a chart opens on: the shortest stretch of time holding `share` of the events (found in
 * one pass over the sorted starts), when that is clearly narrower than the whole extent; otherwise
 * the whole extent. A summit timeline opens on the summit's days, not on months of context.
 */
export function defaultWindow(
	events: readonly { start: number; end: number }[],
	extent: readonly [number, number],
	{ share = 0.75, pad = 0.08, minSpan = 6 * HOUR } = {}
): [number, number] {
	const n = events.length;
	const need = Math.max(1, Math.ceil(n * share));
	// a handful of events is best seen whole
	if (n < 8) return [extent[0], extent[1]];
	let best: [number, number] = [extent[0], extent[1]];
	for (let i = 0; i + need - 1 < n; i++) {
		const a = (events[i] as { start: number }).start;
		const last = events[i + need - 1] as { start: number; end: number };
		// the last event's end, unless it is a long span that would swallow the window
		const b = Math.max(last.start, Math.min(last.end, last.start + minSpan));
		if (b - a < best[1] - best[0]) best = [a, b];
	}
	if (best[1] - best[0] > (extent[1] - extent[0]) * 0.5) return [extent[0], extent[1]];
	const span = Math.max(best[1] - best[0], minSpan);
	const middle = (best[0] + best[1]) / 2;
	return [middle - (span / 2) * (1 + 2 * pad), middle + (span / 2) * (1 + 2 * pad)];
}

/** Whether a wheel event asks to zoom: with Ctrl (a trackpad pinch arrives so) or ⌘. */
export const zoomsWheel = (event: Pick<WheelEvent, 'ctrlKey' | 'metaKey'>): boolean =>
	event.ctrlKey || event.metaKey;

/**
 * How far a wheel event zooms (d3-zoom's scale is 2 to this power). A pinch sends small deltas
 * and zooms ten times as fast per pixel, as d3-zoom's own default does; a mouse wheel notch
 * (about 100 px) zooms by a fifth.
 */
export function wheelDelta(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
	const perPixel = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	const pinch = event.ctrlKey && event.deltaMode === 0 && Math.abs(event.deltaY) < 50;
	return -event.deltaY * perPixel * (pinch ? 10 : 1);
}
