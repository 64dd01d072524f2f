/**
 * The maths of a virtualised list view, with no DOM: each row's height (measured once drawn,
 * estimated until then) in a Fenwick tree, so that a row's offset, a change of height and the row
 * at a given offset each cost O(log n), and the rows to draw for a viewport. Scrolling through
 * 100,000 events costs two searches and the drawing of the rows in view. Only lists long enough to
 * be virtualised load it (see `ListWindow`).
 */
import { rowOfEvent, type ListRow, type RowRange } from './virtual-list';

/**
 * The heights of `size` rows and their running sums. Rows start at an estimate; a measured height
 * replaces it. Offsets are from the top of the first row.
 */
export class RowHeights {
	readonly size: number;
	readonly #heights: Float64Array;
	readonly #measured: Uint8Array;
	/** Fenwick tree, 1-based: tree[i] sums heights (i - lowbit(i), i] */
	readonly #tree: Float64Array;
	/** the highest power of two not above size, where a search starts */
	readonly #top: number;

	constructor(size: number, estimate: (row: number) => number) {
		this.size = size;
		this.#heights = new Float64Array(size);
		this.#measured = new Uint8Array(size);
		this.#tree = new Float64Array(size + 1);
		let top = 1;
		while (top * 2 <= size) top *= 2;
		this.#top = size ? top : 0;
		for (let i = 0; i < size; i++) this.#heights[i] = Math.max(0, estimate(i));
		this.#build();
	}

	/** Fills the tree from the heights in O(n). */
	#build(): void {
		const tree = this.#tree;
		for (let i = 1; i <= this.size; i++) tree[i] = this.#heights[i - 1]!;
		for (let i = 1; i <= this.size; i++) {
			const parent = i + (i & -i);
			if (parent <= this.size) tree[parent]! += tree[i]!;
		}
	}

	/** The row's height, measured or estimated. */
	height(row: number): number {
		return this.#heights[row] ?? 0;
	}

	/** True once the row's height has been measured. */
	isMeasured(row: number): boolean {
		return this.#measured[row] === 1;
	}

	/**
	 * Records a row's measured height; returns true when its height changed by more than half a
	 * pixel (less is rounding, and feeding it back could make rows shake).
	 */
	measure(row: number, height: number): boolean {
		if (row < 0 || row >= this.size || !(height >= 0)) return false;
		this.#measured[row] = 1;
		const delta = height - this.#heights[row]!;
		if (Math.abs(delta) <= 0.5) return false;
		this.#heights[row] = height;
		for (let i = row + 1; i <= this.size; i += i & -i) this.#tree[i]! += delta;
		return true;
	}

	/** Gives every row not measured yet a new estimate, in O(n). */
	reestimate(estimate: (row: number) => number): void {
		for (let i = 0; i < this.size; i++) {
			if (!this.#measured[i]) this.#heights[i] = Math.max(0, estimate(i));
		}
		this.#build();
	}

	/** The offset of the row's top: the sum of the heights before it (`offset(size)` is the total). */
	offset(row: number): number {
		let sum = 0;
		for (let i = Math.min(Math.max(row, 0), this.size); i > 0; i -= i & -i) sum += this.#tree[i]!;
		return sum;
	}

	/** The height of all rows. */
	get total(): number {
		return this.offset(this.size);
	}

	/**
	 * The row at offset `y`: the last row whose top is at or above `y`, so a row of zero height is
	 * passed over; 0 above the first row, the last row below the end, -1 when there are no rows.
	 */
	rowAt(y: number): number {
		if (this.size === 0) return -1;
		let row = 0;
		let rest = y;
		for (let step = this.#top; step > 0; step >>= 1) {
			const next = row + step;
			if (next <= this.size && this.#tree[next]! <= rest) {
				row = next;
				rest -= this.#tree[next]!;
			}
		}
		return Math.min(row, this.size - 1);
	}
}

/**
 * The rows to draw for a viewport from `top` to `bottom` (offsets from the top of the list), with
 * `overscan` pixels more on each side. A viewport above the list draws its first rows, one below
 * it its last rows, so that the Tab key coming into the list from either side finds an event.
 */
export function visibleRows(
	heights: RowHeights,
	top: number,
	bottom: number,
	overscan: number
): RowRange {
	if (heights.size === 0) return { first: 0, last: 0 };
	const total = heights.total;
	const from = Math.min(top, total) - overscan;
	const to = Math.max(bottom, 0) + overscan;
	const first = Math.max(0, heights.rowAt(from));
	const last = Math.max(first + 1, Math.min(heights.size, heights.rowAt(to) + 1));
	return { first, last };
}

/** The smallest range that holds both. */
export function spanRanges(a: RowRange, b: RowRange): RowRange {
	return { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };
}

/**
 * The space above the drawn rows: everything before the range, less the heading of a day the range
 * starts inside, since that heading is drawn too.
 */
export function spaceAbove<T>(
	rows: readonly ListRow<T>[],
	heights: RowHeights,
	range: RowRange
): number {
	const row = rows[range.first];
	const offset = heights.offset(range.first);
	return row?.type === 'event' ? offset - heights.height(row.head) : offset;
}

/** The space below the drawn rows. */
export function spaceBelow(heights: RowHeights, range: RowRange): number {
	return heights.total - heights.offset(range.last);
}

/** The offset of an event's row, to scroll to it; undefined when no row holds it. */
export function eventOffset<T extends { id: string }>(
	rows: readonly ListRow<T>[],
	heights: RowHeights,
	id: string
): number | undefined {
	const row = rowOfEvent(rows, id);
	return row < 0 ? undefined : heights.offset(row);
}
