import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html';

describe('escapeHtml()', () => {
	it.each([
		['plain text', 'Trump and Putin meet', 'Trump and Putin meet'],
		['an ampersand, first, so no entity is escaped twice', 'A & B &lt;', 'A &amp; B &amp;lt;'],
		['a tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		['a double quote, for attributes', 'say "yes"', 'say &quot;yes&quot;'],
		['a single quote, left as it is inside double-quoted attributes', "Putin's", "Putin's"],
		['text in any script', 'Зеленський — «мир»', 'Зеленський — «мир»'],
		['the empty string', '', '']
	])('%s', (_, text, escaped) => {
		expect(escapeHtml(text)).toBe(escaped);
	});
});
