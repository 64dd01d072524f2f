/**
 * Test fixtures for the timeline maths: compact builders for chart events, so table-driven specs
 * read like the situations they test. Not used by the site.
 */
import type { DatePoint, EventDate } from '$lib/data/schema';
import type { ChartData, ChartEvent } from './data';
import { chartZoneTables, sortEvents } from './data';
import { eventSpan, isInstant } from '$lib/time/dates';
import { formatEventDateWithZone } from '$lib/time/format';
import { fadeOf } from './encoding';
import { headingKey, isTimed } from '$lib/time/headings';

/** Epoch ms of a UTC wall time; months are 1-based, as people write them. */
export function utc(y: number, m: number, d = 1, h = 0, min = 0): number {
	return Date.UTC(y, m - 1, d, h, min);
}

/** An event date in UTC from a start (and optional end) value such as `2025-08-15T11:26`. */
export function utcDate(start: string, end?: string, extra: Partial<DatePoint> = {}): EventDate {
	const precision = (v: string): DatePoint['precision'] =>
		v.includes(':')
			? 'minute'
			: v.includes('T')
				? 'hour'
				: v.length === 10
					? 'day'
					: v.length === 7
						? 'month'
						: 'year';
	return {
		start: { value: start, precision: precision(start), ...extra },
		...(end ? { end: { value: end, precision: precision(end) } } : {}),
		zone: 'UTC',
		basis: 'test'
	};
}

let counter = 0;

/** A chart event; its span, zone, words and fades follow from `date` unless given. */
export function chartEvent({
	date = utcDate('2025-08-15T12:00'),
	...fields
}: Partial<ChartEvent> & { date?: EventDate } = {}): ChartEvent {
	const span = eventSpan(date);
	const fade = fadeOf(date);
	counter += 1;
	return {
		id: `e${counter}`,
		title: `Event ${counter}`,
		kind: 'meeting',
		status: 'occurred',
		actors: ['trump'],
		speakers: [],
		inSource: true,
		start: span.start,
		end: span.end,
		zone: date.zone,
		when: formatEventDateWithZone(date),
		...(isInstant(date) ? { instant: true as const } : {}),
		...(fade ? { fade } : {}),
		heading: headingKey(date),
		timed: isTimed(date),
		within: !!date.within,
		...fields
	};
}

/** A small chart data set with two affiliations and the given events. */
export function chartData(events: ChartEvent[]): ChartData {
	const sorted = sortEvents([...events]);
	return {
		id: 'test',
		title: 'Test',
		summary: 'Test timeline',
		asOf: '2025-10-31',
		span: '15 Aug 2025',
		zone: 'UTC',
		zoneTables: chartZoneTables('UTC', sorted),
		affiliations: [
			{ id: 'united-states', name: 'United States' },
			{ id: 'russia', name: 'Russia' },
			{ id: 'ukraine', name: 'Ukraine' }
		],
		actors: [
			{ id: 'trump', name: 'Donald Trump', affiliation: 'united-states' },
			{ id: 'putin', name: 'Vladimir Putin', affiliation: 'russia' },
			{ id: 'zelenskyy', name: 'Volodymyr Zelenskyy', affiliation: 'ukraine' }
		],
		events: sorted,
		provenance: { mainSource: 'src', cited: 1 }
	};
}
