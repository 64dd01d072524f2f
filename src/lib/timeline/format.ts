/**
 * Dates in words, as a careful reader would write them. A wall-clock value is shown as authored,
 * in the event's own zone, with its precision: "Sat 16 Aug 2025, morning", never a fake "00:00".
 */
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import type { DatePoint, EventDate, EventStatus } from '$lib/data/schema';
import { pointSpan } from './dates';

const DAY = 'EEE d MMM yyyy';

/** The wall-clock fields of a point, as a UTC date used only for formatting. */
function wallDate(point: DatePoint): UTCDate {
	const [datePart = '', timePart] = point.value.split('T');
	if (point.precision === 'week') {
		const [y, w] = datePart.split('-W').map(Number) as [number, number];
		const jan4 = new UTCDate(y, 0, 4);
		const day = jan4.getUTCDay() || 7;
		return new UTCDate(y, 0, 4 + (w - 1) * 7 - (day - 1));
	}
	const [y, m = 1, d = 1] = datePart.split('-').map(Number) as [number, number?, number?];
	const [h = 0, min = 0] = (timePart ?? '').split(':').filter(Boolean).map(Number);
	return new UTCDate(y, m - 1, d, h, min);
}

function qualify(text: string, point: DatePoint): string {
	let out = point.approximate ? `about ${text}` : text;
	if (point.uncertain) out += ' (uncertain)';
	return out;
}

/** The time-of-day part of a point alone ("11:26", "morning"), or '' for a day or coarser. */
function timeOfDay(point: DatePoint): string {
	const d = wallDate(point);
	switch (point.precision) {
		case 'minute':
			return format(d, 'HH:mm');
		case 'hour':
			return `${format(d, 'HH')}:00–${format(new UTCDate(d.getTime() + 3600000), 'HH')}:00`;
		case 'part-of-day':
			return point.partOfDay ?? '';
		default:
			return '';
	}
}

/** One point in words, in its own zone: "Fri 15 Aug 2025, 11:26", "week of Mon 18 Aug 2025". */
export function formatPoint(point: DatePoint): string {
	const d = wallDate(point);
	switch (point.precision) {
		case 'minute':
		case 'hour':
		case 'part-of-day':
			return qualify(`${format(d, DAY)}, ${timeOfDay(point)}`, point);
		case 'day':
			return qualify(format(d, DAY), point);
		case 'week':
			return qualify(`week of ${format(d, DAY)}`, point);
		case 'month':
			return qualify(format(d, 'MMMM yyyy'), point);
		case 'year':
			return qualify(format(d, 'yyyy'), point);
	}
}

function sameDay(a: DatePoint, b: DatePoint): boolean {
	return (
		a.value.slice(0, 10) === b.value.slice(0, 10) && a.value.length >= 10 && b.value.length >= 10
	);
}

/** "Anchorage" from "America/Anchorage", "UTC" from "UTC". */
export function zoneCity(zone: string): string {
	return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name at an instant: "AKDT", "GMT+3", "CEST". */
export function zoneAbbreviation(zone: string, at: number): string {
	// building a formatter costs far more than using one, and the list view names a zone per row
	let formatter = zoneNameFormats.get(zone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
		zoneNameFormats.set(zone, formatter);
	}
	const parts = formatter.formatToParts(new Date(at));
	return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** "Anchorage time (AKDT)", for the instant the date starts. */
export function zoneLabel(zone: string, at: number): string {
	if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
	return `${zoneCity(zone)} time (${zoneAbbreviation(zone, at)})`;
}

/**
 * A whole event date in words, in the event's zone, without the zone:
 * "Fri 15 Aug 2025, 11:26 – about 14:30", "Mon 11 Aug 2025 – Thu 14 Aug 2025",
 * "one day between Mon 11 Aug 2025 and Thu 14 Aug 2025".
 */
export function formatEventDate(date: EventDate): string {
	const start = formatPoint(date.start);
	if (!date.end) return start;
	if (date.within) return `sometime between ${start} and ${formatPoint(date.end)}`;
	if (sameDay(date.start, date.end) && timeOfDay(date.end)) {
		return `${start} – ${qualify(timeOfDay(date.end), date.end)}`;
	}
	return `${start} – ${formatPoint(date.end)}`;
}

/** The event date with its zone: "Fri 15 Aug 2025, 11:26 – about 14:30, Anchorage time (AKDT)". */
export function formatEventDateWithZone(date: EventDate): string {
	return `${formatEventDate(date)}, ${zoneLabel(date.zone, pointSpan(date.start, date.zone).start)}`;
}

/**
 * An instant in another zone, to the given precision: "Sat 16 Aug 2025, 06:26" for minutes,
 * "Sat 16 Aug 2025" for a day. Used to show an event's time in UTC or the reader's zone.
 */
export function formatInstantInZone(
	ms: number,
	zone: string,
	precision: 'minute' | 'day' = 'minute'
): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone: zone,
			year: 'numeric',
			month: 'short',
			day: 'numeric',
			weekday: 'short',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(new Date(ms))
			.map((p) => [p.type, p.value])
	);
	const day = `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
	return precision === 'day' ? day : `${day}, ${parts.hour}:${parts.minute}`;
}

/** An event status as one or two words, for labels and lists. */
export const STATUS_LABELS: Record<EventStatus, string> = {
	occurred: 'Occurred',
	reported: 'Reported',
	claimed: 'Claimed',
	scheduled: 'Scheduled',
	proposed: 'Proposed',
	'did-not-happen': 'Did not happen',
	cancelled: 'Cancelled',
	contested: 'Contested'
};

/** What each status means, in a phrase a reader can check against the sources. */
export const STATUS_MEANINGS: Record<EventStatus, string> = {
	occurred: 'it happened, independently confirmed',
	reported: 'reported by the press, not independently confirmed',
	claimed: 'asserted by an interested party, not confirmed',
	scheduled: 'announced with a date',
	proposed: 'floated, never agreed',
	'did-not-happen': 'proposed or planned, never took place',
	cancelled: 'formally called off',
	contested: 'denied or contradicted by another party'
};
/**
 * A real-time span in another zone, to the minute: "Fri 15 Aug 2025, 19:26–22:30, UTC",
 * "Fri 15 Aug 2025, 08:00 – Sat 16 Aug 2025, 08:00, London time (BST)". An instant shows one time.
 * `end` is exclusive, as spans are.
 */
export function formatSpanInZone(
	{ start, end }: { start: number; end: number },
	zone: string,
	instant = false
): string {
	const from = formatInstantInZone(start, zone);
	const label = zoneLabel(zone, start);
	if (instant) return `${from}, ${label}`;
	const to = formatInstantInZone(end, zone);
	const sameDay = from.slice(0, from.lastIndexOf(',')) === to.slice(0, to.lastIndexOf(','));
	return sameDay
		? `${from}–${to.slice(to.lastIndexOf(',') + 2)}, ${label}`
		: `${from} – ${to}, ${label}`;
}
