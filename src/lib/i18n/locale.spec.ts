import { describe, expect, it } from 'vitest';
import { textDirection } from './locale';

describe('textDirection', () => {
	it.each([
		['en', 'ltr'],
		['uk', 'ltr'],
		['ar', 'rtl'],
		['ar-EG', 'rtl'],
		['he', 'rtl'],
		['fa-IR', 'rtl'],
		['HE-il', 'rtl']
	] as const)('%s reads %s', (tag, direction) => {
		expect(textDirection(tag)).toBe(direction);
	});
});
