import { describe, expect, it } from 'vitest';
import { cssString, pageMarginsCss } from './page-margins';

describe('cssString()', () => {
	const cases = [
		{ text: 'plain', expected: '"plain"' },
		{ text: 'say "hi"', expected: '"say \\"hi\\""' },
		{ text: 'back\\slash', expected: '"back\\\\slash"' },
		{ text: '</style><script>', expected: '"\\3c /style>\\3c script>"' },
		{ text: 'two\nlines', expected: '"two\\A lines"' }
	];
	for (const c of cases) {
		it(`cssString() quotes ${JSON.stringify(c.text)}`, () =>
			expect(cssString(c.text)).toBe(c.expected));
	}
});

describe('pageMarginsCss()', () => {
	it('pageMarginsCss() puts the title, as-of date, address and page count in the margins', () => {
		const css = pageMarginsCss({ title: 'T', asOf: '31 October 2025', url: 'https://x.org/t/' });
		expect(css).toContain('@top-left { content: "T";');
		expect(css).toContain('"Briefing · facts as of 31 October 2025"');
		expect(css).toContain('@bottom-left { content: "https://x.org/t/";');
		expect(css).toContain('counter(page) " of " counter(pages)');
	});
});
