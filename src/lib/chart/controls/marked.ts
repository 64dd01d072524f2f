/**
 * Messages with elements inside them, such as the keys of the keyboard help in `<kbd>`: the
 * pieces to wrap are marked where they go into the message, so each language keeps its own word
 * order, and the component wraps the marked parts without HTML in the catalogs.
 */
import { m } from '$lib/i18n';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** A piece of a message the component wraps in an element. */
export const marked = (text: string): string => `${OPEN}${text}${CLOSE}`;

export interface Part {
	text: string;
	/** whether the component wraps this part in its element */
	marked: boolean;
}

/** A message cut at its marked pieces, in order; empty parts are left out. */
export function markedParts(message: string): Part[] {
	const parts: Part[] = [];
	for (const [i, text] of message.split(new RegExp(`[${OPEN}${CLOSE}]`)).entries()) {
		if (text) parts.push({ text, marked: i % 2 === 1 });
	}
	return parts;
}

/** The keyboard help's three sentences, with their keys marked for `<kbd>`. */
export function keyHelpParts(): { pointer: Part[]; touch: Part[]; keys: Part[] } {
	const k = {
		left: marked('←'),
		right: marked('→'),
		up: marked('↑'),
		down: marked('↓'),
		plus: marked('+'),
		minus: marked('−'),
		zero: marked('0'),
		shift: marked(m.chart_key_shift()),
		home: marked(m.chart_key_home()),
		end: marked(m.chart_key_end()),
		enter: marked(m.chart_key_enter()),
		esc: marked(m.chart_key_esc())
	};
	return {
		pointer: markedParts(
			m.chart_help_pointer({ ctrl: marked(m.chart_key_ctrl()), cmd: marked('⌘') })
		),
		touch: markedParts(m.chart_help_touch()),
		keys: markedParts(m.chart_help_keys(k))
	};
}
