import { describe, expect, it } from 'vitest';
import { eventSpan } from '../src/lib/time/dates';
import { generateTimeline } from './generate';
import { toPeerData } from './peer-data';

describe('toPeerData()', () => {
	const timeline = generateTimeline({ events: 400, seed: 3 });
	const data = toPeerData(timeline);

	it('has one item per event, with the span eventSpan() gives', () => {
		expect(data.items).toHaveLength(400);
		timeline.events.forEach((event, i) => {
			const { start, end } = eventSpan(event.date);
			expect(data.items[i]!.slice(0, 2)).toEqual([start, end]);
			expect(data.items[i]![3]).toBe(event.title);
		});
	});

	it('puts each event in the lane of its first participant', () => {
		expect(data.groups.map((g) => g.id)).toEqual(timeline.affiliations.map((a) => a.id));
		const event = timeline.events[0]!;
		const actor = timeline.actors.find((a) => a.id === event.participants[0]!.actor)!;
		expect(data.groups[data.items[0]![2]]!.id).toBe(actor.affiliation);
	});

	it('marks instants, and spans the whole timeline', () => {
		const instants = timeline.events.filter(
			(e) => !e.date.end && e.date.start.precision === 'minute'
		).length;
		expect(data.items.filter((i) => i[4] === 1)).toHaveLength(instants);
		expect(data.first).toBe(Math.min(...data.items.map((i) => i[0])));
		expect(data.last).toBe(Math.max(...data.items.map((i) => i[1])));
	});
});
