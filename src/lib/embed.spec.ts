import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import { embedPath, embedSnippet, oembedJson, oembedPath } from './embed';

describe('embedPath', () => {
	it.each([
		['t', '', undefined, '/t/embed/'],
		['t', '', 'e1', '/t/embed/?event=e1'],
		['t', '?kind=call', undefined, '/t/embed/?kind=call'],
		['t', '?kind=call&event=old', 'e2', '/t/embed/?kind=call&event=e2'],
		['t', 'q=a+b', undefined, '/t/embed/?q=a+b'],
		['t', '?event=old', undefined, '/t/embed/']
	])('embedPath(%s, %s, %s) is %s', (timeline, query, event, expected) => {
		expect(embedPath(timeline, query, event)).toBe(expected);
	});
});

describe('oembedPath', () => {
	it.each([
		['t', undefined, '/t/oembed.json'],
		['t', 'e', '/t/events/e/oembed.json']
	])('oembedPath(%s, %s) is %s', (timeline, event, expected) => {
		expect(oembedPath(timeline, event)).toBe(expected);
	});
});

describe('embedSnippet', () => {
	const siteRoot = 'https://example.org/timeline';

	it('names the frame, loads it lazily, selects the event and adds the script', () => {
		const html = embedSnippet({ siteRoot, timelineId: 't', title: 'A summit', eventId: 'e1' });
		expect(html).toContain(
			'<iframe src="https://example.org/timeline/t/embed/?event=e1" title="Timeline: A summit" loading="lazy"'
		);
		expect(html).toContain(
			'<div data-timeline-embed="https://example.org/timeline/t/embed/?event=e1">'
		);
		expect(html).toContain('<script src="https://example.org/timeline/embed.js" async></script>');
	});

	it.each([
		['"><script>alert(1)</script>', '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
		['Talks & "terms"', 'Talks &amp; &quot;terms&quot;']
	])('escapes the title %s', (title, escaped) => {
		const html = embedSnippet({ siteRoot, timelineId: 't', title });
		expect(html).toContain(`title="Timeline: ${escaped}"`);
		expect(html).not.toContain(title);
	});

	it('escapes the query', () => {
		const html = embedSnippet({ siteRoot, timelineId: 't', title: 'x', query: '?q="><b>' });
		expect(html).toContain('/t/embed/?q=%22%3E%3Cb%3E"');
	});
});

describe('oembedJson', () => {
	it('is a rich oEmbed of version 1.0 whose html is the snippet', () => {
		const input = { siteRoot: 'https://e.org', timelineId: 't', title: 'T', eventId: 'e' };
		const json = oembedJson({ ...input, providerName: 'P' });
		expect(json).toEqual({
			type: 'rich',
			version: '1.0',
			title: 'T',
			provider_name: 'P',
			provider_url: 'https://e.org/',
			html: embedSnippet(input),
			width: 800,
			height: 600
		});
	});
});

describe("embedSnippet() in the page's language", () => {
	afterEach(() => useLanguage('en'));
	it.each([
		['en', 'title="Timeline: A summit"'],
		['fr', 'title="Chronologie\u00a0: A summit"'],
		['uk', 'title="Хронологія: A summit"'],
		['de-AT', 'title="Zeitleiste: A summit"']
	])('embedSnippet() in %s names the frame %s', (language, expected) => {
		useLanguage(language);
		const html = embedSnippet({
			siteRoot: 'https://example.org',
			timelineId: 't',
			title: 'A summit'
		});
		expect(html).toContain(expected);
	});
});
