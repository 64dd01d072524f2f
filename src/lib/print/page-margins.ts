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
	@top-right { content: ${cssString(`Briefing · facts as of ${asOf}`)}; ${FONT} }
	@bottom-left { content: ${cssString(url)}; ${FONT} }
	@bottom-right { content: "Page " counter(page) " of " counter(pages); ${FONT} }
}
@page :first {
	@top-left { content: none; }
	@top-right { content: none; }
}
`;
}
