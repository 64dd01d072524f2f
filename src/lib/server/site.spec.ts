import { describe, expect, it } from 'vitest';
import { absoluteUrl, siteUrl } from './site';

describe('siteUrl()', () => {
	const cases: { name: string; env: Record<string, string>; expected: string }[] = [
		{ name: 'the default when unset', env: {}, expected: 'http://localhost:4173' },
		{
			name: 'an origin',
			env: { SITE_URL: 'https://example.org' },
			expected: 'https://example.org'
		},
		{
			name: 'an origin with a trailing slash',
			env: { SITE_URL: 'https://example.org/' },
			expected: 'https://example.org'
		},
		{
			name: 'an origin with a path',
			env: { SITE_URL: 'https://example.org/news/' },
			expected: 'https://example.org/news'
		},
		{
			name: 'an origin in capitals',
			env: { SITE_URL: 'https://Example.ORG' },
			expected: 'https://example.org'
		}
	];
	for (const c of cases)
		it(`siteUrl() reads ${c.name}`, () => expect(siteUrl(c.env)).toBe(c.expected));

	const bad = ['example.org', 'ftp://example.org', 'https://example.org/?a=1'];
	for (const SITE_URL of bad) {
		it(`siteUrl() rejects "${SITE_URL}" with a message naming SITE_URL`, () =>
			expect(() => siteUrl({ SITE_URL })).toThrow(/SITE_URL/));
	}
});

describe('absoluteUrl()', () => {
	const cases: { name: string; path: string; env: Record<string, string>; expected: string }[] = [
		{
			name: 'a path at the root',
			path: '/t/events/e/',
			env: {},
			expected: 'http://localhost:4173/t/events/e/'
		},
		{
			name: 'a path under a base path',
			path: '/t/',
			env: { SITE_URL: 'https://example.org', BASE_PATH: '/timeline' },
			expected: 'https://example.org/timeline/t/'
		},
		{
			name: 'a path without its leading slash',
			path: 'og.png',
			env: { SITE_URL: 'https://example.org' },
			expected: 'https://example.org/og.png'
		}
	];
	for (const c of cases)
		it(`absoluteUrl() joins ${c.name}`, () => expect(absoluteUrl(c.path, c.env)).toBe(c.expected));
});
