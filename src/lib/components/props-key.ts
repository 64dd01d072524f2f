/** What begins the comment before a part's server markup that carries the key of its props. */
export const DRAWN_WITH = 'drawn-with:';

/** What a function stands as in the key: that it is there, whatever it does. */
const FUNCTION = '\u0000function';

/**
 * A short key of a component's props that is the same on the server and in the browser for the
 * same props, and almost surely different for others (a 32-bit FNV-1a hash of their JSON). A part
 * the server drew is taken over in place only when the key it was drawn with is that of its props
 * in the browser. An object with a string `id` counts by its id alone (an event: the build fixes
 * the rest). Props that JSON cannot write get a key of their own, which no other call returns.
 */
export function propsKey(props: unknown): string {
	let text: string;
	try {
		text = JSON.stringify(props, (key, value: unknown) =>
			typeof value === 'function'
				? FUNCTION
				: key && typeof (value as { id?: unknown } | null)?.id === 'string'
					? (value as { id: string }).id
					: value
		);
	} catch {
		return `unkeyed-${Math.random()}`;
	}
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return (hash >>> 0).toString(36);
}
