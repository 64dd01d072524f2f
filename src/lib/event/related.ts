/**
 * Events related to one event, from both ends of each link: the links it holds ("Follows the
 * call") and the links other events hold to it ("Followed by the press conference").
 */
import type { EventLink, Timeline, TimelineEvent } from '$lib/data/schema';
import { LINK_WORDS } from '$lib/data/words';

export interface RelatedEvent {
	/** id of the other event */
	id: string;
	/** its title, or null when no event has that id */
	title: string | null;
	type: EventLink['type'];
	/** out: this event holds the link; in: the other event does */
	direction: 'out' | 'in';
	/** the relation in words, read from this event: "Follows", "Followed by" */
	label: string;
	note?: string;
}

/** Link types that say the same thing as another read from the other end. */
const SAME_AS_INVERSE: Partial<Record<EventLink['type'], EventLink['type']>> = {
	follows: 'precedes',
	precedes: 'follows'
};

/**
 * Outgoing links in the order the data gives them, then incoming links in timeline order. An
 * incoming link that repeats an outgoing one ("B follows A" when A already says "precedes B")
 * is shown once.
 */
export function relatedEvents(
	timeline: Pick<Timeline, 'events'>,
	event: TimelineEvent
): RelatedEvent[] {
	const { titles, linksTo } = linkIndex(timeline);
	const out: RelatedEvent[] = event.links.map((link) => ({
		id: link.target,
		title: titles.get(link.target) ?? null,
		type: link.type,
		direction: 'out',
		label: LINK_WORDS[link.type].out,
		...(link.note ? { note: link.note } : {})
	}));
	const seen = new Set(out.map((r) => `${r.type} ${r.id}`));
	const incoming: RelatedEvent[] = [];
	for (const { from: other, link } of linksTo.get(event.id) ?? []) {
		if (other.id === event.id) continue;
		const inverse = SAME_AS_INVERSE[link.type];
		if (inverse && seen.has(`${inverse} ${other.id}`)) continue;
		incoming.push({
			id: other.id,
			title: other.title,
			type: link.type,
			direction: 'in',
			label: LINK_WORDS[link.type].in,
			...(link.note ? { note: link.note } : {})
		});
	}
	return [...out, ...incoming];
}

interface LinkIndex {
	titles: Map<string, string>;
	/** for each event id, the links other events hold to it, in timeline order */
	linksTo: Map<string, { from: TimelineEvent; link: EventLink }[]>;
}

const indexes = new WeakMap<readonly TimelineEvent[], LinkIndex>();

/**
 * Titles by id and links by target, built once per timeline: the build asks for every event's
 * related events, and scanning the whole timeline for each would make it quadratic.
 */
function linkIndex(timeline: Pick<Timeline, 'events'>): LinkIndex {
	let index = indexes.get(timeline.events);
	if (!index) {
		index = { titles: new Map(), linksTo: new Map() };
		for (const e of timeline.events) {
			index.titles.set(e.id, e.title);
			for (const link of e.links) {
				const list = index.linksTo.get(link.target);
				if (list) list.push({ from: e, link });
				else index.linksTo.set(link.target, [{ from: e, link }]);
			}
		}
		indexes.set(timeline.events, index);
	}
	return index;
}
