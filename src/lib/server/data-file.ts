/**
 * The JSON files the page fetches for itself (chart, search texts, briefing, sequence). They are
 * written in ASCII: each character beyond it becomes a `\u` escape. A single en dash in a file of
 * Latin text otherwise makes the browser decode every byte the slow way and hand the JSON parser a
 * string of two bytes a character; at 10,000 events that cost about 20 ms of the page's start.
 * Files meant for people to download stay plain UTF-8.
 */

/** `value` as JSON text with only ASCII characters. */
export function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(
		/[\u007f-\uffff]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** A response carrying `value` as ASCII JSON. */
export function dataFile(value: unknown): Response {
	return new Response(asciiJson(value), {
		headers: { 'content-type': 'application/json' }
	});
}
