import { describe, expect, it } from 'vitest';
import type { EventDate } from '$lib/data/schema';
import { describePrecision, sentence } from './words';

const zone = 'UTC';
const basis = 'test';

describe('describePrecision()', () => {
	const cases: { name: string; date: EventDate; expected: string }[] = [
		{
			name: 'a single minute',
			date: { start: { value: '2025-08-15T11:26', precision: 'minute' }, zone, basis },
			expected: 'to the minute'
		},
		{
			name: 'an uncertain day',
			date: { start: { value: '2025-08-16', precision: 'day', uncertain: true }, zone, basis },
			expected: 'to the day, uncertain'
		},
		{
			name: 'a range with the same precision at both ends',
			date: {
				start: { value: '2025-08-11', precision: 'day' },
				end: { value: '2025-08-14', precision: 'day' },
				zone,
				basis
			},
			expected: 'to the day'
		},
		{
			name: 'a range with an approximate end',
			date: {
				start: { value: '2025-08-15T11:26', precision: 'minute' },
				end: { value: '2025-08-15T14:30', precision: 'minute', approximate: true },
				zone,
				basis
			},
			expected: 'start to the minute; end to the minute, approximate'
		},
		{
			name: 'one moment within a range',
			date: {
				start: { value: '2025-08-11', precision: 'day' },
				end: { value: '2025-08', precision: 'month' },
				within: true,
				zone,
				basis
			},
			expected: 'a single moment somewhere in the range; start to the day; end to the month'
		}
	];
	for (const c of cases) {
		it(`describePrecision() words ${c.name}`, () =>
			expect(describePrecision(c.date)).toBe(c.expected));
	}
});

describe('sentence()', () => {
	const cases: { name: string; text: string; expected: string }[] = [
		{ name: 'adds a full stop', text: 'Anchorage', expected: 'Anchorage.' },
		{
			name: 'keeps the full stop of an abbreviation',
			text: 'The White House, Washington, D.C.',
			expected: 'The White House, Washington, D.C.'
		},
		{ name: 'keeps a question mark', text: 'Peace in our time?', expected: 'Peace in our time?' },
		{ name: 'keeps an exclamation mark', text: 'Deal!', expected: 'Deal!' },
		{ name: 'keeps an ellipsis character', text: 'and then…', expected: 'and then…' },
		{ name: 'keeps three dots', text: 'and then...', expected: 'and then...' },
		{
			name: 'looks past a closing quotation mark',
			text: 'He said “we are close.”',
			expected: 'He said “we are close.”'
		},
		{ name: 'ignores trailing spaces', text: 'Moscow  ', expected: 'Moscow.' },
		{ name: 'ends a text that ends in a bracket', text: 'Alaska (USA)', expected: 'Alaska (USA).' }
	];
	for (const c of cases) {
		it(`sentence() ${c.name}`, () => expect(sentence(c.text)).toBe(c.expected));
	}
});
