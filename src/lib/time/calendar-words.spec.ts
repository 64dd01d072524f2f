import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
	clockText,
	dateText,
	dayMonthText,
	longDateText,
	longDayText,
	monthText,
	shortDayText,
	shortMonthName,
	shortMonthText,
	twoDigits,
	yearText
} from './calendar-words';

const at = (iso: string) => new Date(`${iso}Z`);

describe('calendar words', () => {
	const cases = [
		{ call: shortDayText, date: '2025-08-15T11:26', expected: 'Fri 15 Aug 2025' },
		{ call: shortDayText, date: '2025-09-01T00:00', expected: 'Mon 1 Sep 2025' },
		{ call: longDayText, date: '2025-08-16T23:59', expected: 'Saturday 16 August 2025' },
		{ call: dateText, date: '2025-12-31T12:00', expected: '31 Dec 2025' },
		{ call: longDateText, date: '2025-08-04T12:00', expected: '4 August 2025' },
		{ call: dayMonthText, date: '2025-08-04T12:00', expected: '4 Aug' },
		{ call: shortMonthName, date: '2025-09-30T23:59', expected: 'Sep' },
		{ call: shortMonthText, date: '2025-09-30T23:59', expected: 'Sep 2025' },
		{ call: monthText, date: '2025-10-01T00:00', expected: 'October 2025' },
		{ call: yearText, date: '0987-01-01T00:00', expected: '0987' },
		{ call: clockText, date: '2025-08-15T07:05', expected: '07:05' }
	];
	for (const c of cases) {
		it(`${c.call.name}() of ${c.date} is "${c.expected}"`, () =>
			expect(c.call(at(c.date))).toBe(c.expected));
	}

	it('twoDigits() pads to two digits', () => {
		expect([0, 7, 10, 23].map(twoDigits)).toEqual(['00', '07', '10', '23']);
	});

	// the build words the same dates with date-fns: both must agree on every day
	const patterns = [
		{ call: shortDayText, pattern: 'EEE d MMM yyyy' },
		{ call: longDayText, pattern: 'EEEE d MMMM yyyy' },
		{ call: dateText, pattern: 'd MMM yyyy' },
		{ call: longDateText, pattern: 'd MMMM yyyy' },
		{ call: dayMonthText, pattern: 'd MMM' },
		{ call: shortMonthName, pattern: 'MMM' },
		{ call: shortMonthText, pattern: 'MMM yyyy' },
		{ call: monthText, pattern: 'MMMM yyyy' },
		{ call: clockText, pattern: 'HH:mm' }
	];
	for (const { call, pattern } of patterns) {
		it(`${call.name}() agrees with date-fns "${pattern}" on every day of 2024 and 2025`, () => {
			for (let t = Date.UTC(2024, 0, 1, 5, 7); t < Date.UTC(2026, 0, 1); t += 86_400_000) {
				expect(call(new Date(t))).toBe(format(new UTCDate(t), pattern));
			}
		});
	}
});
