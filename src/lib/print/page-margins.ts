/**
 * The printed page's running header and footer, as CSS `@page` margin boxes: the title and the
 * as-of date at the top, the address and "Page X of Y" at the bottom; the first page shows no
 * header, since the title is printed large there. Served as a stylesheet of its own, because the
 * content security policy allows no inline `<style>`.
 */

/** A CSS string literal: quotes and backslashes escaped, `<` too so no markup can close anything. */
export function cssString(text: string): string {
	return `"${text
		.replace(/[\\"]/g, (c) => `\\${c}`)
		.replace(/\n/g, '\\A ')
		.replace(/</g, '\\3c ')}"`;
}

import { m } from '$lib/i18n';

/** "Page " counter(page) " of " counter(pages): the message's words around CSS page counters. */
export function pageCounterCss(): string {
	// placeholders the words cannot contain mark where each counter goes
	const text = m.print_margin_page({ page: '\u0000page\u0000', pages: '\u0000pages\u0000' });
	return text
		.split('\u0000')
		.map((part, i) => (i % 2 ? `counter(${part})` : part ? cssString(part) : ''))
		.filter(Boolean)
		.join(' ');
}

const FONT = `font-family: Helvetica, Arial, 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #444;`;

export function pageMarginsCss({
	title,
	asOf,
	url
}: {
	title: string;
	asOf: string;
	url: string;
}): string {
	return `@page {
	@top-left { content: ${cssString(title)}; ${FONT} }
	@top-right { content: ${cssString(m.print_margin_as_of({ asOf }))}; ${FONT} }
	@bottom-left { content: ${cssString(url)}; ${FONT} }
	@bottom-right { content: ${pageCounterCss()}; ${FONT} }
}
@page :first {
	@top-left { content: none; }
	@top-right { content: none; }
}
`;
}
