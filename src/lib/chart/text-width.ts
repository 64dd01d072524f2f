/**
 * Text width without a DOM: label placement runs in node tests and before the chart is mounted.
 * Widths are per-character estimates for a sans-serif font, on the generous side, so an estimate
 * errs towards hiding a label rather than letting two overlap.
 */

/**
 * A text's width in px at the labels' size. `bold`, where present, measures a key event's bolder
 * label: the browser's measure has it, as bold widens some scripts far more than others.
 */
export type TextMeasure = ((text: string) => number) & { bold?: (text: string) => number };

const NARROW = new Set([..."iljtf.,:;!|'’()[] "]);
const WIDE = new Set([...'mwMW@%—']);
/** Han, kana, Hangul and the full-width forms: a whole em each in every font, twice a Latin letter. */
const FULL_WIDTH =
	/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Estimated width in px of `text` at `size` px. */
export function estimateTextWidth(text: string, size = 12): number {
	let em = 0;
	for (const ch of text) {
		if (NARROW.has(ch)) em += 0.32;
		else if (WIDE.has(ch)) em += 0.9;
		else if (ch >= 'A' && ch <= 'Z') em += 0.68;
		else if (ch >= '0' && ch <= '9') em += 0.58;
		else if (ch >= '\u1100' && FULL_WIDTH.test(ch)) em += 1;
		else em += 0.56;
	}
	return Math.ceil(em * size);
}

/**
 * The longest prefix of `text` (cut at a word where possible, with "…") that fits `maxWidth`, or ''
 * when not even `minChars` characters fit.
 */
export function truncateToWidth(
	text: string,
	maxWidth: number,
	measure: (t: string) => number = estimateTextWidth,
	minChars = 6
): string {
	// the chart asks for the same titles at the same widths on every frame of a zoom
	if (measure !== estimateTextWidth) return truncate(text, maxWidth, measure, minChars);
	const key = `${maxWidth}|${minChars}|${text}`;
	let cut = truncated.get(key);
	if (cut === undefined) {
		if (truncated.size >= 20_000) truncated.clear();
		cut = truncate(text, maxWidth, measure, minChars);
		truncated.set(key, cut);
	}
	return cut;
}

const truncated = new Map<string, string>();

function truncate(
	text: string,
	maxWidth: number,
	measure: (t: string) => number,
	minChars: number
): string {
	if (measure(text) <= maxWidth) return text;
	const chars = [...text];
	let lo = 0;
	let hi = chars.length;
	// the longest n such that chars[0..n] + '…' fits
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (measure(chars.slice(0, mid).join('').trimEnd() + '…') <= maxWidth) lo = mid;
		else hi = mid - 1;
	}
	if (lo < minChars) return '';
	let cut = chars.slice(0, lo).join('');
	const space = cut.lastIndexOf(' ');
	if (space >= minChars && space > lo * 0.6) cut = cut.slice(0, space);
	return cut.trimEnd() + '…';
}
