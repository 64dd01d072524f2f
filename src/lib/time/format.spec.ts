import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import type { DatePoint, EventDate } from '$lib/data/schema';
import {
	formatEventDate,
	formatEventDateWithZone,
	formatSpanInZone,
	formatInstantInZone,
	formatPoint,
	formatPublished,
	offsetName,
	otherZoneText,
	partOfDayText,
	timeOfDay,
	zoneLabel,
	zoneLabelOver,
	zoneTimeName
} from './format';
import { READER_CLOCK } from './zone-math';
import { datesIn, point } from './test-dates';

const date = datesIn('America/Anchorage');

describe('formatPoint()', () => {
	const cases: { point: DatePoint; expected: string }[] = [
		{ point: point('2025-08-15T11:26', 'minute'), expected: 'Fri 15 Aug 2025, 11:26' },
		{ point: point('2025-08-15T11', 'hour'), expected: 'Fri 15 Aug 2025, 11:00–12:00' },
		{
			point: point('2025-08-16', 'part-of-day', { partOfDay: 'morning' }),
			expected: 'Sat 16 Aug 2025, morning'
		},
		{ point: point('2025-08-16', 'day'), expected: 'Sat 16 Aug 2025' },
		{ point: point('2025-W34', 'week'), expected: 'week of Mon 18 Aug 2025' },
		{ point: point('2025-08', 'month'), expected: 'August 2025' },
		{ point: point('2025', 'year'), expected: '2025' },
		{
			point: point('2025-08-16', 'day', { approximate: true }),
			expected: 'about Sat 16 Aug 2025'
		},
		{
			point: point('2025-08-16', 'day', { uncertain: true }),
			expected: 'Sat 16 Aug 2025 (uncertain)'
		}
	];
	for (const c of cases) {
		it(`formatPoint() writes ${c.point.precision} ${c.point.value} as "${c.expected}"`, () =>
			expect(formatPoint(c.point)).toBe(c.expected));
	}
});

describe('formatEventDate()', () => {
	const cases: { name: string; date: EventDate; expected: string }[] = [
		{
			name: 'gives a same-day end as a time only',
			date: date(point('2025-08-15T11:26', 'minute'), {
				end: point('2025-08-15T14:30', 'minute', { approximate: true })
			}),
			expected: 'Fri 15 Aug 2025, 11:26 – about 14:30'
		},
		{
			name: 'gives a range of days in full',
			date: date(point('2025-08-11', 'day'), { end: point('2025-08-14', 'day') }),
			expected: 'Mon 11 Aug 2025 – Thu 14 Aug 2025'
		},
		{
			name: 'says "sometime between" for a date within a range',
			date: date(point('2025-08-11', 'day'), { end: point('2025-08-14', 'day'), within: true }),
			expected: 'sometime between Mon 11 Aug 2025 and Thu 14 Aug 2025'
		}
	];
	for (const c of cases) {
		it(`formatEventDate() ${c.name}`, () => expect(formatEventDate(c.date)).toBe(c.expected));
	}

	it('formatEventDateWithZone() names the zone with its abbreviation at that date', () => {
		expect(formatEventDateWithZone(date(point('2025-08-15T11:26', 'minute')))).toBe(
			'Fri 15 Aug 2025, 11:26, Anchorage time (AKDT)'
		);
	});
});

describe('zoneLabel() and formatInstantInZone()', () => {
	it('zoneLabel() uses the city and the abbreviation in force', () => {
		expect(zoneLabel('Europe/Moscow', Date.UTC(2025, 7, 15))).toBe('Moscow time (GMT+3)');
		expect(zoneLabel('UTC', 0)).toBe('UTC');
	});
	it('formatInstantInZone() shows the summit start in Moscow on the next day', () => {
		const start = Date.UTC(2025, 7, 15, 19, 26);
		expect(formatInstantInZone(start, 'Europe/Moscow')).toBe('Fri 15 Aug 2025, 22:26');
		expect(formatInstantInZone(Date.UTC(2025, 7, 15, 22, 30), 'Europe/Moscow')).toBe(
			'Sat 16 Aug 2025, 01:30'
		);
		expect(formatInstantInZone(start, 'UTC', 'day')).toBe('Fri 15 Aug 2025');
	});
});

describe('offsetName()', () => {
	const HOUR = 3_600_000;
	const cases = [
		{ offset: 0, expected: 'UTC' },
		{ offset: HOUR, expected: 'UTC+1' },
		{ offset: -4 * HOUR, expected: 'UTC−4' },
		{ offset: 5.5 * HOUR, expected: 'UTC+5:30' },
		{ offset: -9.5 * HOUR, expected: 'UTC−9:30' },
		{ offset: 12.75 * HOUR, expected: 'UTC+12:45' }
	];
	for (const c of cases) {
		it(`offsetName() of ${c.offset / HOUR} hours is ${c.expected}`, () =>
			expect(offsetName(c.offset)).toBe(c.expected));
	}
	// unit tests run with TZ=UTC, so the reader's clock is UTC here
	it("zoneLabel() names the reader's clock by its offset", () =>
		expect(zoneLabel(READER_CLOCK, Date.UTC(2025, 7, 15))).toBe('Your clock (UTC)'));
});

describe('formatSpanInZone()', () => {
	const cases = [
		{
			name: 'an instant in UTC',
			span: { start: Date.UTC(2025, 7, 15, 19, 26), end: Date.UTC(2025, 7, 15, 19, 27) },
			zone: 'UTC',
			instant: true,
			expected: 'Fri 15 Aug 2025, 19:26, UTC'
		},
		{
			name: 'a span within a day',
			span: { start: Date.UTC(2025, 7, 15, 19, 26), end: Date.UTC(2025, 7, 15, 22, 30) },
			zone: 'UTC',
			expected: 'Fri 15 Aug 2025, 19:26–22:30, UTC'
		},
		{
			name: "an Anchorage day in London's time",
			span: { start: Date.UTC(2025, 7, 15, 8), end: Date.UTC(2025, 7, 16, 8) },
			zone: 'Europe/London',
			expected: 'Fri 15 Aug 2025, 09:00 – Sat 16 Aug 2025, 09:00, London time (GMT+1)'
		}
	];
	for (const c of cases) {
		it(`formatSpanInZone() formats ${c.name}`, () =>
			expect(formatSpanInZone(c.span, c.zone, c.instant)).toBe(c.expected));
	}
});

describe('zoneLabelOver()', () => {
	const cases: { name: string; zone: string; from: number; to: number; expected: string }[] = [
		{
			name: 'one offset when none changes',
			zone: 'Europe/Moscow',
			from: Date.UTC(2025, 7, 15),
			to: Date.UTC(2025, 7, 16),
			expected: 'Moscow time (GMT+3)'
		},
		{
			name: 'each offset in force over a month in Budapest',
			zone: 'Europe/Budapest',
			from: Date.UTC(2025, 8, 30, 22),
			to: Date.UTC(2025, 9, 31, 23),
			expected: 'Budapest time (GMT+2, GMT+1 from 26 Oct)'
		},
		{
			name: 'the change in Auckland, on its local date',
			zone: 'Pacific/Auckland',
			from: Date.UTC(2025, 8, 20),
			to: Date.UTC(2025, 8, 30),
			expected: 'Auckland time (GMT+12, GMT+13 from 28 Sep)'
		},
		{
			name: 'UTC as UTC',
			zone: 'UTC',
			from: Date.UTC(2025, 0, 1),
			to: Date.UTC(2026, 0, 1),
			expected: 'UTC'
		}
	];
	for (const c of cases)
		it(`zoneLabelOver() gives ${c.name}`, () =>
			expect(zoneLabelOver(c.zone, c.from, c.to)).toBe(c.expected));
});

describe('formatEventDateWithZone() across an offset change', () => {
	it('formatEventDateWithZone() gives each end its own offset', () =>
		expect(
			formatEventDateWithZone({
				start: { value: '2025-10-01', precision: 'day' },
				end: { value: '2025-10-31', precision: 'day' },
				zone: 'Europe/Budapest',
				basis: 'test'
			})
		).toBe('Wed 1 Oct 2025 – Fri 31 Oct 2025, Budapest time (GMT+2, GMT+1 from 26 Oct)'));
});

describe('otherZoneText()', () => {
	const span = { start: Date.UTC(2025, 7, 19, 21), end: Date.UTC(2025, 7, 20, 21) };
	const cases = [
		{
			name: 'converts a time',
			event: { ...span, end: span.start + 3_600_000, timed: true },
			expected: '= Tue 19 Aug 2025, 21:00–22:00, UTC'
		},
		{
			name: 'leaves a whole day as it is',
			event: { ...span, timed: false },
			expected: 'A calendar date: the same in every zone, not converted'
		}
	];
	for (const c of cases)
		it(`otherZoneText() ${c.name}`, () => expect(otherZoneText(c.event, 'UTC')).toBe(c.expected));
});

describe('dates and zones in words in other languages', () => {
	afterEach(() => useLanguage('en'));
	/** Intl's text with plain spaces: runtimes differ in where they put thin and narrow ones. */
	const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
	const moscow = datesIn('Europe/Moscow');
	const summit = moscow(point('2025-08-15T11:26', 'minute', { approximate: true }), {
		end: point('2025-08-15T14:30', 'minute', { uncertain: true })
	});
	const cases: {
		name: string;
		call: () => string;
		en: string;
		fr: string;
		uk: string;
		de: string;
	}[] = [
		{
			name: 'formatPoint() of a part of the day',
			call: () => formatPoint(point('2025-08-16', 'part-of-day', { partOfDay: 'evening' })),
			en: 'Sat 16 Aug 2025, evening',
			fr: 'sam. 16 août 2025, soir',
			uk: 'сб, 16 серп. 2025 р., увечері',
			de: 'Sa., 16. Aug. 2025, abends'
		},
		{
			name: 'formatPoint() of a week, approximate',
			call: () => formatPoint(point('2025-W34', 'week', { approximate: true })),
			en: 'about week of Mon 18 Aug 2025',
			fr: 'vers semaine du lun. 18 août 2025',
			uk: 'приблизно тиждень з пн, 18 серп. 2025 р.',
			de: 'etwa Woche vom Mo., 18. Aug. 2025'
		},
		{
			name: 'formatPoint() of a month, uncertain',
			call: () => formatPoint(point('2025-10', 'month', { uncertain: true })),
			en: 'October 2025 (uncertain)',
			fr: 'octobre 2025 (à confirmer)',
			uk: 'жовтень 2025 р. (не підтверджено)',
			de: 'Oktober 2025 (unsicher)'
		},
		{
			name: 'formatPublished() of an unknown date',
			call: () => formatPublished(undefined),
			en: 'date not known',
			fr: 'date inconnue',
			uk: 'дата невідома',
			de: 'Datum unbekannt'
		},
		{
			name: 'formatEventDate() of a timed span',
			call: () => formatEventDate(summit),
			en: 'about Fri 15 Aug 2025, 11:26 – 14:30 (uncertain)',
			fr: 'vers ven. 15 août 2025, 11:26 – 14:30 (à confirmer)',
			uk: 'приблизно пт, 15 серп. 2025 р., 11:26 – 14:30 (не підтверджено)',
			de: 'etwa Fr., 15. Aug. 2025, 11:26 – 14:30 (unsicher)'
		},
		{
			name: 'formatEventDate() of one day within',
			call: () =>
				formatEventDate(
					moscow(point('2025-08-11', 'day'), { end: point('2025-08-14', 'day'), within: true })
				),
			en: 'sometime between Mon 11 Aug 2025 and Thu 14 Aug 2025',
			fr: 'un jour entre lun. 11 août 2025 et jeu. 14 août 2025',
			uk: 'десь між пн, 11 серп. 2025 р. і чт, 14 серп. 2025 р.',
			de: 'irgendwann zwischen Mo., 11. Aug. 2025 und Do., 14. Aug. 2025'
		},
		{
			name: 'formatEventDateWithZone() in Moscow',
			call: () => formatEventDateWithZone(moscow(point('2025-08-15T11:26', 'minute'))),
			en: 'Fri 15 Aug 2025, 11:26, Moscow time (GMT+3)',
			fr: 'ven. 15 août 2025, 11:26, heure normale de Moscou (UTC+3)',
			uk: 'пт, 15 серп. 2025 р., 11:26, за московським стандартним часом (UTC+3)',
			de: 'Fr., 15. Aug. 2025, 11:26, Moskauer Normalzeit (UTC+3)'
		},
		{
			name: 'zoneLabel() of New York',
			call: () => zoneLabel('America/New_York', Date.UTC(2025, 7, 15)),
			en: 'New York time (EDT)',
			fr: 'heure de l’Est nord-américain (UTC−4)',
			uk: 'за північноамериканським східним часом (UTC−4)',
			de: 'Nordamerikanische Ostküstenzeit (UTC−4)'
		},
		{
			name: 'zoneLabel() of Tokyo',
			call: () => zoneLabel('Asia/Tokyo', Date.UTC(2025, 7, 15)),
			en: 'Tokyo time (GMT+9)',
			fr: 'heure normale du Japon (UTC+9)',
			uk: 'за японським стандартним часом (UTC+9)',
			de: 'Japanische Normalzeit (UTC+9)'
		},
		{
			name: 'zoneLabel() of UTC',
			call: () => zoneLabel('UTC', 0),
			en: 'UTC',
			fr: 'UTC',
			uk: 'UTC',
			de: 'UTC'
		},
		{
			name: "zoneLabel() of the reader's clock",
			call: () => zoneLabel(READER_CLOCK, Date.UTC(2025, 7, 15)),
			en: 'Your clock (UTC)',
			fr: 'Votre horloge (UTC)',
			uk: 'Ваш годинник (UTC)',
			de: 'Ihre Uhr (UTC)'
		},
		{
			name: 'zoneLabelOver() of Kyiv across the October change',
			call: () => zoneLabelOver('Europe/Kyiv', Date.UTC(2025, 9, 20), Date.UTC(2025, 10, 2)),
			en: 'Kyiv time (GMT+3, GMT+2 from 26 Oct)',
			fr: 'heure d’Europe de l’Est (UTC+3, UTC+2 à partir du 26 oct.)',
			uk: 'за східноєвропейським часом (UTC+3, UTC+2 з 26 жовт.)',
			de: 'Osteuropäische Zeit (UTC+3, UTC+2 ab 26. Okt.)'
		},
		{
			name: 'zoneTimeName() of Moscow',
			call: () => zoneTimeName('Europe/Moscow', Date.UTC(2025, 7, 15)),
			en: 'Moscow time',
			fr: 'heure normale de Moscou',
			uk: 'за московським стандартним часом',
			de: 'Moskauer Normalzeit'
		},
		{
			name: 'otherZoneText() of a calendar date',
			call: () => otherZoneText({ start: 0, end: 1, timed: false }, 'UTC'),
			en: 'A calendar date: the same in every zone, not converted',
			fr: 'Une date du calendrier : la même dans tous les fuseaux, non convertie',
			uk: 'Календарна дата: однакова в усіх часових поясах, не перераховується',
			de: 'Ein Kalenderdatum: in jeder Zeitzone dasselbe, nicht umgerechnet'
		}
	];
	for (const c of cases) {
		for (const lang of ['en', 'fr', 'uk', 'de'] as const) {
			it(`${c.name} in ${lang} is "${c[lang]}"`, () => {
				useLanguage(lang);
				const text = c.call();
				expect(lang === 'en' ? text : plain(text)).toBe(c[lang]);
			});
		}
	}

	it('formatEventDateWithZone() words the same date again in another language', () => {
		const date = moscow(point('2025-08-16', 'day'));
		expect(formatEventDateWithZone(date)).toBe('Sat 16 Aug 2025, Moscow time (GMT+3)');
		useLanguage('fr');
		expect(formatEventDateWithZone(date)).toBe(
			'sam. 16 août 2025, heure normale de Moscou (UTC+3)'
		);
	});

	it('partOfDayText() and timeOfDay() name the part of the day', () => {
		useLanguage('uk');
		expect(partOfDayText('morning')).toBe('зранку');
		expect(timeOfDay(point('2025-08-16', 'part-of-day', { partOfDay: 'night' }))).toBe('уночі');
	});
});
