import { describe, expect, it } from 'vitest';
import { eventUrl, siteRoot } from './urls';

describe('siteRoot()', () => {
	const cases: { url: string; base?: string; expected: string }[] = [
		{ url: 'http://localhost:4173', expected: 'http://localhost:4173' },
		{ url: 'https://example.org/', base: '/timeline', expected: 'https://example.org/timeline' },
		{ url: 'https://example.org/news/', base: '/tl', expected: 'https://example.org/news/tl' },
		{ url: 'https://Example.ORG', expected: 'https://example.org' }
	];
	for (const c of cases) {
		it(`siteRoot() joins ${c.url} and "${c.base ?? ''}"`, () =>
			expect(siteRoot(c.url, c.base)).toBe(c.expected));
	}
	for (const bad of ['example.org', 'ftp://example.org', 'https://example.org/?a=1']) {
		it(`siteRoot() refuses "${bad}"`, () => expect(() => siteRoot(bad)).toThrow(/SITE_URL/));
	}
});

describe('eventUrl()', () => {
	it('eventUrl() gives the permalink with a trailing slash', () =>
		expect(eventUrl('https://example.org/timeline', 'alaska', 'summit')).toBe(
			'https://example.org/timeline/alaska/events/summit/'
		));
});
