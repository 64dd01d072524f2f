/** Small statistics for benchmark samples. */

/** The p-th percentile (0–100) by linear interpolation between closest ranks; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (p / 100) * (sorted.length - 1);
	const lo = Math.floor(rank);
	const hi = Math.ceil(rank);
	const a = sorted[lo] as number;
	const b = sorted[hi] as number;
	return a + (b - a) * (rank - lo);
}

export function median(values: readonly number[]): number {
	return percentile(values, 50);
}
