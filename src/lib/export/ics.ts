/**
 * The timeline as an iCalendar file (RFC 5545), one VEVENT per event.
 *
 * Dates keep their honesty as far as the format allows: an event known to the day or coarser is an
 * all-day event (`DTSTART;VALUE=DATE`, `DTEND` the day after the last, as the RFC wants); a timed
 * event keeps its wall-clock time and its zone (`DTSTART;TZID=America/Anchorage:…`), and the file
 * carries a VTIMEZONE for each zone, built from the runtime's zone database for the years the
 * events cover. Events in UTC are written with a `Z`. What the format cannot say (approximate,
 * uncertain, "sometime between") is spelled out in the DESCRIPTION.
 */
import { SITE_ID } from '$lib/site';
import { TZDate } from '@date-fns/tz';
import type { EventDate, EventStatus, Precision, Timeline, TimelineEvent } from '$lib/data/schema';
import { twoDigits } from '$lib/time/calendar-words';
import { eventSpan, pointSpan, toEdtf } from '$lib/time/dates';
import { sortByHeading } from '$lib/time/headings';
import { formatEventDateWithZone, zoneAbbreviation } from '$lib/time/format';
import { importedText, provenanceOf } from '$lib/event/provenance';
import {
	evidenceCitation,
	indexTimeline,
	participantsText,
	placeName,
	type TimelineIndex
} from './describe';
import { STATUS_LABELS, STATUS_MEANINGS } from '$lib/data/words';
import { eventUrl, timelineUrl } from './urls';
import { m } from '$lib/i18n';
import { formatOffset, utcOffset, wallClock, zoneTransitions, type Wall } from './zones';

/**
 * iCalendar knows three states. Anything not confirmed is TENTATIVE; anything that will not or did
 * not happen is CANCELLED.
 */
export const ICS_STATUS: Record<EventStatus, 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'> = {
	occurred: 'CONFIRMED',
	scheduled: 'CONFIRMED',
	reported: 'TENTATIVE',
	claimed: 'TENTATIVE',
	contested: 'TENTATIVE',
	proposed: 'TENTATIVE',
	'did-not-happen': 'CANCELLED',
	cancelled: 'CANCELLED'
};

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/Universal', 'Etc/Zulu', 'Etc/GMT', 'GMT']);
const TIMED: ReadonlySet<Precision> = new Set(['minute', 'hour', 'part-of-day']);

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
	return (
		text
			.replace(/\r\n?/g, '\n')
			// control characters other than tab are not allowed in TEXT
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
			.replace(/[\\;,]/g, (c) => `\\${c}`)
			.replace(/\n/g, '\\n')
	);
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1): a CRLF and a space
 * go before the character that would overflow, and a UTF-8 sequence is never cut.
 */
export function foldLine(line: string): string {
	let out = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > 75) {
			out += '\r\n ';
			octets = 1;
		}
		out += char;
		octets += size;
	}
	return out;
}

const p2 = twoDigits;
const icsDate = (w: Wall) => `${w.year}${p2(w.month)}${p2(w.day)}`;
const icsDateTime = (w: Wall) => `${icsDate(w)}T${p2(w.hour)}${p2(w.minute)}${p2(w.second)}`;
const utcWall = (ms: number) => wallClock(ms, 'UTC');

/** True when neither end of the date is finer than a day: an all-day event. */
export function isAllDay(date: EventDate): boolean {
	return !TIMED.has(date.start.precision) && !(date.end && TIMED.has(date.end.precision));
}

/** [start, end) of the calendar entry; end is undefined for an instant. */
function entrySpan(date: EventDate): { start: number; end?: number } {
	const span = eventSpan(date);
	const last = date.end ?? date.start;
	// a minute names an instant: "until 14:30" ends at 14:30, not at 14:31
	if (last.precision === 'minute') {
		const end = pointSpan(last, date.zone).start;
		return { start: span.start, end: date.end ? end : undefined };
	}
	return span;
}

function dateLines(date: EventDate): string[] {
	const { zone } = date;
	if (isAllDay(date)) {
		const span = eventSpan(date);
		return [
			`DTSTART;VALUE=DATE:${icsDate(wallClock(span.start, zone))}`,
			`DTEND;VALUE=DATE:${icsDate(wallClock(span.end, zone))}`
		];
	}
	const { start, end } = entrySpan(date);
	const write = (name: string, ms: number) =>
		UTC_ZONES.has(zone)
			? `${name}:${icsDateTime(utcWall(ms))}Z`
			: `${name};TZID=${zone}:${icsDateTime(wallClock(ms, zone))}`;
	return end === undefined
		? [write('DTSTART', start)]
		: [write('DTSTART', start), write('DTEND', end)];
}

/** The zone's standard (winter) offset in a year: the smaller of January's and July's. */
function standardOffset(zone: string, year: number): number {
	return Math.min(utcOffset(Date.UTC(year, 0, 1), zone), utcOffset(Date.UTC(year, 6, 1), zone));
}

/**
 * A VTIMEZONE for `zone` covering [from, to): one observance from local midnight on 1 January of
 * the first year, then one per offset change up to the end of the last year. Each onset is written
 * in the local time of the offset before it, as the RFC requires.
 */
export function vtimezone(zone: string, from: number, to: number): string[] {
	const first = wallClock(from, zone).year;
	const last = wallClock(to, zone).year;
	const begin = new TZDate(first, 0, 1, zone).getTime();
	const end = new TZDate(last + 1, 0, 1, zone).getTime();
	const initial = utcOffset(begin, zone);
	const onsets = [{ at: begin, from: initial, to: initial }, ...zoneTransitions(zone, begin, end)];
	const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
	for (const onset of onsets) {
		const year = wallClock(onset.at, zone).year;
		const kind = onset.to > standardOffset(zone, year) ? 'DAYLIGHT' : 'STANDARD';
		lines.push(
			`BEGIN:${kind}`,
			`DTSTART:${icsDateTime(utcWall(onset.at + onset.from * 60000))}`,
			`TZOFFSETFROM:${formatOffset(onset.from)}`,
			`TZOFFSETTO:${formatOffset(onset.to)}`,
			`TZNAME:${escapeText(zoneAbbreviation(zone, onset.at))}`,
			`END:${kind}`
		);
	}
	lines.push('END:VTIMEZONE');
	return lines;
}

/** A precision in a word, as the calendar's description gives it: "minute", "part-of-day". */
export function precisionWord(precision: Precision): string {
	const words: Record<Precision, () => string> = {
		minute: m.export_precision_minute,
		hour: m.export_precision_hour,
		'part-of-day': m.export_precision_part_of_day,
		day: m.export_precision_day,
		week: m.export_precision_week,
		month: m.export_precision_month,
		year: m.export_precision_year
	};
	return words[precision]?.() ?? precision;
}

function precisionText(date: EventDate): string {
	const { start, end } = date;
	return end && end.precision !== start.precision
		? m.export_ics_precision_range({
				start: precisionWord(start.precision),
				end: precisionWord(end.precision)
			})
		: precisionWord(start.precision);
}

/** `imported`: the notice of an imported timeline, which every event repeats (calendars show events alone) */
function description(
	event: TimelineEvent,
	index: TimelineIndex,
	url: string,
	imported: string | undefined
): string {
	const { date } = event;
	const lines = [
		event.summary,
		'',
		m.export_ics_when({
			date: formatEventDateWithZone(date),
			precision: precisionText(date),
			edtf: toEdtf(date)
		}),
		m.export_ics_basis({ basis: date.basis }),
		m.export_ics_status({
			label: STATUS_LABELS[event.status],
			meaning: STATUS_MEANINGS[event.status]
		}),
		m.export_ics_who({ participants: participantsText(event, index) })
	];
	for (const e of event.evidence) {
		const address = index.sources.get(e.source)?.url;
		// a citation names its source and never wears quotation marks: it gives no words
		const cited = evidenceCitation(e, index);
		const label = e.quote
			? m.export_ics_source({ citation: cited })
			: m.export_ics_cited({ citation: cited });
		lines.push('', `${label}${address ? ` ${address}` : ''}`);
		if (e.quote) lines.push(m.export_quote({ quote: e.quote }));
		if (e.note) lines.push(m.export_ics_note({ note: e.note }));
	}
	if (imported) lines.push('', imported);
	lines.push('', m.export_ics_permalink({ url }));
	return lines.join('\n');
}

function vevent(
	event: TimelineEvent,
	timeline: Timeline,
	index: TimelineIndex,
	root: string,
	imported: string | undefined
) {
	const url = eventUrl(root, timeline.id, event.id);
	const stamp = `${timeline.asOf.replace(/-/g, '')}T000000Z`;
	const lines = [
		'BEGIN:VEVENT',
		`UID:${event.id}@${timeline.id}`,
		`DTSTAMP:${stamp}`,
		...dateLines(event.date),
		`SUMMARY:${escapeText(event.title)}`,
		`DESCRIPTION:${escapeText(description(event, index, url, imported))}`
	];
	const place = event.place ? index.places.get(event.place) : undefined;
	const where = placeName(event, index);
	if (where) lines.push(`LOCATION:${escapeText(where)}`);
	if (place?.lat !== undefined && place.lon !== undefined)
		lines.push(`GEO:${place.lat};${place.lon}`);
	lines.push(
		`STATUS:${ICS_STATUS[event.status]}`,
		`CATEGORIES:${escapeText(event.kind)}`,
		`URL:${url}`,
		// news events do not make the reader busy
		'TRANSP:TRANSPARENT',
		'END:VEVENT'
	);
	return lines;
}

export interface IcsOptions {
	timeline: Timeline;
	/** the site's published root: SITE_ROOT from $lib/server/site */
	root: string;
}

/** The whole calendar, CRLF line endings, every line folded. */
export function buildIcs({ timeline, root }: IcsOptions): string {
	const index = indexTimeline(timeline);
	const events = sortByHeading(timeline.events);
	const imported = importedText(provenanceOf(timeline));
	const ranges = new Map<string, { from: number; to: number }>();
	for (const event of events) {
		const { zone } = event.date;
		if (isAllDay(event.date) || UTC_ZONES.has(zone)) continue;
		const span = eventSpan(event.date);
		const range = ranges.get(zone);
		ranges.set(zone, {
			from: Math.min(range?.from ?? Infinity, span.start),
			to: Math.max(range?.to ?? -Infinity, span.end)
		});
	}
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//${SITE_ID}//${timeline.id}//EN`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`NAME:${escapeText(timeline.title)}`,
		`X-WR-CALNAME:${escapeText(timeline.title)}`,
		`DESCRIPTION:${escapeText(imported ? `${timeline.summary}\n\n${imported}` : timeline.summary)}`,
		`URL:${timelineUrl(root, timeline.id)}`,
		...[...ranges].flatMap(([zone, { from, to }]) => vtimezone(zone, from, to)),
		...events.flatMap((event) => vevent(event, timeline, index, root, imported)),
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
