/**
 * The list view's rows, with no DOM: the day groups flattened into rows (a heading row per day,
 * then its events), and the days of a range of rows, to draw. A long list draws only the rows near
 * the viewport; the maths of which ones is in `row-heights.ts`, which only long lists load.
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

/** Rows [first, last) to draw. */
export interface RowRange {
	first: number;
	last: number;
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
