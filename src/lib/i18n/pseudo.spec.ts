import { describe, expect, it } from 'vitest';
import { pseudoMessage, pseudoText } from './pseudo';

describe('pseudoText()', () => {
	it.each([
		{ text: 'Close', expected: 'Çlöšé ẋẋ' },
		{ text: '{count} of {total} events', expected: '{count} öf {total} évéñtš ẋẋẋ' },
		{ text: '{name}', expected: '{name}' },
		{ text: '–', expected: '–' },
		{ text: 'Skip to content', expected: 'Škíp tö çöñtéñt ẋẋẋẋẋ' }
	])('$text', ({ text, expected }) => {
		expect(pseudoText(text)).toBe(expected);
	});

	it('makes a message about 40% longer', () => {
		const text = 'Everything Russia said after the summit';
		expect(pseudoText(text).length / text.length).toBeGreaterThan(1.25);
	});
});

describe('pseudoMessage()', () => {
	it('changes every variant and keeps the selectors', () => {
		const message = [
			{
				declarations: ['input count', 'local countPlural = count: plural'],
				selectors: ['countPlural'],
				match: { 'countPlural=one': '{count} event', 'countPlural=other': '{count} events' }
			}
		];
		expect(pseudoMessage(message)).toEqual([
			{
				...message[0],
				match: { 'countPlural=one': '{count} évéñt ẋẋ', 'countPlural=other': '{count} évéñtš ẋẋ' }
			}
		]);
	});
});
