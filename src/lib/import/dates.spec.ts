import { describe, expect, it } from 'vitest';
import { parseClock, readDate } from './dates';
import type { DateIn, Field } from './read';

describe('parseClock()', () => {
	it.each([
		['22:00', { hour: 22, minute: 0 }],
		['10:00 PM', { hour: 22, minute: 0 }],
		['10:00 pm', { hour: 22, minute: 0 }],
		['10 p.m.', { hour: 22 }],
		['10 PM', { hour: 22 }],
		['12:15 AM', { hour: 0, minute: 15 }],
		['12:15 PM', { hour: 12, minute: 15 }],
		['2200', { hour: 22, minute: 0 }],
		['930', { hour: 9, minute: 30 }],
		['10.30', { hour: 10, minute: 30 }],
		['7', { hour: 7 }],
		['22:00:15', { hour: 22, minute: 0, second: 15 }],
		['22:00:15.5', { hour: 22, minute: 0, second: 15, millisecond: 500 }]
	])('%s', (text, clock) => {
		expect(parseClock(text)).toEqual(clock);
	});

	it.each([
		['', 'is not a time'],
		['noon', 'is not a time'],
		['25:00', 'hour 25 does not exist'],
		['13 PM', 'hour 13 does not exist before AM or PM'],
		['10:75', 'minute 75 does not exist'],
		['10:5', 'is not a time'],
		['1:2:3:4', 'is not a time']
	])('refuses %j', (text, message) => {
		expect(parseClock(text)).toContain(message);
	});
});

const f = (field: string, value: string, column = 1): Field => ({ field, value, line: 2, column });

/** A spreadsheet date: Year, Month, Day, Time cells. */
function cells(year?: string, month?: string, day?: string, time?: string): DateIn {
	return {
		year: year ? f('Year', year, 1) : undefined,
		month: month ? f('Month', month, 6) : undefined,
		day: day ? f('Day', day, 9) : undefined,
		time: time ? f('Time', time, 12) : undefined
	};
}

describe('readDate()', () => {
	it.each([
		['a year alone is a year', cells('2025'), { value: '2025', precision: 'year' }],
		['a month and year a month', cells('2025', '8'), { value: '2025-08', precision: 'month' }],
		['a day a day', cells('2025', '8', '15'), { value: '2025-08-15', precision: 'day' }],
		[
			'a time with minutes a minute',
			cells('2025', '8', '15', '10:26 PM'),
			{ value: '2025-08-15T22:26', precision: 'minute' }
		],
		[
			'an hour alone an hour',
			cells('2025', '8', '15', '10 PM'),
			{ value: '2025-08-15T22', precision: 'hour' }
		],
		[
			'spaces and thousands commas, as TimelineJS reads them',
			cells(' 2,025 ', '08', '01'),
			{ value: '2025-08-01', precision: 'day' }
		],
		[
			'JSON parts, as numbers or strings',
			{
				year: f('start_date.year', '2025'),
				month: f('start_date.month', '8'),
				day: f('start_date.day', '15'),
				hour: f('start_date.hour', '9'),
				minute: f('start_date.minute', '5')
			},
			{ value: '2025-08-15T09:05', precision: 'minute' }
		],
		[
			'a JSON hour without minutes',
			{
				year: f('start_date.year', '2025'),
				month: f('start_date.month', '8'),
				day: f('start_date.day', '15'),
				hour: f('start_date.hour', '14')
			},
			{ value: '2025-08-15T14', precision: 'hour' }
		]
	])('%s', (_, date, point) => {
		const read = readDate(date, 'start');
		expect(read.problems).toEqual([]);
		expect(read.point).toEqual(point);
	});

	it('gives nothing, and no problem, for an empty date', () => {
		expect(readDate(cells(), 'end')).toEqual({ used: [], dropped: [], problems: [] });
		expect(readDate(undefined, 'end').point).toBeUndefined();
	});

	it('keeps seconds out, and says which field had them', () => {
		const read = readDate(cells('2025', '8', '15', '22:00:15'), 'start');
		expect(read.point).toEqual({ value: '2025-08-15T22:00', precision: 'minute' });
		expect(read.dropped.map((d) => d.field)).toEqual(['Time']);
	});

	it.each([
		[
			'31 February',
			cells('2025', '2', '31'),
			'Day',
			9,
			'31 February 2025 does not exist; expected a day from 1 to 28'
		],
		[
			'29 February of a common year',
			cells('2023', '2', '29'),
			'Day',
			9,
			'29 February 2023 does not exist'
		],
		['day 0', cells('2025', '2', '0'), 'Day', 9, '0 February 2025 does not exist'],
		['month 13', cells('2025', '13'), 'Month', 6, 'month 13 does not exist; expected 1 to 12'],
		['a word for a year', cells('MMXXV'), 'Year', 1, '"MMXXV" is not a whole number'],
		[
			'a BCE year',
			cells('-44'),
			'Year',
			1,
			"year -44 (44 BCE) is outside the years this project's dates hold; expected a year from 1800 to 2200"
		],
		['a year before 1800', cells('1492', '10', '12'), 'Year', 1, 'year 1492 is outside'],
		['a month without a year', cells(undefined, '8'), 'Month', 6, 'is given without a year'],
		['a day without a month', cells('2025', undefined, '15'), 'Day', 9, 'is given without a month'],
		[
			'a time without a day',
			cells('2025', '8', undefined, '10:00'),
			'Time',
			12,
			'is a time without a day'
		],
		['a time that is not one', cells('2025', '8', '15', 'noon'), 'Time', 12, '"noon" is not a time']
	])('locates %s', (_, date, field, column, message) => {
		const read = readDate(date, 'start');
		expect(read.point).toBeUndefined();
		expect(read.problems).toHaveLength(1);
		expect(read.problems[0]?.at).toMatchObject({ field, line: 2, column });
		expect(read.problems[0]?.message).toContain(message);
	});
});
