import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncateToWidth } from './text-width';

describe('estimateTextWidth()', () => {
	const cases = [
		{ text: '', expected: 0 },
		{ text: 'iii', expected: 12 },
		{ text: 'WWW', expected: 33 },
		{ text: 'Trump', size: 10, expected: 33 },
		// full-width scripts take a whole em a character; others the average letter's
		{ text: '首脳会談', expected: 48 },
		{ text: 'トランプ', expected: 48 },
		{ text: '정상회담', expected: 48 },
		{ text: 'Ｇ７', expected: 24 },
		{ text: 'قمة', expected: 21 },
		{ text: 'Саміт', expected: 34 }
	];
	for (const c of cases) {
		it(`estimateTextWidth() of "${c.text}" is ${c.expected}`, () =>
			expect(estimateTextWidth(c.text, c.size)).toBe(c.expected));
	}
});

describe('truncateToWidth()', () => {
	const measure = (t: string) => t.length * 10;
	const cases = [
		{
			name: 'keeps text that fits',
			text: 'Trump meets Putin',
			max: 200,
			expected: 'Trump meets Putin'
		},
		{
			name: 'cuts at a word, with an ellipsis',
			text: 'Trump meets Putin',
			max: 150,
			expected: 'Trump meets…'
		},
		{
			name: 'cuts inside a word when no space is near',
			text: 'Zelenskyy-visit',
			max: 100,
			expected: 'Zelenskyy…'
		},
		{ name: 'gives up below six characters', text: 'Trump meets Putin', max: 50, expected: '' }
	];
	for (const c of cases) {
		it(`truncateToWidth() ${c.name}`, () =>
			expect(truncateToWidth(c.text, c.max, measure)).toBe(c.expected));
	}
});
