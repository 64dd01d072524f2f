/**
 * The first lines of an event page: when, in one short line at the event's precision, and who
 * says so, in a few words. Built from the date phrases of `format.ts` and the attribution names of
 * `attribution.ts`; the full date and chain follow further down the page.
 */
import type { AttributionHop, DatePoint, EventDate, TimelineEvent } from '$lib/data/schema';
import { hopName, type People } from './attribution';
import {
	formatEventDate,
	formatPoint,
	qualify,
	sameDay,
	timeOfDay,
	zoneCity
} from '$lib/time/format';
import { listText } from '$lib/data/words';
import { m } from '$lib/i18n';

const COARSE = new Set<DatePoint['precision']>(['week', 'month', 'year']);

/** The day a point falls on, alone: "Sat 16 Aug 2025". */
const dayOf = (point: DatePoint) =>
	formatPoint({ value: point.value.slice(0, 10), precision: 'day' });

/** One edge of a point's time of day: "03:00" (start) or "04:00" (end) of 03:00–04:00. */
function clockEdge(point: DatePoint, edge: 'start' | 'end'): string {
	const parts = timeOfDay(point).split('–');
	return qualify((edge === 'start' ? parts[0] : parts.at(-1)) ?? '', point);
}

/** "Mon 11 Aug 2025" and "Thu 14 Aug 2025" as "Mon 11 and Thu 14 Aug 2025". */
function betweenDays(start: string, end: string): string {
	const a = start.split(' ');
	const b = end.split(' ');
	let shared = 0;
	while (shared < a.length - 1 && a.at(-1 - shared) === b.at(-1 - shared)) shared++;
	// only a shared month and year are dropped, never the day itself
	const keep = shared >= 2 ? a.slice(0, a.length - Math.min(shared, 2)).join(' ') : start;
	return m.event_when_between_days({ start: keep, end });
}

function withinPhrase(start: DatePoint, end: DatePoint): string {
	if (!sameDay(start, end) || (!timeOfDay(start) && !timeOfDay(end))) {
		return betweenDays(formatPoint(start), formatPoint(end));
	}
	const day = dayOf(start);
	if (!timeOfDay(start)) return m.event_when_day_by({ day, time: clockEdge(end, 'end') });
	if (!timeOfDay(end)) return m.event_when_day_after({ day, time: clockEdge(start, 'start') });
	return m.event_when_day_between({
		day,
		start: clockEdge(start, 'start'),
		end: clockEdge(end, 'end')
	});
}

/**
 * When an event happened, in one line and in its own zone: "Fri 15 Aug 2025, 11:26 – about 14:30
 * Anchorage time", "Sat 16 Aug 2025, between about 03:00 and 15:06 (uncertain), New York time",
 * "between Mon 11 and Thu 14 Aug 2025, New York time". Weeks, months and years name no zone.
 */
export function headlineWhen(date: EventDate): string {
	const { start, end } = date;
	const text = end && date.within ? withinPhrase(start, end) : formatEventDate(date);
	if (COARSE.has(start.precision) && (!end || COARSE.has(end.precision))) return text;
	const zone =
		date.zone === 'UTC' || date.zone === 'Etc/UTC'
			? 'UTC'
			: m.event_zone_city_time({ city: zoneCity(date.zone) });
	// a clock time reads on into its zone ("15:06 New York time"); anything else takes a comma
	return /\d:\d\d$/.test(text)
		? m.event_when_clock_in_zone({ when: text, zone })
		: m.event_when_in_zone({ when: text, zone });
}

const publisher = (id: string, people: People) =>
	people.sources.find((s) => s.id === id)?.publisher ?? id;

/** Whether a hop only says that someone who took part said it: the event itself, not a witness. */
const isDoer = (hop: AttributionHop, doers: ReadonlySet<string>) =>
	hop.relation === 'said' && !!hop.actor && doers.has(hop.actor) && !hop.source && !hop.label;

/**
 * Who says the event happened, in a few words: the first witness and the first outlet that
 * reported them, "European officials, via The Wall Street Journal". A first hop in which a
 * participant said it (Trump said, at Trump's statement) is the event, not a witness, and is
 * skipped. Without a chain, the publishers of its evidence: "Newsmax and TASS".
 */
export function headlineWho(
	event: Pick<TimelineEvent, 'attribution' | 'participants' | 'evidence'>,
	people: People
): string {
	const doers = new Set(event.participants.map((p) => p.actor));
	const hops = event.attribution.filter((hop, i) => !(i === 0 && isDoer(hop, doers)));
	const [first] = hops;
	if (first) {
		const who = hopName(first, people);
		const outlet = first.source ? undefined : hops.slice(1).find((hop) => hop.source)?.source;
		return outlet ? m.event_who_via({ who, outlet: publisher(outlet, people) }) : who;
	}
	return listText([...new Set(event.evidence.map((e) => publisher(e.source, people)))]);
}
