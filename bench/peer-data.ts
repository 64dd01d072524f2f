/**
 * The same events, shaped for the comparison pages (vis-timeline and the plain d3 canvas): one
 * item per event with its real-time span and one group per affiliation. Compact arrays keep the
 * download small; the pages expand them into what each library wants.
 */
import type { Timeline } from '../src/lib/data/schema';
import { eventSpan, isInstant } from '../src/lib/time/dates';

/** [start ms, end ms, group index, title, 1 when the event is an instant] */
export type PeerItem = [number, number, number, string, 0 | 1];

export interface PeerData {
	id: string;
	/** earliest start and latest end, epoch ms */
	first: number;
	last: number;
	groups: { id: string; name: string }[];
	items: PeerItem[];
}

/** Each event goes to the lane of its first participant's affiliation, as the app's lanes do. */
export function toPeerData(timeline: Timeline): PeerData {
	const groups = timeline.affiliations.map((a) => ({ id: a.id, name: a.name }));
	const groupIndex = new Map(groups.map((g, i) => [g.id, i]));
	const actorGroup = new Map(
		timeline.actors.map((a) => [a.id, groupIndex.get(a.affiliation) ?? 0])
	);
	let first = Infinity;
	let last = -Infinity;
	const items = timeline.events.map((event): PeerItem => {
		const { start, end } = eventSpan(event.date);
		if (start < first) first = start;
		if (end > last) last = end;
		const group = actorGroup.get(event.participants[0]?.actor ?? '') ?? 0;
		return [start, end, group, event.title, isInstant(event.date) ? 1 : 0];
	});
	return { id: timeline.id, first, last, groups, items };
}
