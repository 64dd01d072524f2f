/**
 * Events in reading order, and an event's neighbours in it: the previous and next events that
 * pass the reader's filters, and a short window of events around it.
 */
import type { Timeline, TimelineEvent } from '$lib/data/schema';
import { eventSpan } from '$lib/time/dates';
import { eventDays, type FilterableEvent } from '$lib/filters/filters';
import { formatEventDate } from '$lib/time/format';

/** What the browser needs of an event to list it and to filter it, and nothing more. */
export interface SequenceEntry extends FilterableEvent {
	id: string;
	/** the date in words, in the event's own zone */
	when: string;
}

/**
 * An event as the browser lists and filters it; `sides` gives the side (affiliation) of each actor
 * it names, so the browser can filter by side without the timeline's actors.
 */
export function sequenceEntry(
	event: TimelineEvent,
	timeline?: Pick<Timeline, 'actors'>
): SequenceEntry {
	const sideOf = new Map(timeline?.actors.map((a) => [a.id, a.affiliation]));
	const named = [...event.participants.map((p) => p.actor), ...event.claims.map((c) => c.speaker)];
	const sides = Object.fromEntries(
		named.flatMap((a) => (sideOf.has(a) ? [[a, sideOf.get(a)!]] : []))
	);
	const span = eventSpan(event.date);
	return {
		id: event.id,
		title: event.title,
		when: formatEventDate(event.date),
		summary: event.summary,
		kind: event.kind,
		status: event.status,
		inSource: event.inSource,
		participants: event.participants.map((p) => ({ actor: p.actor, role: p.role })),
		evidence: event.evidence.map((e) => (e.quote ? { quote: e.quote } : {})),
		claims: event.claims.map((c) => ({
			proposition: c.proposition,
			speaker: c.speaker,
			...(c.quote ? { quote: c.quote } : {})
		})),
		days: eventDays(span.start, span.end, event.date.zone),
		...(Object.keys(sides).length ? { sides } : {})
	};
}

export interface Neighbours<T> {
	previous: T | null;
	next: T | null;
	/** 1-based place of the event among those that pass the filters; null when it does not pass */
	position: number | null;
	/** how many events pass the filters */
	total: number;
}

/**
 * The nearest events before and after `id` (in the given order) that `passes`, and the event's
 * place among those that do (every event passes when no test is given). The event itself need not
 * pass: its neighbours are then the passing events around its place.
 */
export function neighbours<T extends { id: string }>(
	ordered: readonly T[],
	id: string,
	passes?: (event: T) => boolean
): Neighbours<T> {
	const at = indexOf(ordered, id);
	// no test: the neighbours are the events either side (the build asks this for every page)
	if (!passes) {
		return {
			previous: ordered[at - 1] ?? null,
			next: at >= 0 ? (ordered[at + 1] ?? null) : null,
			position: at >= 0 ? at + 1 : null,
			total: ordered.length
		};
	}
	let previous: T | null = null;
	let next: T | null = null;
	let position: number | null = null;
	let total = 0;
	ordered.forEach((e, i) => {
		if (!passes(e)) return;
		total += 1;
		if (i === at) position = total;
		else if (at >= 0 && i < at) previous = e;
		else if (at >= 0 && i > at && !next) next = e;
	});
	return { previous, next, position, total };
}

/** Up to `radius` events either side of `id`, and the event itself: a short list of context. */
export function windowAround<T extends { id: string }>(
	ordered: readonly T[],
	id: string,
	radius: number
): T[] {
	const at = indexOf(ordered, id);
	if (at < 0) return [];
	return ordered.slice(Math.max(0, at - radius), at + radius + 1);
}

const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();

/** The index of `id` in a list of events, through a map built once per list. */
function indexOf(ordered: readonly { id: string }[], id: string): number {
	let map = positions.get(ordered);
	if (!map) {
		map = new Map(ordered.map((e, i) => [e.id, i]));
		positions.set(ordered, map);
	}
	return map.get(id) ?? -1;
}
