import { describe, expect, it } from 'vitest';
import { textDirection, writingDirection } from './locale';

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

describe('writingDirection', () => {
	it.each([
		['Trump and Putin meet in Alaska', 'ltr'],
		['Зустріч у Стамбулі', 'ltr'],
		['トランプ氏とプーチン氏が会談', 'ltr'],
		['ترامب وبوتين يلتقيان في ألاسكا', 'rtl'],
		['פגישה בוושינגטון', 'rtl'],
		// the first letter decides, as in the browser: numbers and marks before it do not
		['15 أغسطس: قمة', 'rtl'],
		['«ترامب» meets Putin', 'rtl'],
		['G7 يجتمع', 'ltr'],
		['2025–08–15', 'ltr'],
		['', 'ltr']
	] as const)('%s reads %s', (text, direction) => {
		expect(writingDirection(text)).toBe(direction);
	});
});
