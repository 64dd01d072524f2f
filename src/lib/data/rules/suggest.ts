/**
 * "Did you mean" hints for a word that is not one of the words allowed: a typo of an id, a key or
 * a vocabulary word is the likeliest mistake, and naming the near word saves a search.
 */

function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
		}
		prev = row;
	}
	return prev[b.length] ?? 0;
}

/** ` (did you mean "trump"?)` when one of `options` is a likely typo of `word`. */
export function didYouMean(word: string, options: Iterable<string>): string {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const option of options) {
		const d = editDistance(word.toLowerCase(), option.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [option, d];
	}
	const close =
		bestDistance <= Math.max(1, Math.floor(word.length / 3)) && bestDistance < word.length;
	return best !== undefined && close && best !== word ? ` (did you mean "${best}"?)` : '';
}
