import { describe, expect, it } from 'vitest';
import { asciiJson, dataFile } from './data-file';

describe('asciiJson()', () => {
	const cases = [
		{ name: 'plain ASCII unchanged', value: { a: 'Alaska', n: 15 }, text: '{"a":"Alaska","n":15}' },
		{ name: 'an en dash', value: ['15–18 Aug'], text: '["15\\u201318 Aug"]' },
		{ name: 'letters beyond ASCII', value: 'Türkiye', text: '"T\\u00fcrkiye"' },
		{ name: 'DEL, the last code below 128', value: '\u007f', text: '"\\u007f"' },
		{ name: 'a character outside the BMP', value: '🇺🇦', text: '"\\ud83c\\uddfa\\ud83c\\udde6"' },
		{ name: 'line separators', value: 'a\u2028b', text: '"a\\u2028b"' }
	];
	for (const c of cases) {
		it(`asciiJson() escapes ${c.name}`, () => {
			const text = asciiJson(c.value);
			expect(text).toBe(c.text);
			expect([...text].every((ch) => ch.charCodeAt(0) < 0x7f)).toBe(true);
			expect(JSON.parse(text)).toEqual(c.value);
		});
	}
});

describe('dataFile()', () => {
	it('dataFile() answers with JSON that reads back the same', async () => {
		const res = dataFile({ title: 'Trump–Putin summit' });
		expect(res.headers.get('content-type')).toBe('application/json');
		expect(await res.json()).toEqual({ title: 'Trump–Putin summit' });
	});
});
