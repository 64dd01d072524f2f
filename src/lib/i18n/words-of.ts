/**
 * A table of words that reads its messages when looked up, so a view always gets the language in
 * force (a table filled when the module loads would keep the first page's language).
 */
export function wordsOf<K extends string, V>(table: Record<K, () => V>): Readonly<Record<K, V>> {
	const words = {} as Record<K, V>;
	for (const key in table) Object.defineProperty(words, key, { get: table[key], enumerable: true });
	return words;
}
