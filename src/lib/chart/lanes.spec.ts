import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import { chartData, chartEvent, utcDate } from './fixtures';
import {
	buildLanes,
	LANE_MODE_LABELS,
	LANE_MODES,
	lowerBound,
	visibleSlice,
	type LaneMode
} from './lanes';

const summit = chartEvent({
	id: 'summit',
	kind: 'summit',
	actors: ['trump', 'putin'],
	date: utcDate('2025-08-15T19:26')
});
const call = chartEvent({
	id: 'call',
	kind: 'call',
	actors: ['trump', 'zelenskyy'],
	date: utcDate('2025-08-16T02:00')
});
const post = chartEvent({
	id: 'post',
	kind: 'post',
	actors: ['trump'],
	date: utcDate('2025-08-16T12:00')
});
const week = chartEvent({
	id: 'week',
	kind: 'meeting',
	actors: ['putin'],
	date: utcDate('2025-08-11', '2025-08-17')
});
const data = chartData([summit, call, post, week]);

describe('buildLanes()', () => {
	const cases: {
		mode: LaneMode;
		lanes: Record<string, string[]>;
		lanesOf: Record<string, number[]>;
	}[] = [
		{
			mode: 'affiliation',
			lanes: {
				'United States': ['summit', 'call', 'post'],
				Russia: ['week', 'summit'],
				Ukraine: ['call']
			},
			lanesOf: { summit: [0, 1], call: [0, 2], post: [0], week: [1] }
		},
		{
			mode: 'kind',
			lanes: {
				Summit: ['summit'],
				Meeting: ['week'],
				'Phone call': ['call'],
				'Social media post': ['post']
			},
			lanesOf: { summit: [0], call: [2], post: [3], week: [1] }
		},
		{
			mode: 'single',
			lanes: { 'All events': ['week', 'summit', 'call', 'post'] },
			lanesOf: { summit: [0], call: [0], post: [0], week: [0] }
		}
	];
	for (const c of cases) {
		it(`buildLanes() in ${c.mode} mode`, () => {
			const layout = buildLanes(data.events, c.mode, data);
			expect(
				Object.fromEntries(layout.lanes.map((l) => [l.label, l.events.map((e) => e.id)]))
			).toEqual(c.lanes);
			const byId = new Map(data.events.map((e) => [e.id, e]));
			const lanesOf = Object.keys(c.lanesOf).map((id) => [id, layout.lanesOf(byId.get(id)!)]);
			expect(Object.fromEntries(lanesOf)).toEqual(c.lanesOf);
			// at the same time as the summit, but not in any lane
			expect(layout.lanesOf({ ...summit, id: 'stranger' })).toEqual([]);
		});
	}

	it('buildLanes() drops lanes left empty by filtering', () => {
		const layout = buildLanes([post], 'affiliation', data);
		expect(layout.lanes.map((l) => l.id)).toEqual(['united-states']);
	});

	it('buildLanes() lists an event once per lane and its lanes top to bottom', () => {
		// Putin before Trump, and two actors of one side
		const talks = chartEvent({
			id: 'talks',
			actors: ['putin', 'trump', 'vance'],
			date: utcDate('2025-08-18')
		});
		const withVance = {
			...data,
			actors: [...data.actors, { id: 'vance', name: 'JD Vance', affiliation: 'united-states' }]
		};
		const layout = buildLanes([talks], 'affiliation', withVance);
		expect(layout.lanes.map((l) => [l.id, l.events.length])).toEqual([
			['united-states', 1],
			['russia', 1]
		]);
		expect(layout.lanesOf(talks)).toEqual([0, 1]);
		expect(layout.lanes[1]?.indexOf(talks)).toBe(0);
		expect(layout.lanes[1]?.indexOf(summit)).toBe(-1);
	});

	it('buildLanes() keeps sides beyond the 31st apart', () => {
		const sides = Array.from({ length: 40 }, (_, i) => ({ id: `side-${i}`, name: `Side ${i}` }));
		const actors = sides.map((s) => ({ id: `${s.id}-leader`, name: s.name, affiliation: s.id }));
		const meeting = chartEvent({
			id: 'meeting',
			actors: ['side-35-leader', 'side-2-leader', 'side-35-leader', 'side-39-leader'],
			date: utcDate('2025-08-18')
		});
		const layout = buildLanes([meeting], 'affiliation', { affiliations: sides, actors });
		expect(layout.lanes.map((l) => l.id)).toEqual(['side-2', 'side-35', 'side-39']);
		expect(layout.lanesOf(meeting)).toEqual([0, 1, 2]);
	});

	it('buildLanes() records the longest span of each lane', () => {
		const layout = buildLanes(data.events, 'affiliation', data);
		expect(layout.lanes[1]?.maxSpan).toBe(7 * 86_400_000);
	});
});

describe('lowerBound()', () => {
	const values = [1, 3, 3, 7];
	const cases = [
		{ target: 0, expected: 0 },
		{ target: 3, expected: 1 },
		{ target: 4, expected: 3 },
		{ target: 8, expected: 4 }
	];
	for (const c of cases) {
		it(`lowerBound() of ${c.target} is ${c.expected}`, () =>
			expect(lowerBound(values, c.target)).toBe(c.expected));
	}
});

describe('visibleSlice()', () => {
	const layout = buildLanes(data.events, 'single', data);
	const lane = layout.lanes[0]!;
	it('visibleSlice() includes a long event that started before the window', () => {
		const [from, to] = visibleSlice(lane, [summit.start - 1, summit.start + 1]);
		expect(lane.events.slice(from, to).map((e) => e.id)).toContain('week');
	});
	it('visibleSlice() stops before events that start after the window', () => {
		const [, to] = visibleSlice(lane, [summit.start - 1, summit.start + 1]);
		expect(lane.events.slice(0, to).map((e) => e.id)).not.toContain('post');
	});
});

describe('buildLanes() in other languages', () => {
	afterEach(() => useLanguage('en'));
	const stray = chartEvent({
		id: 'stray',
		kind: 'post',
		actors: ['nobody'],
		date: utcDate('2025-08-16T12:00')
	});
	const cases: { language: string; mode: LaneMode; label: string }[] = [
		{ language: 'en', mode: 'single', label: 'All events' },
		{ language: 'en', mode: 'affiliation', label: 'Unaffiliated' },
		{ language: 'fr', mode: 'single', label: 'Tous les événements' },
		{ language: 'fr', mode: 'affiliation', label: 'Sans affiliation' },
		{ language: 'uk', mode: 'single', label: 'Усі події' },
		{ language: 'uk', mode: 'affiliation', label: 'Без приналежності' },
		{ language: 'de', mode: 'affiliation', label: 'Ohne Zugehörigkeit' }
	];
	it.each(cases)('names the $mode lane in $language: $label', ({ language, mode, label }) => {
		useLanguage(language);
		const { lanes } = buildLanes([stray], mode, chartData([stray]));
		expect(lanes.map((l) => l.label)).toEqual([label]);
	});
});

describe('LANE_MODE_LABELS', () => {
	afterEach(() => useLanguage('en'));
	const cases: { language: string; labels: string[] }[] = [
		{ language: 'en', labels: ['By side', 'By kind', 'One lane'] },
		{ language: 'fr', labels: ['Par camp', 'Par type', 'Un seul couloir'] },
		{ language: 'uk', labels: ['За сторонами', 'За типом', 'Одна смуга'] },
		{ language: 'de', labels: ['Nach Seite', 'Nach Art', 'Eine Bahn'] }
	];
	it.each(cases)('follows the language in force: $language', ({ language, labels }) => {
		useLanguage(language);
		expect(LANE_MODES.map((mode) => LANE_MODE_LABELS[mode])).toEqual(labels);
		expect({ ...LANE_MODE_LABELS }).toEqual(
			Object.fromEntries(LANE_MODES.map((mode, i) => [mode, labels[i]]))
		);
	});
});
