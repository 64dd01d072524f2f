import { describe, expect, it } from 'vitest';
import { describe as cut, metaTags, pageMeta } from './page-meta';
import { SERVED } from '$lib/page-meta';

const page = {
	title: 'Talks <in> "Geneva" & after',
	description: 'A summary.',
	canonical: 'https://example.org/t/events/e/',
	type: 'article' as const,
	image: { url: 'https://example.org/t/events/e/og.png', alt: 'Preview card of an event: talks' }
};

/** The tags' names and contents, read back as a crawler would. */
function read(html: string): [string, string][] {
	return [
		...html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)" data-served>/g)
	].map((m) => [
		m[1] as string,
		(m[2] as string)
			.replaceAll('&quot;', '"')
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&amp;', '&')
	]);
}

describe('pageMeta()', () => {
	it('pageMeta() keeps the whole head in locals and gives the page its title and address', () => {
		const locals: App.Locals = {};
		expect(pageMeta(locals, page)).toEqual({ title: page.title, canonical: page.canonical });
		expect(locals.meta).toMatchObject({
			title: page.title,
			description: 'A summary.',
			image: page.image.url,
			imageAlt: page.image.alt,
			type: 'article'
		});
		expect(locals.meta?.jsonLd).toBeUndefined();
	});
});

describe('metaTags()', () => {
	it('metaTags() writes nothing for a page without a head of its own', () => {
		expect(metaTags(undefined)).toBe('');
	});

	it('metaTags() writes each tag once, escaped, with the X card reading Open Graph', () => {
		const locals: App.Locals = {};
		pageMeta(locals, { ...page, jsonLd: '{"@type":"Event","name":"a \\u003c/script>"}' });
		const html = metaTags(locals.meta);
		expect(read(html)).toEqual([
			['description', 'A summary.'],
			['og:type', 'article'],
			['og:site_name', 'Diplomatic timelines'],
			['og:title', page.title],
			['og:description', 'A summary.'],
			['og:url', page.canonical],
			['og:image', page.image.url],
			['og:image:width', '1200'],
			['og:image:height', '630'],
			['og:image:alt', page.image.alt],
			['twitter:card', 'summary_large_image'],
			['twitter:image:alt', page.image.alt]
		]);
		expect(html).not.toContain('<in>');
		// every tag carries the mark by which the app takes them out (dropServedHead)
		expect(html.match(/<(meta|script) /g)?.length).toBe(13);
		expect(html.match(new RegExp(` ${SERVED}>`, 'g'))?.length).toBe(13);
		expect(
			html.match(/<script type="application\/ld\+json" data-served>(.*?)<\/script>/)?.[1]
		).toBe('{"@type":"Event","name":"a \\u003c/script>"}');
	});
});

describe('describe()', () => {
	const cases: { text: string; max: number; expected: string }[] = [
		{ text: 'short', max: 300, expected: 'short' },
		{ text: 'one two three four', max: 12, expected: 'one two…' }
	];
	for (const c of cases)
		it(`describe() cuts ${JSON.stringify(c.text)} to ${c.max}`, () => {
			expect(cut(c.text, c.max)).toBe(c.expected);
		});
});
