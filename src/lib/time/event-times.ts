/**
 * An event's time as seen from several zones: where it happened, UTC, each participant's home
 * zone and the reader's own. Only times (minute, hour, part of the day) are converted: a date
 * known to the day, week, month or year is a calendar date in its place, and 20 August in Moscow
 * is not 19 August anywhere else.
 */
import type { EventDate } from '$lib/data/schema';
import { m } from '$lib/i18n';
import { pointSpan } from './dates';
import { eventZoneLabel, formatEventDate, formatInstantInZone, qualify } from './format';
import { isTimedPoint } from './headings';
import { READER_CLOCK } from './zone-math';

/** True when both ends are times of day, so showing the date in another zone adds something. */
export function isConvertible(date: EventDate): boolean {
	return isTimedPoint(date.start) && (!date.end || isTimedPoint(date.end));
}

/**
 * The event's date as wall-clock time in another zone: "Fri 15 Aug 2025, 19:26 – about 22:30".
 * A span keeps its real length: a day in Anchorage is "Fri 15 Aug 2025, 08:00 – Sat 16 Aug 2025,
 * 08:00" in UTC. In the event's own zone it is the date as authored.
 */
export function timeInZone(date: EventDate, zone: string): string {
	if (zone === date.zone || !isConvertible(date)) return formatEventDate(date);
	const day = (ms: number) => formatInstantInZone(ms, zone, 'day');
	const full = (ms: number) => formatInstantInZone(ms, zone);
	const clock = (ms: number) => full(ms).slice(day(ms).length + 2);
	const start = pointSpan(date.start, date.zone);
	const end = date.end ? pointSpan(date.end, date.zone) : undefined;
	// a minute is an instant; anything coarser covers its whole span
	const from = start.start;
	const to = date.end && end ? (date.end.precision === 'minute' ? end.start : end.end) : start.end;
	if (!date.end) {
		if (date.start.precision === 'minute') return qualify(full(from), date.start);
		const range =
			day(from) === day(to) ? `${full(from)}–${clock(to)}` : `${full(from)} – ${full(to)}`;
		return qualify(range, date.start);
	}
	const fromText = qualify(full(from), date.start);
	if (date.within) {
		return m.time_sometime_between({ from: fromText, to: qualify(full(to), date.end) });
	}
	const toText = qualify(day(from) === day(to) ? clock(to) : full(to), date.end);
	return `${fromText} – ${toText}`;
}

/** Two notes on one row ("where it happened; home of …"), or the one there is. */
function notes(first: string, second: string): string {
	return first && second ? m.time_two_notes({ first, second }) : first || second;
}

/** One line of the times table. */
export interface TimeRow {
	zone: string;
	/** "Anchorage time (AKDT)" */
	zoneText: string;
	/** whose zone it is: "where it happened", "home of Vladimir Putin" */
	note: string;
	text: string;
}

/** Someone whose local time the reader may want: a participant's name and home zone. */
export interface ZonePerson {
	name: string;
	zone: string;
}

/**
 * The rows every reader sees (they are prerendered): the event's own zone, UTC, and each other
 * home zone of the participants, grouping the people who share one. The reader's own zone is
 * added in the browser with `viewerRow()`.
 */
export function eventTimeRows(date: EventDate, people: readonly ZonePerson[]): TimeRow[] {
	const byZone = new Map<string, string[]>();
	for (const p of people) {
		const names = byZone.get(p.zone) ?? [];
		if (!names.includes(p.name)) names.push(p.name);
		byZone.set(p.zone, names);
	}
	const home = (zone: string) => {
		const names = byZone.get(zone);
		return names ? m.time_home_of({ names: names.join(', ') }) : '';
	};
	const row = (zone: string, note: string): TimeRow => ({
		zone,
		zoneText: eventZoneLabel(date, zone),
		note,
		text: timeInZone(date, zone)
	});
	const event = row(date.zone, notes(m.time_where_it_happened(), home(date.zone)));
	if (!isConvertible(date)) return [event];
	const rows = [event];
	if (date.zone !== 'UTC') rows.push(row('UTC', home('UTC')));
	for (const zone of byZone.keys()) {
		if (zone !== date.zone && zone !== 'UTC') rows.push(row(zone, home(zone)));
	}
	return rows;
}

/**
 * The row for the reader, or null when the date is too coarse to convert. In the browser `zone`
 * is `READER_CLOCK`: the reader's clock by its offset ("Your clock (UTC+1)"), read without Intl.
 */
export function viewerRow(date: EventDate, zone: string): TimeRow | null {
	if (!isConvertible(date)) return null;
	return {
		zone,
		zoneText: eventZoneLabel(date, zone),
		note: zone === READER_CLOCK ? '' : m.time_your_time_zone(),
		text: timeInZone(date, zone)
	};
}

/**
 * The rows with the reader's row added: a row that already shows the same times says so, and the
 * reader's row is then not repeated.
 */
export function withViewerRow(rows: readonly TimeRow[], mine: TimeRow | null): TimeRow[] {
	if (!mine) return [...rows];
	const same = rows.findIndex((r) => r.text === mine.text);
	if (same < 0) return [...rows, mine];
	const note = mine.zone === READER_CLOCK ? m.time_as_on_your_clock() : mine.note;
	return rows.map((r, i) => (i === same ? { ...r, note: notes(r.note, note) } : r));
}
