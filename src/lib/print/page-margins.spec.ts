import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import { cssString, pageCounterCss, pageMarginsCss } from './page-margins';

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

describe('pageCounterCss()', () => {
	afterEach(() => useLanguage('en'));
	const cases: { lang: string; expected: string }[] = [
		{ lang: 'en', expected: '"Page " counter(page) " of " counter(pages)' },
		{ lang: 'fr', expected: '"Page " counter(page) " sur " counter(pages)' },
		{ lang: 'uk', expected: '"Сторінка " counter(page) " з " counter(pages)' },
		{ lang: 'de', expected: '"Seite " counter(page) " von " counter(pages)' }
	];
	for (const c of cases) {
		it(`pageCounterCss() writes the page count in ${c.lang}`, () => {
			useLanguage(c.lang);
			expect(pageCounterCss()).toBe(c.expected);
		});
	}
});

describe('pageMarginsCss() in other languages', () => {
	afterEach(() => useLanguage('en'));
	const cases: { lang: string; top: string; page: string }[] = [
		{ lang: 'fr', top: '"Synthèse · faits vérifiés au 31 octobre 2025"', page: '" sur "' },
		{ lang: 'uk', top: '"Довідка · факти станом на 31 жовтня 2025 р."', page: '" з "' },
		{ lang: 'de', top: '"Briefing · Faktenstand: 31. Oktober 2025"', page: '" von "' }
	];
	const asOf = { fr: '31 octobre 2025', uk: '31 жовтня 2025 р.', de: '31. Oktober 2025' };
	for (const c of cases) {
		it(`pageMarginsCss() writes the margins in ${c.lang}, the title and address as they are`, () => {
			useLanguage(c.lang);
			const css = pageMarginsCss({
				title: 'T',
				asOf: asOf[c.lang as keyof typeof asOf],
				url: 'https://x.org/t/'
			});
			expect(css).toContain(c.top);
			expect(css).toContain(c.page);
			expect(css).toContain('@top-left { content: "T";');
			expect(css).toContain('@bottom-left { content: "https://x.org/t/";');
		});
	}
});
