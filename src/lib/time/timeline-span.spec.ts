import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import type { DatePoint, EventDate } from '$lib/data/schema';
import { spanText, timelineSpan } from './timeline-span';

const at = (value: string, precision: DatePoint['precision'], zone: string, end?: DatePoint) => ({
	date: { start: { value, precision }, ...(end ? { end } : {}), zone, basis: 'test' } as EventDate
});

describe('timelineSpan()', () => {
	const cases: { name: string; events: { date: EventDate }[]; expected: [string, string] }[] = [
		{
			name: 'ends on the last local day in Los Angeles, not the UTC day after',
			events: [
				at('2025-08-16T11:00', 'minute', 'Europe/Moscow'),
				at('2025-10-31T20:00', 'minute', 'America/Los_Angeles')
			],
			expected: ['2025-08-16', '2025-10-31']
		},
		{
			name: 'starts on the local day in Auckland, not the UTC day before',
			events: [at('2025-08-16T08:00', 'minute', 'Pacific/Auckland')],
			expected: ['2025-08-16', '2025-08-16']
		},
		{
			name: 'ends with the last day of a month-long event',
			events: [
				at('2025-08-19', 'day', 'UTC'),
				at('2025-10', 'month', 'Europe/Budapest'),
				at('2025-08-20', 'day', 'UTC', { value: '2025-09-02', precision: 'day' })
			],
			expected: ['2025-08-19', '2025-10-31']
		}
	];
	for (const c of cases)
		it(`timelineSpan() ${c.name}`, () =>
			expect(timelineSpan({ events: c.events } as never)).toEqual({
				first: c.expected[0],
				last: c.expected[1]
			}));
});

describe('spanText()', () => {
	const cases = [
		{ span: { first: '2025-08-16', last: '2025-10-31' }, expected: '16 Aug 2025 – 31 Oct 2025' },
		{ span: { first: '2024-02-29', last: '2024-02-29' }, expected: '29 Feb 2024' },
		{ span: { first: '', last: '' }, expected: '' }
	];
	for (const c of cases)
		it(`spanText() gives "${c.expected}"`, () => expect(spanText(c.span)).toBe(c.expected));
});

describe('spanText() in other languages', () => {
	afterEach(() => useLanguage('en'));
	/** Intl's text with plain spaces: runtimes differ in where they put thin and narrow ones. */
	const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');
	const cases = [
		{
			span: { first: '2025-08-16', last: '2025-10-31' },
			fr: '16 août – 31 oct. 2025',
			uk: '16 серп. – 31 жовт. 2025 р.',
			de: '16. Aug. – 31. Okt. 2025'
		},
		{
			span: { first: '2024-12-30', last: '2025-01-02' },
			fr: '30 déc. 2024 – 2 janv. 2025',
			uk: '30 груд. 2024 – 2 січ. 2025 рр.',
			de: '30. Dez. 2024 – 2. Jan. 2025'
		},
		{
			span: { first: '2024-02-29', last: '2024-02-29' },
			fr: '29 févr. 2024',
			uk: '29 лют. 2024 р.',
			de: '29. Feb. 2024'
		}
	];
	for (const c of cases) {
		for (const lang of ['fr', 'uk', 'de'] as const) {
			it(`spanText() of ${c.span.first}..${c.span.last} in ${lang} is "${c[lang]}"`, () => {
				useLanguage(lang);
				expect(plain(spanText(c.span))).toBe(c[lang]);
			});
		}
	}
});
