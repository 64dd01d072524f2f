/**
 * A pseudo-language for layout tests: every English message with accented letters and about 40%
 * longer, its placeholders kept, so a build in it shows where translated text would be cut, wrap
 * badly or push the page sideways. Never shipped: `scripts/pseudo-site.ts` builds it for the tests.
 */
import type { Catalog, Message } from './catalogs';

const ACCENTED: Record<string, string> = {
	a: 'á',
	e: 'é',
	i: 'í',
	o: 'ö',
	u: 'ü',
	c: 'ç',
	n: 'ñ',
	s: 'š',
	y: 'ý',
	z: 'ž',
	A: 'Å',
	E: 'É',
	I: 'Î',
	O: 'Ø',
	U: 'Û',
	C: 'Ç',
	N: 'Ñ',
	S: 'Š',
	Y: 'Ý',
	Z: 'Ž'
};

/** The added length: 40% of the letters, at least one, as a run of tildes in the last word. */
const GROWTH = 0.4;

/** One text in the pseudo-language: `{placeholders}` and the text's own punctuation kept. */
export function pseudoText(text: string): string {
	const parts = text.split(/(\{[^}]*\})/);
	const letters = parts
		.filter((_, i) => i % 2 === 0)
		.join('')
		.replace(/[^\p{L}]/gu, '').length;
	if (letters === 0) return text;
	const accented = parts.map((part, i) =>
		i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTED[ch] ?? ch)
	);
	// the padding joins the text as one more word, so it wraps as real longer words would
	return `${accented.join('')} ${'ẋ'.repeat(Math.max(1, Math.round(letters * GROWTH)))}`;
}

export function pseudoMessage(message: Message): Message {
	if (typeof message === 'string') return pseudoText(message);
	return message.map((variant) => ({
		...variant,
		match: Object.fromEntries(
			Object.entries(variant.match).map(([key, text]) => [key, pseudoText(text)])
		)
	}));
}

export function pseudoCatalog(catalog: Catalog): Catalog {
	return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, pseudoMessage(v)]));
}
