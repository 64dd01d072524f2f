import { describe, expect, it } from 'vitest';
import { parseJson, type JsonPath } from './json';

describe('parseJson()', () => {
	it('parses what JSON.parse parses, to the same value', () => {
		const text =
			'{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n\\"y\\""], "b": {"c": {}}, "d": []}';
		const parsed = parseJson(text);
		expect(parsed.problems).toEqual([]);
		expect(parsed.fatal).toBe(false);
		expect(parsed.value).toEqual(JSON.parse(text));
	});

	const positions: { name: string; text: string; path: JsonPath; at: [number, number] }[] = [
		{ name: 'a top-level value', text: '{\n  "id": "x"\n}', path: ['id'], at: [2, 9] },
		{
			name: 'a value in a list in an object',
			text: '{\n\t"events": [\n\t\t{ "id": "a" },\n\t\t{ "id": "b" }\n\t]\n}',
			path: ['events', 1, 'id'],
			at: [4, 11]
		},
		{ name: 'a container', text: '{"a":\n  [1]}', path: ['a'], at: [2, 3] },
		{ name: 'the root', text: '  \n {}', path: [], at: [2, 2] },
		{
			name: 'a missing key, at its object',
			text: '{"a": {\n"b": 1}}',
			path: ['a', 'zone'],
			at: [1, 7]
		},
		{ name: 'a value after CRLF line ends', text: '{\r\n"a":\r\n 1}', path: ['a'], at: [3, 2] },
		{ name: 'a value after a byte-order mark', text: '\ufeff{"a": 1}', path: ['a'], at: [1, 7] }
	];
	it.each(positions)('locates $name', ({ text, path, at }) => {
		const { line, column } = parseJson(text).locate(path);
		expect([line, column]).toEqual(at);
	});

	it('locates the key that holds a value', () => {
		const parsed = parseJson('{\n  "title": 42\n}');
		expect(parsed.locateKey(['title'])).toEqual({ line: 2, column: 3 });
		expect(parsed.has(['title'])).toBe(true);
		expect(parsed.has(['summary'])).toBe(false);
	});

	const recoverable: { name: string; text: string; message: string; at: [number, number] }[] = [
		{
			name: 'a // comment',
			text: '{"a": 1 // one\n}',
			message: 'comments are not allowed',
			at: [1, 9]
		},
		{
			name: 'a /* comment */',
			text: '{/* x */"a": 1}',
			message: 'comments are not allowed',
			at: [1, 2]
		},
		{
			name: 'a trailing comma in an object',
			text: '{"a": 1,\n}',
			message: 'trailing comma',
			at: [1, 8]
		},
		{
			name: 'a trailing comma in a list',
			text: '{"a": [1, ]}',
			message: 'trailing comma',
			at: [1, 9]
		},
		{
			name: 'a duplicate key',
			text: '{"a": 1,\n "a": 2}',
			message: 'duplicate key "a"; expected each key once per object (first at line 1, column 2)',
			at: [2, 2]
		},
		{ name: 'an unknown escape', text: '{"a": "\\x"}', message: 'unknown escape \\x', at: [1, 8] },
		{
			name: 'a raw control character',
			text: '{"a": "\u0001"}',
			message: 'unescaped control character U+0001 in a string; expected \\u0001',
			at: [1, 8]
		}
	];
	it.each(recoverable)('reports $name and parses on', ({ text, message, at }) => {
		const parsed = parseJson(text);
		expect(parsed.fatal).toBe(false);
		expect(parsed.value).toBeTypeOf('object');
		expect(parsed.problems).toHaveLength(1);
		expect(parsed.problems[0]?.message).toContain(message);
		expect([parsed.problems[0]?.line, parsed.problems[0]?.column]).toEqual(at);
	});

	const fatal: { name: string; text: string; message: string; at: [number, number] }[] = [
		{ name: 'an empty text', text: '', message: 'the file is empty', at: [1, 1] },
		{
			name: 'a missing comma',
			text: '{"a": 1\n "b": 2}',
			message: 'is a comma missing?',
			at: [2, 2]
		},
		{
			name: 'a missing colon',
			text: '{"a" 1}',
			message: `unexpected '1' after key "a"; expected :`,
			at: [1, 6]
		},
		{
			name: 'an unquoted key',
			text: '{a: 1}',
			message: 'expected a key in double quotes',
			at: [1, 2]
		},
		{
			name: 'a single-quoted value',
			text: `{"a": 'x'}`,
			message: 'strings need double quotes',
			at: [1, 7]
		},
		{
			name: 'an unclosed string',
			text: '{"a": "x\n"}',
			message: 'string is not closed',
			at: [1, 7]
		},
		{ name: 'a plus sign', text: '{"a": +1}', message: '"+1" is not a JSON number', at: [1, 7] },
		{ name: 'a bare dot', text: '{"a": 1.}', message: '"1." is not a JSON number', at: [1, 7] },
		{ name: 'Infinity', text: '{"a": Infinity}', message: 'Infinity is not allowed', at: [1, 7] },
		{ name: 'a bare word', text: '{"a": yes}', message: 'unexpected word yes', at: [1, 7] },
		{ name: 'a bad \\u escape', text: '{"a": "\\u12"}', message: 'bad \\u escape', at: [1, 8] },
		{
			name: 'an unclosed object',
			text: '{"a": 1',
			message: 'the file ends inside an object',
			at: [1, 8]
		},
		{
			name: 'an unclosed list',
			text: '{"a": [1',
			message: 'the file ends inside a list',
			at: [1, 9]
		},
		{ name: 'a second value', text: '{} {}', message: "unexpected '{' after the end", at: [1, 4] },
		{ name: 'an unclosed comment', text: '{/* x', message: 'comment is never closed', at: [1, 2] }
	];
	it.each(fatal)('stops at $name', ({ text, message, at }) => {
		const parsed = parseJson(text);
		expect(parsed.fatal).toBe(true);
		expect(parsed.problems.at(-1)?.message).toContain(message);
		expect([parsed.problems.at(-1)?.line, parsed.problems.at(-1)?.column]).toEqual(at);
	});

	it('keeps what it read before a fatal error', () => {
		const parsed = parseJson('{"events": [{"id": "summit", "title": }]}');
		expect(parsed.value).toEqual({ events: [{ id: 'summit' }] });
		expect(parsed.problems[0]?.path).toEqual(['events', 0, 'title']);
	});

	it('treats __proto__ as a plain key', () => {
		const parsed = parseJson('{"__proto__": {"polluted": true}}');
		expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
		expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
