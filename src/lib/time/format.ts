/**
 * Dates in words, as a careful reader would write them. A wall-clock value is shown as authored,
 * in the event's own zone, with its precision: "Sat 16 Aug 2025, morning", never a fake "00:00".
 */
import type { DatePoint, EventDate, PartOfDay } from '$lib/data/schema';
import { dateLocale, m } from '$lib/i18n';
import {
	clockText,
	dayMonthText,
	englishDates,
	monthText,
	shortDayText,
	twoDigits,
	yearText
} from './calendar-words';
import { eventSpan, isoWeekMonday, pointSpan } from './dates';
import { zoneCity } from './zone-cities';
import {
	offsetParts,
	READER_CLOCK,
	seededZoneName,
	zoneChanges,
	zoneOffset,
	zoneTable,
	type ZoneTable
} from './zone-math';

/** The wall-clock fields of a point, as a UTC date used only for formatting. */
function wallDate(point: DatePoint): Date {
	const [datePart = '', timePart] = point.value.split('T');
	if (point.precision === 'week') {
		const [y, w] = datePart.split('-W').map(Number) as [number, number];
		const [my, mm, md] = isoWeekMonday(y, w);
		return new Date(Date.UTC(my, mm - 1, md));
	}
	const [y, m = 1, d = 1] = datePart.split('-').map(Number) as [number, number?, number?];
	const [h = 0, min = 0] = (timePart ?? '').split(':').filter(Boolean).map(Number);
	const date = new Date(Date.UTC(y, m - 1, d, h, min));
	// years 0–99 stay themselves, not 1900–1999
	date.setUTCFullYear(y);
	return date;
}

/** A point's text with its qualifiers: "about …", "… (uncertain)". */
export function qualify(text: string, point: DatePoint): string {
	const out = point.approximate ? m.time_about({ text }) : text;
	return point.uncertain ? m.time_uncertain({ text: out }) : out;
}

const PARTS_OF_DAY: Record<PartOfDay, () => string> = {
	night: m.time_part_of_day_night,
	morning: m.time_part_of_day_morning,
	afternoon: m.time_part_of_day_afternoon,
	evening: m.time_part_of_day_evening
};

/** A part of the day in words: "morning". */
export function partOfDayText(part: PartOfDay): string {
	return PARTS_OF_DAY[part]();
}

/** The time-of-day part of a point alone ("11:26", "morning"), or '' for a day or coarser. */
export function timeOfDay(point: DatePoint): string {
	const d = wallDate(point);
	switch (point.precision) {
		case 'minute':
			return clockText(d);
		case 'hour':
			return `${twoDigits(d.getUTCHours())}:00–${twoDigits((d.getUTCHours() + 1) % 24)}:00`;
		case 'part-of-day':
			return point.partOfDay ? partOfDayText(point.partOfDay) : '';
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
			return qualify(`${shortDayText(d)}, ${timeOfDay(point)}`, point);
		case 'day':
			return qualify(shortDayText(d), point);
		case 'week':
			return qualify(m.time_week_of({ day: shortDayText(d) }), point);
		case 'month':
			return qualify(monthText(d), point);
		case 'year':
			return qualify(yearText(d), point);
	}
}

/** A source's publication date in words; an unknown date is said to be unknown, never guessed. */
export function formatPublished(point: DatePoint | undefined): string {
	return point ? formatPoint(point) : m.time_date_not_known();
}

/** Whether two points fall on the same calendar day, both given at least to the day. */
export function sameDay(a: DatePoint, b: DatePoint): boolean {
	return (
		a.value.slice(0, 10) === b.value.slice(0, 10) && a.value.length >= 10 && b.value.length >= 10
	);
}

export { zoneCity };

/**
 * One formatter per zone and style, made once: building an Intl.DateTimeFormat costs far more than
 * using one, and a page formats hundreds of dates in a handful of zones.
 */
const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();
function cachedFormatter(
	locale: string,
	zone: string,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	let byZone = formatters.get(options);
	if (!byZone) formatters.set(options, (byZone = new Map()));
	const key = `${locale} ${zone}`;
	let f = byZone.get(key);
	if (!f) byZone.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone })));
	return f;
}

const ABBREVIATION: Intl.DateTimeFormatOptions = { timeZoneName: 'short' };

/** The zone's short name at an instant: "AKDT", "GMT+3", "CEST". */
export function zoneAbbreviation(zone: string, at: number): string {
	const seeded = seededZoneName(at, zone);
	if (seeded !== undefined) return seeded;
	const parts = cachedFormatter('en-US', zone, ABBREVIATION).formatToParts(new Date(at));
	return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** An offset in the style of the zones' own short names: "UTC", "UTC+3", "UTC−9:30". */
export function offsetName(offset: number): string {
	if (offset === 0) return 'UTC';
	const { negative, hours, minutes } = offsetParts(offset / 60_000);
	return `UTC${negative ? '−' : '+'}${hours}${minutes ? `:${twoDigits(minutes)}` : ''}`;
}

/** The zone's offsets and short names over [from, to], which the browser is seeded with. */
export function namedZoneTable(zone: string, from: number, to: number): ZoneTable {
	return zoneTable(zone, from, to, (ms) => zoneAbbreviation(zone, ms));
}

const GENERIC_NAME: Intl.DateTimeFormatOptions = { timeZoneName: 'longGeneric' };

/**
 * The zone's own name in the language in force, where Intl has one ("heure normale de Moscou",
 * "Moskauer Normalzeit"); else undefined, and the city stands for it.
 */
function zoneName(zone: string, at: number, tag: string): string | undefined {
	const parts = cachedFormatter(tag, zone, GENERIC_NAME).formatToParts(new Date(at));
	const name = parts.find((p) => p.type === 'timeZoneName')?.value;
	// a zone Intl has no name for is called by its offset, which the label already gives
	return name && !/^(GMT|UTC)([+−-]|$)/.test(name) ? name : undefined;
}

/** "Anchorage time (AKDT)", or in another language the zone's own name: "heure de l’Alaska (UTC−8)". */
function namedZone(zone: string, at: number, offsets: string): string {
	const tag = dateLocale();
	const name = englishDates(tag) ? undefined : zoneName(zone, at, tag);
	return name
		? m.time_zone_named({ name, offsets })
		: m.time_zone_city_time({ city: zoneCity(zone), offsets });
}

/** The zone's name at an instant for a label: "AKDT" in English, its offset in other languages. */
function labelAbbreviation(zone: string, at: number): string {
	return englishDates() ? zoneAbbreviation(zone, at) : offsetName(zoneOffset(at, zone));
}

/** A zone in words without its offset, for a menu: "Anchorage time", "heure de l’Alaska". */
export function zoneTimeName(zone: string, at: number): string {
	const tag = dateLocale();
	const name = englishDates(tag) ? undefined : zoneName(zone, at, tag);
	return name ?? m.time_zone_time({ city: zoneCity(zone) });
}

/** "Anchorage time (AKDT)", for the instant the date starts; the reader's clock by its offset. */
export function zoneLabel(zone: string, at: number): string {
	if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
	if (zone === READER_CLOCK) {
		return m.time_zone_your_clock({ offset: offsetName(zoneOffset(at, zone)) });
	}
	return namedZone(zone, at, labelAbbreviation(zone, at));
}

/**
 * The zone over a span of time, with each offset in force in it: "Moscow time (GMT+3)", or across
 * a change "Budapest time (GMT+2, GMT+1 from 26 Oct)", the change dated on the zone's own calendar.
 * `to` is exclusive.
 */
export function zoneLabelOver(zone: string, from: number, to: number): string {
	const label = zoneLabel(zone, from);
	const last = Math.max(from, to - 1);
	if (zone === 'UTC' || zone === 'Etc/UTC') return label;
	if (zone === READER_CLOCK) {
		const [a, b] = [zoneOffset(from, zone), zoneOffset(last, zone)];
		return a === b
			? label
			: m.time_zone_your_clock_change({ from: offsetName(a), to: offsetName(b) });
	}
	const changes = zoneChanges(zone, from + 1, last + 1);
	if (changes.length === 0) return label;
	const names = changes.map((c) =>
		m.time_zone_offset_from({
			zone: labelAbbreviation(zone, c.at),
			date: dayMonthText(new Date(c.at + c.after))
		})
	);
	return namedZone(zone, from, [labelAbbreviation(zone, from), ...names].join(', '));
}

/**
 * A zone (by default the event's own) over an event date's whole span: each end with the offset in
 * force then.
 */
export function eventZoneLabel(date: EventDate, zone = date.zone): string {
	const last = date.end ?? date.start;
	const span = eventSpan(date);
	// a minute names an instant: "until 14:30" ends at 14:30
	const end = last.precision === 'minute' ? pointSpan(last, date.zone).start + 1 : span.end;
	return zoneLabelOver(zone, span.start, end);
}

/**
 * A whole event date in words, in the event's zone, without the zone:
 * "Fri 15 Aug 2025, 11:26 – about 14:30", "Mon 11 Aug 2025 – Thu 14 Aug 2025",
 * "one day between Mon 11 Aug 2025 and Thu 14 Aug 2025".
 */
export function formatEventDate(date: EventDate): string {
	const start = formatPoint(date.start);
	if (!date.end) return start;
	if (date.within) return m.time_sometime_between({ from: start, to: formatPoint(date.end) });
	if (sameDay(date.start, date.end) && timeOfDay(date.end)) {
		return `${start} – ${qualify(timeOfDay(date.end), date.end)}`;
	}
	return `${start} – ${formatPoint(date.end)}`;
}

/** The event date with its zone: "Fri 15 Aug 2025, 11:26 – about 14:30, Anchorage time (AKDT)". */
export function formatEventDateWithZone(date: EventDate): string {
	const tag = dateLocale();
	let cached = withZone.get(date);
	if (cached?.tag !== tag) {
		cached = { tag, text: `${formatEventDate(date)}, ${eventZoneLabel(date)}` };
		withZone.set(date, cached);
	}
	return cached.text;
}
// the list, the tooltip and the panel ask again for the same date objects: each is worked out once
// per language
const withZone = new WeakMap<EventDate, { tag: string; text: string }>();

/**
 * An instant in another zone, to the given precision: "Sat 16 Aug 2025, 06:26" for minutes,
 * "Sat 16 Aug 2025" for a day. Used to show an event's time in UTC or the reader's zone, and for
 * the chart's count badges on every frame, so it reads the zone through the memoised offsets.
 */
export function formatInstantInZone(
	ms: number,
	zone: string,
	precision: 'minute' | 'day' = 'minute'
): string {
	const local = new Date(ms + zoneOffset(ms, zone));
	const day = shortDayText(local);
	return precision === 'day' ? day : `${day}, ${clockText(local)}`;
}

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
	const label = instant ? zoneLabel(zone, start) : zoneLabelOver(zone, start, end);
	if (instant) return `${from}, ${label}`;
	const to = formatInstantInZone(end, zone);
	const sameDay = from.slice(0, from.lastIndexOf(',')) === to.slice(0, to.lastIndexOf(','));
	return sameDay
		? `${from}–${to.slice(to.lastIndexOf(',') + 2)}, ${label}`
		: `${from} – ${to}, ${label}`;
}

/** Said of a date known to the day or coarser in another zone: it is not converted. */
export function notConverted(): string {
	return m.time_not_converted();
}

/**
 * An event's date in another zone, for the list and the tooltip: a time converts ("= Fri 15 Aug
 * 2025, 19:26–22:30, UTC"); a day, week, month or year is a calendar date and stays as it is.
 */
export function otherZoneText(
	event: { start: number; end: number; instant?: boolean; timed: boolean },
	zone: string
): string {
	return event.timed ? `= ${formatSpanInZone(event, zone, event.instant)}` : notConverted();
}
