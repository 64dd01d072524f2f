import { describe, expect, it } from 'vitest';
import { utc } from './fixtures';
import { scaleLinear } from 'd3-scale';
import {
	createTimeScale,
	linearScale,
	timeExtent,
	visibleRange,
	type ViewTransform
} from './scale';

const HOUR = 3_600_000;
const domain: [number, number] = [utc(2025, 8, 15), utc(2025, 8, 17)];

describe('linearScale()', () => {
	const summit = Date.UTC(2025, 7, 15, 19, 26);
	const cases: { name: string; domain: [number, number]; range: [number, number] }[] = [
		{
			name: 'a day onto a phone',
			domain: [summit - 43_200_000, summit + 43_200_000],
			range: [0, 380]
		},
		{
			name: 'a year onto a wide screen',
			domain: [Date.UTC(2025, 0), Date.UTC(2026, 0)],
			range: [0, 1917]
		},
		{
			name: 'an offset range (the print chart)',
			domain: [summit, summit + 7 * 86_400_000],
			range: [88, 712]
		},
		{ name: 'a reversed range', domain: [0, 10], range: [100, 0] },
		{ name: 'an empty domain', domain: [summit, summit], range: [0, 800] }
	];
	for (const c of cases) {
		it(`linearScale() agrees with d3's scaleLinear on ${c.name}`, () => {
			const ours = linearScale(c.domain, c.range);
			const d3 = scaleLinear().domain(c.domain).range(c.range);
			const [d0, d1] = c.domain;
			for (let i = -2; i <= 12; i++) {
				const value = d0 + ((d1 - d0) * i) / 10;
				expect(ours(value)).toBe(d3(value));
				const px = c.range[0] + ((c.range[1] - c.range[0]) * i) / 10;
				expect(ours.invert(px)).toBe(d3.invert(px));
			}
			expect([ours.domain(), ours.range()]).toEqual([c.domain, c.range]);
		});
	}
});

describe('createTimeScale()', () => {
	const cases: {
		name: string;
		transform?: ViewTransform;
		width: number;
		expected: [number, number];
	}[] = [
		{ name: 'shows the whole domain at identity', width: 1000, expected: domain },
		{
			name: 'shows the first half at k=2, x=0',
			transform: { k: 2, x: 0 },
			width: 1000,
			expected: [utc(2025, 8, 15), utc(2025, 8, 16)]
		},
		{
			name: 'shows the second half at k=2, x=-width',
			transform: { k: 2, x: -1000 },
			width: 1000,
			expected: [utc(2025, 8, 16), utc(2025, 8, 17)]
		},
		{
			name: 'shows the middle 12 hours at k=4, x=-1.5 width',
			transform: { k: 4, x: -1500 },
			width: 1000,
			expected: [utc(2025, 8, 15, 18), utc(2025, 8, 16, 6)]
		},
		{ name: 'still works before the chart is measured (width 0)', width: 0, expected: domain }
	];
	for (const c of cases) {
		it(`createTimeScale() ${c.name}`, () => {
			const scale = createTimeScale({ domain, width: c.width, transform: c.transform });
			expect(visibleRange(scale)).toEqual(c.expected);
		});
	}

	it('createTimeScale() maps the visible range onto [0, width]', () => {
		const scale = createTimeScale({ domain, width: 800, transform: { k: 2, x: -400 } });
		const [a, b] = visibleRange(scale);
		expect(scale(a)).toBeCloseTo(0);
		expect(scale(b)).toBeCloseTo(800);
	});
});

describe('timeExtent()', () => {
	const cases: {
		name: string;
		events: { start: number; end: number }[];
		expected: [number, number];
	}[] = [
		{
			name: 'pads a two-day span by 4% on each side',
			events: [
				{ start: utc(2025, 8, 15), end: utc(2025, 8, 15, 1) },
				{ start: utc(2025, 8, 16), end: utc(2025, 8, 17) }
			],
			expected: [utc(2025, 8, 15) - 0.08 * 24 * HOUR, utc(2025, 8, 17) + 0.08 * 24 * HOUR]
		},
		{
			name: 'widens a single minute to 12 hours around it',
			events: [{ start: utc(2025, 8, 15, 12), end: utc(2025, 8, 15, 12, 1) }],
			expected: [utc(2025, 8, 15, 12) + 30_000 - 6 * HOUR, utc(2025, 8, 15, 12) + 30_000 + 6 * HOUR]
		}
	];
	for (const c of cases) {
		it(`timeExtent() ${c.name}`, () => {
			const [a, b] = timeExtent(c.events);
			expect(a).toBeCloseTo(c.expected[0], -1);
			expect(b).toBeCloseTo(c.expected[1], -1);
		});
	}
	it('timeExtent() gives a finite extent for no events', () => {
		const [a, b] = timeExtent([]);
		expect(Number.isFinite(a) && Number.isFinite(b) && b > a).toBe(true);
	});
});
