import { describe, expect, it } from 'vitest';
import { htmlToText, isWebUrl } from './html';

describe('htmlToText()', () => {
	it.each([
		['plain words', 'Talks end', 'Talks end'],
		['paragraphs stay apart', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
		['a line break', 'One<br>Two', 'One\nTwo'],
		['entities are decoded once', 'A &amp; B &lt;b&gt; &eacute; &#x41;', 'A & B <b> é A'],
		['spaces collapse', '  A \n\t  B  ', 'A B'],
		['inline markup goes, its words stay', '<b>Bold</b> and <em>em</em>', 'Bold and em'],
		['a script loses its content', 'A<script>alert(1)</script>B', 'AB'],
		['a style loses its content', '<style>p{color:red}</style>Text', 'Text'],
		['an iframe loses its content', 'A<iframe src="https://x.org">x</iframe>', 'A'],
		['comments go', 'A<!-- secret -->B', 'AB'],
		['an unclosed tag', 'A <b>bold', 'A bold'],
		['control characters go', 'A\u0007B', 'AB'],
		['a list', '<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
		[
			'text that looks like markup, escaped',
			'&lt;script&gt;alert(1)&lt;/script&gt;',
			'<script>alert(1)</script>'
		]
	])('%s', (_, html, text) => {
		expect(htmlToText(html).text).toBe(text);
	});

	it('keeps http(s) links with their words', () => {
		const out = htmlToText('<p>Met <a href="https://ex.org/a?b=1&amp;c=2">in  Geneva</a></p>');
		expect(out.links).toEqual([{ url: 'https://ex.org/a?b=1&c=2', text: 'in Geneva' }]);
		expect(out.removed).toEqual([]);
	});

	it('finds written-out addresses unless autolink is off, as TimelineJS does', () => {
		const html = 'See https://ex.org/report. And <a href="https://ex.org/report">again</a>';
		expect(htmlToText(html).links).toEqual([{ url: 'https://ex.org/report', text: 'again' }]);
		expect(htmlToText('See https://ex.org/a, then').links).toEqual([
			{ url: 'https://ex.org/a', text: 'https://ex.org/a' }
		]);
		expect(htmlToText('See https://ex.org/a', { autolink: false }).links).toEqual([]);
	});

	it.each([
		['<script>x()</script>', 'a <script> element', true],
		['<img src="x" onerror="alert(1)">', 'an onerror attribute on <img>', true],
		['<a href="javascript:alert(1)">x</a>', 'a link to "javascript:alert(1)"', true],
		['<a href="java\tscript:alert(1)">x</a>', 'a link to "java\\tscript:alert(1)"', true],
		['<a href="mailto:a@b.org">x</a>', 'a link to "mailto:a@b.org"', false],
		['<a href="/relative">x</a>', 'a link to "/relative"', false],
		['<iframe src="https://x.org"></iframe>', 'a <iframe> element', false]
	])('says what it removed from %s', (html, what, script) => {
		expect(htmlToText(html).removed).toEqual([{ what, script }]);
		expect(htmlToText(html).links).toEqual([]);
	});
});

describe('isWebUrl()', () => {
	it.each([
		['https://example.org/a', true],
		['HTTP://EXAMPLE.ORG', true],
		['ftp://example.org', false],
		['//example.org/a', false],
		['images/a.jpg', false],
		['https://', false]
	])('%s: %s', (url, ok) => {
		expect(isWebUrl(url)).toBe(ok);
	});
});
