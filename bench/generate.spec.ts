import { describe, expect, it } from 'vitest';
import { validateTimelineText } from '../src/lib/data/validate';
import { datePointProblem, eventSpan } from '../src/lib/time/dates';
import { dayNumber, generateTimeline, isoDay, isoWeekOf } from './generate';
import { createRandom, hashSeed } from './random';

describe('createRandom()', () => {
	it.each([
		['the same seed', 7, 7, true],
		['another seed', 7, 8, false],
		['a word seed and itself', 'alaska', 'alaska', true]
	])('%s gives %s sequences', (_, a, b, same) => {
		const draw = (seed: string | number) => {
			const r = createRandom(seed);
			return Array.from({ length: 20 }, () => r.next());
		};
		expect(draw(a).join() === draw(b).join()).toBe(same);
	});

	it('int() stays within its bounds and reaches both', () => {
		const r = createRandom(1);
		const seen = new Set(Array.from({ length: 500 }, () => r.int(3, 6)));
		expect([...seen].sort()).toEqual([3, 4, 5, 6]);
	});

	it('sample() returns distinct items', () => {
		const r = createRandom(2);
		const s = r.sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
		expect(new Set(s).size).toBe(5);
	});

	it('hashSeed() tells numbers and words apart', () => {
		expect(hashSeed(1)).not.toBe(hashSeed(2));
		expect(hashSeed('1')).toBe(hashSeed(1));
	});
});

describe('isoWeekOf()', () => {
	it.each([
		['2025-08-15', '2025-W33'],
		['2024-12-30', '2025-W01'],
		['2021-01-03', '2020-W53'],
		['2026-01-01', '2026-W01']
	])('%s is in %s', (day, week) => {
		expect(isoWeekOf(dayNumber(day))).toBe(week);
	});

	it('dayNumber() and isoDay() are inverses', () => {
		expect(isoDay(dayNumber('2025-02-28') + 1)).toBe('2025-03-01');
	});
});

describe('generateTimeline()', () => {
	const small = generateTimeline({ events: 600, seed: 42 });

	it('gives the same timeline for the same seed, byte for byte', () => {
		const again = generateTimeline({ events: 600, seed: 42 });
		expect(JSON.stringify(again)).toBe(JSON.stringify(small));
	});

	it('gives a different timeline for another seed', () => {
		const other = generateTimeline({ events: 600, seed: 43 });
		expect(JSON.stringify(other)).not.toBe(JSON.stringify(small));
	});

	it.each([
		[1, 'one', 'validator'],
		[200, 'few', 'validator'],
		[3000, 'many', 'validator'],
		// the size and seed `npm run bench` builds, where a late source once broke the as-of rule
		[10000, 'the benchmark’s 10k', '1']
	])(
		'writes %i events (%s) that validateTimelineText() accepts',
		(events, _, seed) => {
			const timeline = generateTimeline({ events, seed });
			const { problems, timeline: parsed } = validateTimelineText(
				JSON.stringify(timeline),
				'bench.json'
			);
			expect(problems).toEqual([]);
			expect(parsed?.events).toHaveLength(events);
			// generating and validating 10,000 events takes seconds on a busy machine: the limit only
			// stops a hung run
		},
		60_000
	);

	it('names the timeline after its size unless told otherwise', () => {
		expect(small.id).toBe('bench-600');
		expect(generateTimeline({ events: 5, id: 'tiny' }).id).toBe('tiny');
	});

	it('refuses a size that is not a positive integer', () => {
		expect(() => generateTimeline({ events: 0 })).toThrow(/positive integer/);
		expect(() => generateTimeline({ events: 2.5 })).toThrow(/positive integer/);
	});

	it('has 5 to 8 affiliations, and several actors per event', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const t = generateTimeline({ events: 50, seed });
			expect(t.affiliations.length).toBeGreaterThanOrEqual(5);
			expect(t.affiliations.length).toBeLessThanOrEqual(8);
		}
		expect(small.events.every((e) => e.participants.length >= 2)).toBe(true);
		expect(small.events.some((e) => e.participants.length >= 3)).toBe(true);
	});

	it('mixes kinds, statuses, precisions and zones', () => {
		const kinds = new Set(small.events.map((e) => e.kind));
		const statuses = new Set(small.events.map((e) => e.status));
		const precisions = new Set(small.events.map((e) => e.date.start.precision));
		const zones = new Set(small.events.map((e) => e.date.zone));
		expect(kinds.size).toBeGreaterThanOrEqual(12);
		expect(statuses.size).toBeGreaterThanOrEqual(6);
		expect([...precisions].sort()).toEqual(['day', 'hour', 'minute', 'part-of-day', 'week']);
		expect(zones.size).toBeGreaterThanOrEqual(5);
		expect(small.events.some((e) => e.date.end)).toBe(true);
		expect(small.events.some((e) => e.date.within)).toBe(true);
		expect(small.events.some((e) => e.date.start.approximate || e.date.start.uncertain)).toBe(true);
	});

	it('has same-day bursts', () => {
		const perDay = new Map<string, number>();
		for (const e of small.events) {
			const day = e.id.slice(0, 10);
			perDay.set(day, (perDay.get(day) ?? 0) + 1);
		}
		const busiest = Math.max(...perDay.values());
		const mean = small.events.length / perDay.size;
		expect(busiest).toBeGreaterThan(4 * mean);
	});

	it('gives every point a real date that fits its precision, and no end before its start', () => {
		for (const e of small.events) {
			expect(datePointProblem(e.date.start), e.id).toBeNull();
			if (e.date.end) expect(datePointProblem(e.date.end), e.id).toBeNull();
			const span = eventSpan(e.date);
			expect(span.end, e.id).toBeGreaterThan(span.start);
		}
	});

	it('lists events in time order with unique ids', () => {
		const ids = small.events.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		const days = small.events.map((e) => e.id.slice(0, 10));
		expect([...days].sort()).toEqual(days);
	});

	it('resolves every reference: actors, places, sources, link targets, claim speakers', () => {
		const t = generateTimeline({ events: 2000, seed: 9 });
		const actors = new Set(t.actors.map((a) => a.id));
		const affiliations = new Set(t.affiliations.map((a) => a.id));
		const places = new Set(t.places.map((p) => p.id));
		const sources = new Set(t.sources.map((s) => s.id));
		const events = new Set(t.events.map((e) => e.id));
		expect(sources.has(t.mainSource ?? '')).toBe(true);
		expect(t.actors.every((a) => affiliations.has(a.affiliation))).toBe(true);
		let claims = 0;
		let links = 0;
		for (const e of t.events) {
			expect(e.participants.every((p) => actors.has(p.actor))).toBe(true);
			expect(new Set(e.participants.map((p) => p.actor)).size).toBe(e.participants.length);
			if (e.place) expect(places.has(e.place)).toBe(true);
			expect(e.evidence.every((x) => sources.has(x.source))).toBe(true);
			expect(e.evidence.some((x) => x.source === t.mainSource)).toBe(e.inSource);
			for (const hop of e.attribution) if (hop.source) expect(sources.has(hop.source)).toBe(true);
			for (const c of e.claims) {
				claims += 1;
				expect(actors.has(c.speaker)).toBe(true);
				expect(c.source && sources.has(c.source)).toBe(true);
			}
			for (const l of e.links) {
				links += 1;
				expect(events.has(l.target)).toBe(true);
				expect(l.target).not.toBe(e.id);
			}
		}
		expect(claims).toBeGreaterThan(0);
		expect(links).toBeGreaterThan(0);
		expect(new Set(t.sources.map((s) => s.id)).size).toBe(t.sources.length);
	});

	it('publishes no evidence before the event it backs has begun', () => {
		const sourceDay = new Map(small.sources.map((s) => [s.id, s.published?.value]));
		for (const e of small.events) {
			for (const x of e.evidence) {
				expect(sourceDay.get(x.source)! >= e.id.slice(0, 10), e.id).toBe(true);
			}
		}
	});
});
