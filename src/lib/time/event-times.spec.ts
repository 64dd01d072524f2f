import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import type { EventDate } from '$lib/data/schema';
import {
	eventTimeRows,
	isConvertible,
	timeInZone,
	viewerRow,
	withViewerRow,
	type TimeRow
} from './event-times';
import { READER_CLOCK } from './zone-math';
import { datesIn, point } from './test-dates';

const date = datesIn('America/Anchorage');
const summit = date(point('2025-08-15T11:26', 'minute'), {
	end: point('2025-08-15T14:30', 'minute', { approximate: true })
});
const day = date(point('2025-08-16', 'day'));
const morning = date(
	point('2025-08-16', 'part-of-day', { partOfDay: 'morning', approximate: true }),
	{ zone: 'Europe/Moscow' }
);
const month = date(point('2025-08', 'month'), { zone: 'Europe/Moscow' });
const within = date(point('2025-08-11', 'day'), {
	end: point('2025-08-14', 'day'),
	within: true,
	zone: 'Europe/Kyiv'
});

describe('timeInZone()', () => {
	const cases: { name: string; date: EventDate; zone: string; expected: string }[] = [
		{
			name: 'the date as authored in its own zone',
			date: summit,
			zone: 'America/Anchorage',
			expected: 'Fri 15 Aug 2025, 11:26 – about 14:30'
		},
		{
			name: 'a minute range in UTC, on the same day',
			date: summit,
			zone: 'UTC',
			expected: 'Fri 15 Aug 2025, 19:26 – about 22:30'
		},
		{
			name: 'a minute range that crosses midnight in Moscow',
			date: summit,
			zone: 'Europe/Moscow',
			expected: 'Fri 15 Aug 2025, 22:26 – about Sat 16 Aug 2025, 01:30'
		},
		// a whole day used to become a 24-hour span on another day: it is a calendar date
		{ name: 'a whole day unconverted', date: day, zone: 'UTC', expected: 'Sat 16 Aug 2025' },
		{
			name: 'an approximate morning in UTC',
			date: morning,
			zone: 'UTC',
			expected: 'about Sat 16 Aug 2025, 03:00–09:00'
		},
		{ name: 'a month unconverted', date: month, zone: 'UTC', expected: 'August 2025' },
		{
			name: 'one day within a range of whole days unconverted',
			date: within,
			zone: 'UTC',
			expected: 'sometime between Mon 11 Aug 2025 and Thu 14 Aug 2025'
		},
		{
			name: 'one moment within a range of times',
			date: {
				...within,
				start: { value: '2025-08-11T09:00', precision: 'minute' },
				end: { value: '2025-08-14T17:00', precision: 'minute' }
			},
			zone: 'UTC',
			expected: 'sometime between Mon 11 Aug 2025, 06:00 and Thu 14 Aug 2025, 14:00'
		}
	];
	for (const c of cases)
		it(`timeInZone() shows ${c.name}`, () => expect(timeInZone(c.date, c.zone)).toBe(c.expected));
});

describe('isConvertible()', () => {
	const cases: [string, EventDate, boolean][] = [
		['a minute', summit, true],
		['a part of day', morning, true],
		['a whole day', day, false],
		['a month', month, false],
		['a day to a month', { ...day, end: { value: '2025-09', precision: 'month' } }, false]
	];
	for (const [name, date, expected] of cases)
		it(`isConvertible() is ${expected} for ${name}`, () =>
			expect(isConvertible(date)).toBe(expected));
});

describe('eventTimeRows()', () => {
	it('eventTimeRows() gives the event zone, UTC and each other home zone, grouping people', () => {
		const rows = eventTimeRows(summit, [
			{ name: 'Donald Trump', zone: 'America/New_York' },
			{ name: 'Vladimir Putin', zone: 'Europe/Moscow' },
			{ name: 'Sergei Lavrov', zone: 'Europe/Moscow' },
			{ name: 'Lisa Murkowski', zone: 'America/Anchorage' }
		]);
		expect(rows.map((r) => [r.zoneText, r.note, r.text])).toEqual([
			[
				'Anchorage time (AKDT)',
				'where it happened; home of Lisa Murkowski',
				'Fri 15 Aug 2025, 11:26 – about 14:30'
			],
			['UTC', '', 'Fri 15 Aug 2025, 19:26 – about 22:30'],
			['New York time (EDT)', 'home of Donald Trump', 'Fri 15 Aug 2025, 15:26 – about 18:30'],
			[
				'Moscow time (GMT+3)',
				'home of Vladimir Putin, Sergei Lavrov',
				'Fri 15 Aug 2025, 22:26 – about Sat 16 Aug 2025, 01:30'
			]
		]);
	});
	it('eventTimeRows() gives only the event zone for a date too coarse to convert', () => {
		const rows = eventTimeRows(month, [{ name: 'Donald Trump', zone: 'America/New_York' }]);
		expect(rows.map((r) => r.text)).toEqual(['August 2025']);
	});
	it('eventTimeRows() gives no second UTC row for an event in UTC', () => {
		const rows = eventTimeRows({ ...day, zone: 'UTC' }, []);
		expect(rows.map((r) => r.zoneText)).toEqual(['UTC']);
	});
});

describe('viewerRow()', () => {
	it("viewerRow() shows the date in the reader's zone", () =>
		expect(viewerRow(summit, 'Europe/London')).toEqual({
			zone: 'Europe/London',
			zoneText: 'London time (GMT+1)',
			note: 'your time zone',
			text: 'Fri 15 Aug 2025, 20:26 – about 23:30'
		}));
	it('viewerRow() is null for a date too coarse to convert', () =>
		expect(viewerRow(month, 'UTC')).toBeNull());
});

describe('withViewerRow()', () => {
	const rows: TimeRow[] = [
		{
			zone: 'America/Anchorage',
			zoneText: 'Anchorage time (AKDT)',
			note: 'where it happened',
			text: '11:26'
		},
		{ zone: 'UTC', zoneText: 'UTC', note: '', text: '19:26' }
	];
	const mine = (text: string): TimeRow => ({
		zone: READER_CLOCK,
		zoneText: 'Your clock (UTC+1)',
		note: '',
		text
	});
	const cases = [
		{
			name: 'adds a row with other times',
			mine: mine('20:26'),
			notes: ['where it happened', '', '']
		},
		{
			name: 'marks the row with the same times instead',
			mine: mine('19:26'),
			notes: ['where it happened', 'as on your clock']
		},
		{ name: 'keeps the rows as they are without one', mine: null, notes: ['where it happened', ''] }
	];
	for (const c of cases) {
		it(`withViewerRow() ${c.name}`, () =>
			expect(withViewerRow(rows, c.mine).map((r) => r.note)).toEqual(c.notes));
	}
	// unit tests run with TZ=UTC, so the reader's clock is UTC here
	it("viewerRow() on the reader's clock shows its offset and no note", () =>
		expect(viewerRow(summit, READER_CLOCK)).toEqual({
			zone: READER_CLOCK,
			zoneText: 'Your clock (UTC)',
			note: '',
			text: 'Fri 15 Aug 2025, 19:26 – about 22:30'
		}));
});

describe('times in other zones in other languages', () => {
	afterEach(() => useLanguage('en'));
	/** Intl's text with plain spaces: runtimes differ in where they put thin and narrow ones. */
	const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
	const people = [
		{ name: 'Vladimir Putin', zone: 'Europe/Moscow' },
		{ name: 'Lisa Murkowski', zone: 'America/Anchorage' }
	];
	const within = date(point('2025-08-15T11:26', 'minute'), {
		end: point('2025-08-15T14:30', 'minute', { uncertain: true }),
		within: true
	});
	const cases: {
		name: string;
		call: () => string[];
		en: string[];
		fr: string[];
		uk: string[];
		de: string[];
	}[] = [
		{
			name: 'eventTimeRows() notes',
			call: () => eventTimeRows(summit, people).map((r) => r.note),
			en: ['where it happened; home of Lisa Murkowski', '', 'home of Vladimir Putin'],
			fr: ['lieu de l’événement ; chez Lisa Murkowski', '', 'chez Vladimir Putin'],
			uk: [
				'місце події; домашній часовий пояс: Lisa Murkowski',
				'',
				'домашній часовий пояс: Vladimir Putin'
			],
			de: ['Ort des Geschehens; Heimatzone von Lisa Murkowski', '', 'Heimatzone von Vladimir Putin']
		},
		{
			name: 'eventTimeRows() times',
			call: () => eventTimeRows(summit, people).map((r) => r.text),
			en: [
				'Fri 15 Aug 2025, 11:26 – about 14:30',
				'Fri 15 Aug 2025, 19:26 – about 22:30',
				'Fri 15 Aug 2025, 22:26 – about Sat 16 Aug 2025, 01:30'
			],
			fr: [
				'ven. 15 août 2025, 11:26 – vers 14:30',
				'ven. 15 août 2025, 19:26 – vers 22:30',
				'ven. 15 août 2025, 22:26 – vers sam. 16 août 2025, 01:30'
			],
			uk: [
				'пт, 15 серп. 2025 р., 11:26 – приблизно 14:30',
				'пт, 15 серп. 2025 р., 19:26 – приблизно 22:30',
				'пт, 15 серп. 2025 р., 22:26 – приблизно сб, 16 серп. 2025 р., 01:30'
			],
			de: [
				'Fr., 15. Aug. 2025, 11:26 – etwa 14:30',
				'Fr., 15. Aug. 2025, 19:26 – etwa 22:30',
				'Fr., 15. Aug. 2025, 22:26 – etwa Sa., 16. Aug. 2025, 01:30'
			]
		},
		{
			name: 'timeInZone() of one moment within',
			call: () => [timeInZone(within, 'UTC')],
			en: ['sometime between Fri 15 Aug 2025, 19:26 and Fri 15 Aug 2025, 22:30 (uncertain)'],
			fr: ['un jour entre ven. 15 août 2025, 19:26 et ven. 15 août 2025, 22:30 (à confirmer)'],
			uk: ['десь між пт, 15 серп. 2025 р., 19:26 і пт, 15 серп. 2025 р., 22:30 (не підтверджено)'],
			de: ['irgendwann zwischen Fr., 15. Aug. 2025, 19:26 und Fr., 15. Aug. 2025, 22:30 (unsicher)']
		},
		{
			name: 'viewerRow() note',
			call: () => [viewerRow(summit, 'Europe/London')?.note ?? ''],
			en: ['your time zone'],
			fr: ['votre fuseau horaire'],
			uk: ['ваш часовий пояс'],
			de: ['Ihre Zeitzone']
		},
		{
			name: "withViewerRow() note for the reader's clock",
			call: () => {
				const rows = eventTimeRows(summit, []);
				return withViewerRow(rows, viewerRow(summit, READER_CLOCK)).map((r) => r.note);
			},
			en: ['where it happened', 'as on your clock'],
			fr: ['lieu de l’événement', 'comme sur votre horloge'],
			uk: ['місце події', 'як на вашому годиннику'],
			de: ['Ort des Geschehens', 'wie auf Ihrer Uhr']
		}
	];
	for (const c of cases) {
		for (const lang of ['en', 'fr', 'uk', 'de'] as const) {
			it(`${c.name} in ${lang}`, () => {
				useLanguage(lang);
				const texts = c.call();
				expect(lang === 'en' ? texts : texts.map(plain)).toEqual(c[lang]);
			});
		}
	}
});
