import { describe, expect, it } from 'vitest';
import { chartEvent } from './fixtures';
import { hitTest, onCluster, onMark } from './hit';
import type { LanePlacement, PlacedCluster, PlacedEvent } from './placement';

const mark = (id: string, x0: number, x1 = x0, label = '', row = 0): PlacedEvent => ({
	type: 'event',
	event: chartEvent({ id, title: id }),
	row,
	x0,
	x1,
	instant: x0 === x1,
	label,
	labelX: x1 + 10
});

const badge = (x0: number, x1: number, badgeX: number, row = 0): PlacedCluster => ({
	type: 'cluster',
	key: `c${x0}`,
	row,
	start: 1000,
	end: 2000,
	count: 12,
	x0,
	x1,
	badgeX,
	badgeWidth: 24,
	label: '12'
});

const lane = (events: PlacedEvent[], clusters: PlacedCluster[] = []): LanePlacement => ({
	events,
	clusters,
	aggregated: clusters.length > 0,
	rows: 2
});

// rows are 26 px apart; lane l starts at 100 * l
const rowTop = (l: number, row: number) => 100 * l + 26 * row;

describe('onMark()', () => {
	const instant = mark('a', 100);
	const span = mark('b', 100, 200);
	const labelled = mark('c', 100, 100, 'Summit in Anchorage');
	// at the chart's edge, labelled on the left: drawn back from 590
	const leftLabelled = {
		...mark('d', 600, 600, 'Summit in Anchorage'),
		labelX: 480,
		labelEnd: 590
	};
	const cases: [string, PlacedEvent, number, number, boolean][] = [
		['the glyph of an instant', instant, 100, 10, true],
		['8 px left of an instant', instant, 92, 10, true],
		['9 px left of an instant', instant, 91, 10, false],
		['8 px right of an instant', instant, 108, 10, true],
		['above the row', instant, 100, -1, false],
		['the bottom of the row', instant, 100, 24, true],
		['under the row', instant, 100, 25, false],
		['the end of a span', span, 200, 20, true],
		['past the end of a span', span, 201, 20, false],
		['the middle of a label', labelled, 150, 10, true],
		['beside a label, out of its height', labelled, 150, 20, false],
		['past the end of a label', labelled, 400, 10, false],
		['where a label would be, without one', instant, 150, 10, false],
		['the middle of a label left of its mark', leftLabelled, 560, 10, true],
		['right of a mark labelled on its left', leftLabelled, 650, 10, false]
	];
	it.each(cases)('%s', (_name, m, x, y, expected) => {
		expect(onMark(m, 0, x, y)).toBe(expected);
	});
});

describe('onCluster()', () => {
	const c = badge(100, 300, 180);
	const cases: [string, number, number, boolean][] = [
		['the pill', 190, 10, true],
		['the bar under its days', 120, 20, true],
		['left of its days', 99, 20, false],
		['right of its days', 301, 20, false],
		['above it', 190, 1, false],
		['below it', 190, 23, false]
	];
	it.each(cases)('%s', (_name, x, y, expected) => {
		expect(onCluster(c, 0, x, y)).toBe(expected);
	});

	it('keeps a 2 px bar for a badge narrower than that', () => {
		expect(onCluster(badge(100, 100, 300), 0, 101.5, 20)).toBe(true);
	});
});

describe('hitTest()', () => {
	const placements = [
		lane([mark('a', 100), mark('b', 104, 104, '', 1)], [badge(0, 400, 500)]),
		lane([mark('c', 100)])
	];
	const cases: [string, number, number, string | null][] = [
		['a mark in the first row of the first lane', 100, 10, 'event a'],
		['a mark in the second row', 104, 36, 'event b'],
		['a mark in the second lane', 100, 110, 'event c'],
		['a badge where no mark is', 300, 20, 'cluster 0'],
		['a badge pill', 510, 10, 'cluster 0'],
		['a mark over the badge it lies on', 100, 20, 'event a'],
		['nothing between lanes', 100, 80, null],
		['nothing right of everything', 900, 10, null]
	];
	it.each(cases)('finds %s', (_name, x, y, expected) => {
		const hit = hitTest(placements, rowTop, x, y);
		const found = hit && (hit.type === 'event' ? `event ${hit.id}` : `cluster ${hit.lane}`);
		expect(found).toBe(expected);
	});

	it('prefers the mark drawn last where two overlap', () => {
		const hit = hitTest([lane([mark('under', 100), mark('over', 102)])], rowTop, 101, 10);
		expect(hit?.type === 'event' && hit.id).toBe('over');
	});

	it('finds nothing in an empty chart', () => {
		expect(hitTest([], rowTop, 10, 10)).toBeNull();
	});
});
