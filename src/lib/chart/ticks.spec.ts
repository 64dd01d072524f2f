import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import { utc } from './fixtures';
import {
	chooseInterval,
	createTicks,
	fitTickLabels,
	floorTime,
	TICK_INTERVALS,
	type AxisTicks,
	type Tick
} from './ticks';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('chooseInterval()', () => {
	const cases = [
		{ span: 30 * MINUTE, max: 10, expected: '5 minute' },
		{ span: 6 * HOUR, max: 12, expected: '30 minute' },
		{ span: 2 * DAY, max: 12, expected: '6 hour' },
		{ span: 10 * DAY, max: 12, expected: '1 day' },
		{ span: 60 * DAY, max: 12, expected: '1 week' },
		{ span: 3 * 365 * DAY, max: 12, expected: '3 month' },
		{ span: 5000 * 365 * DAY, max: 12, expected: '500 year' }
	];
	for (const c of cases) {
		it(`chooseInterval() picks ${c.expected} for ${c.span / HOUR} h and ${c.max} ticks`, () => {
			const i = chooseInterval(c.span, c.max);
			expect(`${i.step} ${i.unit}`).toBe(c.expected);
		});
	}
});

describe('floorTime()', () => {
	const interval = (unit: string, step: number) =>
		TICK_INTERVALS.find((i) => i.unit === unit && i.step === step)!;
	const cases = [
		{
			name: '15 minutes in UTC',
			at: utc(2025, 8, 15, 11, 26),
			i: interval('minute', 15),
			zone: 'UTC',
			expected: utc(2025, 8, 15, 11, 15)
		},
		{
			name: '6 hours in Anchorage (UTC−8)',
			at: utc(2025, 8, 15, 20),
			i: interval('hour', 6),
			zone: 'America/Anchorage',
			expected: utc(2025, 8, 15, 20)
		},
		{
			name: 'a day in Anchorage starts at 08:00 UTC',
			at: utc(2025, 8, 16, 3),
			i: interval('day', 1),
			zone: 'America/Anchorage',
			expected: utc(2025, 8, 15, 8)
		},
		{
			name: 'a day in Moscow starts at 21:00 UTC',
			at: utc(2025, 8, 16, 3),
			i: interval('day', 1),
			zone: 'Europe/Moscow',
			expected: utc(2025, 8, 15, 21)
		},
		{
			name: 'a week starts on Monday',
			at: utc(2025, 8, 16, 3),
			i: interval('week', 1),
			zone: 'UTC',
			expected: utc(2025, 8, 11)
		},
		{
			name: 'a quarter',
			at: utc(2025, 8, 16),
			i: interval('month', 3),
			zone: 'UTC',
			expected: utc(2025, 7, 1)
		},
		{
			name: 'a decade',
			at: utc(2025, 8, 16),
			i: interval('year', 10),
			zone: 'UTC',
			expected: utc(2020, 1, 1)
		}
	];
	for (const c of cases) {
		it(`floorTime() floors to ${c.name}`, () =>
			expect(floorTime(c.at, c.i, c.zone)).toBe(c.expected));
	}
});

describe('createTicks()', () => {
	it('createTicks() labels hours and marks midnight in the zone as major', () => {
		const { ticks, interval, context } = createTicks({
			domain: [utc(2025, 8, 15, 20), utc(2025, 8, 16, 14)],
			width: 800,
			zone: 'America/Anchorage'
		});
		expect(`${interval.step} ${interval.unit}`).toBe('2 hour');
		expect(ticks.map((t) => t.label)).toEqual([
			'12:00',
			'14:00',
			'16:00',
			'18:00',
			'20:00',
			'22:00',
			'Sat 16 Aug',
			'02:00',
			'04:00',
			'06:00'
		]);
		expect(ticks.filter((t) => t.major).map((t) => t.time)).toEqual([utc(2025, 8, 16, 8)]);
		expect(context).toBe('Fri 15 August 2025');
	});

	it('createTicks() labels days across a month boundary', () => {
		const { ticks } = createTicks({
			domain: [utc(2025, 8, 29), utc(2025, 9, 3)],
			width: 480,
			zone: 'UTC'
		});
		expect(ticks.map((t) => t.label)).toEqual([
			'Fri 29 Aug',
			'Sat 30 Aug',
			'Sun 31 Aug',
			'Mon 1 Sep',
			'Tue 2 Sep',
			'Wed 3 Sep'
		]);
		expect(ticks.map((t) => t.major)).toEqual([false, false, false, true, false, false]);
	});

	it('createTicks() keeps days whole across a DST change (25-hour day in London)', () => {
		const { ticks } = createTicks({
			domain: [utc(2025, 10, 25), utc(2025, 10, 28)],
			width: 300,
			zone: 'Europe/London'
		});
		const gaps = ticks.slice(1).map((t, i) => (t.time - ticks[i]!.time) / HOUR);
		expect(gaps).toContain(25);
	});

	const widths = [200, 360, 800, 1280, 4000];
	const spans = [10 * MINUTE, 3 * HOUR, 2 * DAY, 40 * DAY, 3 * 365 * DAY, 400 * 365 * DAY];
	for (const width of widths) {
		it(`createTicks() never gives more than width/80 ticks (at least 2) at ${width} px`, () => {
			for (const span of spans) {
				const start = utc(2025, 8, 15, 11, 26);
				const { ticks } = createTicks({
					domain: [start, start + span],
					width,
					zone: 'Europe/Moscow'
				});
				const cap = Math.max(2, Math.min(16, Math.floor(width / 80)));
				expect(ticks.length).toBeLessThanOrEqual(cap + 1);
				expect(ticks.length).toBeGreaterThan(0);
			}
		});
	}
});

describe('createTicks() in other languages', () => {
	afterEach(() => useLanguage('en'));
	// the views of the English cases above, seen in French, Ukrainian and German
	const hours = { domain: [utc(2025, 8, 15, 20), utc(2025, 8, 16, 14)], width: 800 };
	const hourLabels = (day: string) => [
		'12:00',
		'14:00',
		'16:00',
		'18:00',
		'20:00',
		'22:00',
		day,
		'02:00',
		'04:00',
		'06:00'
	];
	const days = { domain: [utc(2025, 8, 29), utc(2025, 9, 3)], width: 480 };
	const months = { domain: [utc(2025, 6, 1), utc(2026, 1, 15)], width: 800 };
	const cases: {
		language: string;
		view: { domain: number[]; width: number };
		zone?: string;
		labels: string[];
		context: string;
	}[] = [
		{
			language: 'fr',
			view: hours,
			zone: 'America/Anchorage',
			labels: hourLabels('sam. 16 août'),
			context: 'ven. 15 août 2025'
		},
		{
			language: 'uk',
			view: hours,
			zone: 'America/Anchorage',
			labels: hourLabels('сб, 16 серп.'),
			context: 'пт, 15 серпня 2025 р.'
		},
		{
			language: 'de',
			view: days,
			labels: [
				'Fr., 29. Aug.',
				'Sa., 30. Aug.',
				'So., 31. Aug.',
				'Mo., 1. Sept.',
				'Di., 2. Sept.',
				'Mi., 3. Sept.'
			],
			context: 'August 2025'
		},
		{
			language: 'uk',
			view: days,
			labels: [
				'пт, 29 серп.',
				'сб, 30 серп.',
				'нд, 31 серп.',
				'пн, 1 вер.',
				'вт, 2 вер.',
				'ср, 3 вер.'
			],
			context: 'серпень 2025 р.'
		},
		{
			language: 'fr',
			view: months,
			labels: ['juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.', '2026'],
			context: '2025'
		}
	];
	it.each(cases)('labels the axis in $language: $context', (c) => {
		useLanguage(c.language);
		const axis = createTicks({
			domain: c.view.domain as [number, number],
			width: c.view.width,
			zone: c.zone ?? 'UTC'
		});
		expect(axis.ticks.map((t) => t.label)).toEqual(c.labels);
		expect(axis.context).toBe(c.context);
	});
});

describe('fitTickLabels()', () => {
	const tick = (time: number, label: string, major = false): Tick => ({ time, label, major });
	const axis = (...ticks: Tick[]): AxisTicks => ({
		interval: TICK_INTERVALS.find((i) => i.unit === 'hour')!,
		ticks,
		context: ''
	});
	// 1 px a unit of time, 10 px a character, bold 12
	const x = (t: number) => t;
	const measure = Object.assign((text: string) => text.length * 10, {
		bold: (text: string) => text.length * 12
	});
	const cases: { name: string; ticks: Tick[]; labels: string[] }[] = [
		{
			name: 'keeps labels that have room',
			ticks: [tick(0, 'aaaa'), tick(100, 'bbbb'), tick(200, 'cccc')],
			labels: ['aaaa', 'bbbb', 'cccc']
		},
		{
			name: 'empties a label that would meet the one before, keeping the next that has room',
			ticks: [tick(0, 'aaaaaaaa'), tick(60, 'bbbb'), tick(120, 'cccc')],
			labels: ['aaaaaaaa', '', 'cccc']
		},
		{
			name: "keeps a major tick's label rather than the minor one's before it",
			ticks: [tick(0, 'aaaa'), tick(60, 'bbbbbbbb'), tick(100, 'Day', true), tick(200, 'cc')],
			labels: ['aaaa', '', 'Day', 'cc']
		},
		{
			name: 'measures a major label bold',
			// 8 × 12 = 96 px: it ends at 100, too near the next label at 104
			ticks: [tick(0, 'Majorday', true), tick(100, 'bb')],
			labels: ['Majorday', '']
		},
		{
			name: "empties a label that would run past the chart's right edge",
			// the chart is 250 px wide: 'cccc' would end at 244, 'dddd' at 274
			ticks: [tick(0, 'aaaa'), tick(200, 'cccc'), tick(230, 'dd'), tick(230.5, 'dddd', true)],
			labels: ['aaaa', 'cccc', '', '']
		},
		{
			name: 'keeps the first of two major labels that meet',
			ticks: [tick(0, 'Monday', true), tick(50, 'Tuesday', true)],
			labels: ['Monday', '']
		}
	];
	for (const c of cases) {
		it(`fitTickLabels() ${c.name}`, () => {
			const fitted = fitTickLabels(axis(...c.ticks), x, measure, 250);
			expect(fitted.ticks.map((t) => t.label)).toEqual(c.labels);
			expect(fitted.ticks.map((t) => t.time)).toEqual(c.ticks.map((t) => t.time));
		});
	}
	it('fitTickLabels() gives the same axis back when every label has room', () => {
		const given = axis(tick(0, 'a'), tick(100, 'b'));
		expect(fitTickLabels(given, x, measure)).toBe(given);
	});
});
