/**
 * The overview strip's maths: how many events start in each of `n` equal bins across the extent
 * (O(n) over sorted starts), and the view window a brush gesture asks for.
 */

/** Counts of events by start time in `bins` equal slices of `domain`. */
export function densityBins(
	events: readonly { start: number }[],
	domain: readonly [number, number],
	bins: number
): number[] {
	const n = Math.max(1, Math.floor(bins));
	const counts = new Array<number>(n).fill(0);
	const span = domain[1] - domain[0];
	if (!(span > 0)) return counts;
	for (const e of events) {
		const i = Math.floor(((e.start - domain[0]) / span) * n);
		if (i >= 0 && i < n) counts[i] = (counts[i] ?? 0) + 1;
	}
	return counts;
}

export type BrushMode = 'move' | 'start' | 'end';

/** What a pointer at `px` grabs in a brush spanning [b0, b1] px: an edge, or the whole window. */
export function brushMode(px: number, [b0, b1]: readonly [number, number], edge = 8): BrushMode {
	if (b1 - b0 > edge * 3) {
		if (Math.abs(px - b0) <= edge) return 'start';
		if (Math.abs(px - b1) <= edge) return 'end';
	}
	return 'move';
}

/**
 * The brush window after a drag by `dx` px in `mode`, in px; it stays inside [0, width] and at
 * least `min` px wide.
 */
export function dragBrush(
	[b0, b1]: readonly [number, number],
	mode: BrushMode,
	dx: number,
	width: number,
	min = 4
): [number, number] {
	if (mode === 'move') {
		const shift = Math.max(-b0, Math.min(width - b1, dx));
		return [b0 + shift, b1 + shift];
	}
	if (mode === 'start') return [Math.max(0, Math.min(b0 + dx, b1 - min)), b1];
	return [b0, Math.min(width, Math.max(b1 + dx, b0 + min))];
}
