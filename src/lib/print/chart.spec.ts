import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import { EVENT_STATUSES, type EventStatus } from '$lib/data/schema';
import { STATUS_MEANINGS } from '$lib/data/words';
import { PRINT_MARKS } from '$lib/chart/encoding';
import { layoutChart, MARK_LEGEND, statusKey, type ChartItem } from './chart';

const DAY = 86400000;
const t0 = Date.UTC(2025, 7, 15);
const item = (n: number, day: string, lanes: string[], offsetDays = 0, year = 2025): ChartItem => ({
	id: `e${n}`,
	number: n,
	status: 'occurred',
	span: { start: t0 + offsetDays * DAY, end: t0 + offsetDays * DAY + 3600000 },
	lanes,
	day: { key: day, short: day, dated: `${day} ${year}`, years: [year, year] }
});
const lanes = [
	{ id: 'us', name: 'United States' },
	{ id: 'ru', name: 'Russia' },
	{ id: 'ua', name: 'Ukraine' }
];

describe('layoutChart()', () => {
	const items = [
		item(1, '15 Aug', ['us', 'ru']),
		item(2, '15 Aug', ['us']),
		item(3, '16 Aug', ['ru'], 1),
		item(4, '22 Oct', ['us'], 68)
	];
	const chart = layoutChart(items, lanes, { width: 640 });

	it('layoutChart() keeps only the lanes that have marks, in order', () =>
		expect(chart.lanes.map((l) => l.id)).toEqual(['us', 'ru']));

	it('layoutChart() gives each event a column, left to right, inside the plot', () => {
		const xs = chart.columns.map((c) => c.x);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		for (const x of xs) {
			expect(x).toBeGreaterThan(chart.x0);
			expect(x).toBeLessThan(chart.x1);
		}
	});

	it('layoutChart() leaves a gap between days, not within a day', () => {
		const [a, b, c] = chart.columns.map((col) => col.x) as [number, number, number];
		expect(c - b).toBeGreaterThan(b - a);
	});

	it('layoutChart() puts a mark in the lane of each affiliation', () => {
		const y = Object.fromEntries(chart.lanes.map((l) => [l.id, l.y]));
		expect(chart.columns[0]?.marks).toEqual([y.us, y.ru]);
		expect(chart.columns[2]?.marks).toEqual([y.ru]);
	});

	it('layoutChart() places days on the ribbon on a true time scale', () => {
		const [aug15, aug16, oct22] = chart.groups;
		expect(chart.groups.map((g) => g.key)).toEqual(['15 Aug', '16 Aug', '22 Oct']);
		// one day apart is much closer on the ribbon than 67 days apart
		expect((aug16?.from ?? 0) - (aug15?.from ?? 0)).toBeLessThan(
			((oct22?.from ?? 0) - (aug16?.from ?? 0)) / 20
		);
		expect(aug15?.from).toBeCloseTo(chart.x0);
	});

	it('layoutChart() keeps day labels inside the chart and apart', () => {
		for (const g of chart.groups) {
			expect(g.labelX + (g.label.length * 5) / 2).toBeLessThanOrEqual(chart.width);
		}
	});

	it('layoutChart() gives each day its year when the days fall in more than one year', () => {
		expect(chart.groups.map((g) => g.label)).toEqual(['15 Aug', '16 Aug', '22 Oct']);
		const years = layoutChart(
			[item(1, '14 Mar', ['us'], 0, 1948), item(2, '15 Aug', ['ru'], 1)],
			lanes
		);
		expect(years.groups.map((g) => g.label)).toEqual(['14 Mar 1948', '15 Aug 2025']);
		// one range across years is dated on its own
		const range = {
			...item(1, '10 Dec–27 Nov', ['us']),
			day: {
				key: 'r',
				short: '10 Dec–27 Nov',
				dated: '10 Dec 1815–27 Nov 1852',
				years: [1815, 1852] as [number, number]
			}
		};
		expect(layoutChart([range], lanes).groups.map((g) => g.label)).toEqual([
			'10 Dec 1815–27 Nov 1852'
		]);
	});

	it('layoutChart() thins out numbers when columns get too narrow for them', () => {
		const many = Array.from({ length: 300 }, (_, i) => item(i + 1, `d${i}`, ['us'], i));
		const dense = layoutChart(many, lanes, { width: 640 });
		const shown = dense.columns.filter((c) => c.showNumber).length;
		expect(shown).toBeGreaterThan(10);
		expect(shown).toBeLessThan(300);
		expect(chart.columns.every((c) => c.showNumber)).toBe(true);
	});
});

describe('PRINT_MARKS and MARK_LEGEND', () => {
	it('PRINT_MARKS gives every status a style the legend explains', () => {
		const explained = new Set(MARK_LEGEND.map((l) => l.style));
		for (const status of EVENT_STATUSES) expect(explained.has(PRINT_MARKS[status])).toBe(true);
	});
});

describe('layoutChart() ticks', () => {
	it('layoutChart() labels ticks within a short span with their time of day', () => {
		const short = layoutChart(
			[
				item(1, '15 Aug', ['us']),
				{ ...item(2, '15 Aug', ['us']), span: { start: t0 + 9 * 3600000, end: t0 + 30 * 3600000 } }
			],
			lanes
		);
		const labels = short.ribbon.ticks.map((t) => t.label);
		expect(labels).toContain('15 Aug');
		expect(labels.some((l) => /^\d\d:\d\d$/.test(l))).toBe(true);
	});
	it('layoutChart() labels ticks over months with months', () => {
		const long = layoutChart([item(1, 'a', ['us']), item(2, 'b', ['us'], 90)], lanes);
		expect(long.ribbon.ticks.map((t) => t.label)).toContain('Sep');
	});
});

describe('statusKey()', () => {
	const cases: { name: string; statuses: EventStatus[]; expected: [string, string[]][] }[] = [
		{
			name: 'gives only the groups this view uses, in the legend order',
			statuses: ['did-not-happen', 'occurred', 'reported', 'occurred'],
			expected: [
				['solid', ['Occurred']],
				['half', ['Reported']],
				['crossed', ['Did not happen']]
			]
		},
		{
			name: 'lists every status a mark stands for',
			statuses: ['proposed', 'scheduled', 'claimed'],
			expected: [
				['half', ['Claimed']],
				['hollow', ['Scheduled', 'Proposed']]
			]
		},
		{ name: 'is empty without events', statuses: [], expected: [] }
	];
	for (const c of cases) {
		it(`statusKey() ${c.name}`, () =>
			expect(statusKey(c.statuses).map((g) => [g.style, g.statuses.map((s) => s.label)])).toEqual(
				c.expected
			));
	}
	it('statusKey() explains each status in the same words as the legend and the list', () => {
		const [group] = statusKey(['reported']);
		expect(group?.statuses[0]?.meaning).toBe(STATUS_MEANINGS.reported);
	});
});

describe('layoutChart() key events', () => {
	it('layoutChart() marks key events and always numbers them', () => {
		const many = Array.from({ length: 60 }, (_, i) => ({
			...item(i + 1, '15 Aug', ['us']),
			key: i === 6
		}));
		const chart = layoutChart(many, lanes);
		const seventh = chart.columns[6]!;
		expect(seventh.key).toBe(true);
		expect(seventh.showNumber).toBe(true);
		expect(chart.columns.filter((c) => c.key)).toHaveLength(1);
	});
});

describe('MARK_LEGEND in other languages', () => {
	afterEach(() => useLanguage('en'));
	const cases: { lang: string; texts: string[] }[] = [
		{
			lang: 'en',
			texts: [
				'occurred',
				'reported, claimed or contested: not confirmed',
				'scheduled or proposed',
				'did not happen, or cancelled'
			]
		},
		{
			lang: 'fr',
			texts: [
				'a eu lieu',
				'rapporté, revendiqué ou contesté\u00a0: non confirmé',
				'prévu ou proposé',
				'n’a pas eu lieu, ou annulé'
			]
		},
		{
			lang: 'uk',
			texts: [
				'відбулася',
				'повідомлено, заявлено або оскаржено: не підтверджено',
				'заплановано або запропоновано',
				'не відбулася або скасовано'
			]
		}
	];
	for (const c of cases) {
		it(`MARK_LEGEND reads its words in ${c.lang} when they are printed`, () => {
			useLanguage(c.lang);
			expect(MARK_LEGEND.map((l) => l.text)).toEqual(c.texts);
			expect(MARK_LEGEND.map((l) => l.style)).toEqual(['solid', 'half', 'hollow', 'crossed']);
		});
	}
});
