/**
 * The maths of the virtualised list view, with no DOM: the day groups flattened into rows (a
 * heading row per day, then its events), each row's height (measured once drawn, estimated until
 * then) in a Fenwick tree so that a row's offset, a change of height and the row at a given offset
 * each cost O(log n), and the rows to draw for a viewport. Scrolling through 100,000 events costs
 * two searches and the drawing of the rows in view.
 */
import type { DayGroup } from './days';

/** A day's heading row. */
export interface DayRow {
	type: 'day';
	/** yyyy-MM-dd */
	key: string;
}

/** An event's row. */
export interface EventRow<T> {
	type: 'event';
	event: T;
	/** the day's key */
	key: string;
	/** the index of this row */
	row: number;
	/** the index of the day's heading row */
	head: number;
	/** 1-based position among all the list's events, in list order */
	position: number;
}

export type ListRow<T> = DayRow | EventRow<T>;

/** The rows of day groups: each day's heading row, then a row per event. */
export function flattenDays<T>(groups: readonly DayGroup<T>[]): ListRow<T>[] {
	const rows: ListRow<T>[] = [];
	let position = 0;
	for (const { key, events } of groups) {
		const head = rows.length;
		rows.push({ type: 'day', key });
		for (const event of events) {
			rows.push({ type: 'event', event, key, row: rows.length, head, position: ++position });
		}
	}
	return rows;
}

/** How many rows hold the first `count` events and their days' headings. */
export function leadingRows<T>(rows: readonly ListRow<T>[], count: number): number {
	if (count <= 0) return 0;
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		if (row.type === 'event' && row.position >= count) return i + 1;
	}
	return rows.length;
}

/** The index of the row that holds the event with this id, or -1. */
export function rowOfEvent<T extends { id: string }>(
	rows: readonly ListRow<T>[],
	id: string
): number {
	return rows.findIndex((r) => r.type === 'event' && r.event.id === id);
}

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

/** Rows [first, last) to draw. */
export interface RowRange {
	first: number;
	last: number;
}

/**
 * The rows to draw for a viewport from `top` to `bottom` (offsets from the top of the list), with
 * `overscan` pixels more on each side. A viewport above the list draws its first rows, one below
 * it its last rows, so that the Tab key coming into the list from either side finds an event.
 */
export function visibleRange(
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

/** A day's rows within a range, to draw under its heading. */
export interface VisibleDay<T> {
	key: string;
	/** the index of the day's heading row (drawn even when the range starts after it) */
	head: number;
	events: EventRow<T>[];
}

/** The rows in [first, last), grouped by day; a day that starts before `first` is included. */
export function visibleDays<T>(rows: readonly ListRow<T>[], range: RowRange): VisibleDay<T>[] {
	const days: VisibleDay<T>[] = [];
	let day: VisibleDay<T> | undefined;
	for (let i = range.first; i < Math.min(range.last, rows.length); i++) {
		const row = rows[i]!;
		if (row.type === 'day') {
			day = { key: row.key, head: i, events: [] };
			days.push(day);
		} else {
			if (!day) {
				day = { key: row.key, head: row.head, events: [] };
				days.push(day);
			}
			day.events.push(row);
		}
	}
	return days;
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
