/**
 * A strict JSON parser that remembers where every key and value starts, so the validator can point
 * at the line and column of a mistake rather than at "line 1".
 *
 * It accepts exactly RFC 8259 JSON (plus a leading byte-order mark). Comments, trailing commas,
 * duplicate keys, raw control characters in strings and unknown escapes are reported as problems,
 * but parsing goes on past them, so one run lists them all along with the schema's findings. Any
 * other syntax error stops the parse at its position.
 *
 * No imports: it runs under Vite, Vitest and plain Node (the validate command) alike.
 */

/** A place in the text: 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface Position {
	line: number;
	column: number;
}

/** A key or array index on the way from the root to a value. */
export type JsonPath = readonly (string | number)[];

export interface JsonSyntaxProblem extends Position {
	/** the value the problem is in: a malformed value, or the object or list around a misplaced token */
	path: JsonPath;
	/** the key concerned, when there is one (a duplicate key) */
	key?: string;
	message: string;
}

export interface ParsedJson {
	/**
	 * The value, when the text is JSON apart from recoverable problems. After a fatal error it holds
	 * whatever was read before the error (undefined when nothing was).
	 */
	value: unknown;
	/** true when a syntax error stopped the parse */
	fatal: boolean;
	problems: JsonSyntaxProblem[];
	/** Where the value at `path` starts (for a missing key: where its object starts). */
	locate(path: JsonPath): Position;
	/** Where the key that holds the value at `path` starts, or the value when it has no key. */
	locateKey(path: JsonPath): Position;
	/** true when the text has a value at exactly `path` */
	has(path: JsonPath): boolean;
}

interface Spot {
	value: number;
	key?: number;
}

class Fatal extends Error {}

const ESCAPES: Record<string, string> = {
	'"': '"',
	'\\': '\\',
	'/': '/',
	b: '\b',
	f: '\f',
	n: '\n',
	r: '\r',
	t: '\t'
};

/** A run of string characters that need no attention. */
// eslint-disable-next-line no-control-regex -- JSON strings must not hold raw control characters
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_LIKE = /[-+.\w]+/y;
const WORD = /[A-Za-z_$][\w$]*/y;

/** Matches a sticky pattern at `at`, or returns undefined. */
function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
	pattern.lastIndex = at;
	return pattern.exec(text)?.[0];
}

/** How a character looks in a message: `'x'`, or a name for the invisible ones. */
function shown(ch: string | undefined): string {
	if (ch === undefined) return 'the end of the file';
	if (ch === '\n' || ch === '\r') return 'the end of the line';
	if (ch === '\t') return 'tab';
	if (ch < ' ') return `control character U+${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
	return `'${ch}'`;
}

type Container = Record<string, unknown> | unknown[];

/** How an object or a list ends, and how messages about its members name them. */
interface Brackets {
	close: '}' | ']';
	/** what a trailing comma comes after */
	member: string;
	/** what the file can end inside */
	inside: string;
	/** characters that start a member: found after one, they suggest a missing comma */
	starts: string;
}

const OBJECT: Brackets = { close: '}', member: 'member', inside: 'an object', starts: '"' };
const LIST: Brackets = { close: ']', member: 'item', inside: 'a list', starts: '"{[' };

/** Sets a member; `__proto__` becomes a plain key rather than the prototype. */
function put(parent: Container, key: string | number, value: unknown): void {
	if (key === '__proto__') {
		Object.defineProperty(parent, key, {
			value,
			enumerable: true,
			writable: true,
			configurable: true
		});
	} else {
		(parent as Record<string | number, unknown>)[key] = value;
	}
}

export function parseJson(source: string): ParsedJson {
	// a byte-order mark is invisible in editors, so columns must not count it
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	const problems: JsonSyntaxProblem[] = [];
	/** where each container's members start, by key or index */
	const spots = new WeakMap<object, Map<string | number, Spot>>();
	/** holds the root value under ROOT, so the root has a spot like any member */
	const holder: Record<string, unknown> = {};
	const ROOT = 'root';
	spots.set(holder, new Map());
	/** the path of the value being read */
	const path: (string | number)[] = [];

	const lineStarts = [0];
	for (let n = text.indexOf('\n'); n >= 0; n = text.indexOf('\n', n + 1)) lineStarts.push(n + 1);
	if (text.includes('\r')) {
		// old Mac line ends: a lone CR also ends a line
		for (let n = text.indexOf('\r'); n >= 0; n = text.indexOf('\r', n + 1)) {
			if (text[n + 1] !== '\n') lineStarts.push(n + 1);
		}
		lineStarts.sort((a, b) => a - b);
	}

	function position(offset: number): Position {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
	}

	let i = 0;

	function report(offset: number, message: string, key?: string): void {
		problems.push({
			...position(offset),
			path: [...path],
			message,
			...(key === undefined ? {} : { key })
		});
	}

	function fail(offset: number, message: string): never {
		report(offset, message);
		throw new Fatal(message);
	}

	/** Skips whitespace and (reporting them) comments. */
	function space(): void {
		for (;;) {
			const c = text[i];
			if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
				i++;
			} else if (c === '/' && text[i + 1] === '/') {
				report(i, 'comments are not allowed in JSON; expected no // comment');
				while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
			} else if (c === '/' && text[i + 1] === '*') {
				const start = i;
				const close = text.indexOf('*/', i + 2);
				if (close < 0) fail(start, 'comment is never closed, and comments are not allowed in JSON');
				report(start, 'comments are not allowed in JSON; expected no /* comment */');
				i = close + 2;
			} else {
				return;
			}
		}
	}

	function parseString(): string {
		const start = i;
		i++; // the opening quote
		let out = '';
		for (;;) {
			const run = matchAt(PLAIN, text, i) ?? '';
			out += run;
			i += run.length;
			const c = text[i];
			if (c === undefined) fail(start, 'string is never closed; expected a closing "');
			if (c === '"') {
				i++;
				return out;
			}
			if (c === '\n' || c === '\r') {
				fail(start, 'string is not closed before the end of the line; expected a closing "');
			}
			if (c === '\\') {
				const e = text[i + 1];
				if (e === 'u') {
					const hex = text.slice(i + 2, i + 6);
					if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
						fail(i, 'bad \\u escape; expected four hex digits, as in \\u00e9');
					}
					out += String.fromCharCode(parseInt(hex, 16));
					i += 6;
				} else if (e !== undefined && e in ESCAPES) {
					out += ESCAPES[e];
					i += 2;
				} else {
					report(
						i,
						`unknown escape \\${e ?? ''}; expected one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX`
					);
					out += e ?? '';
					i += 2;
				}
				continue;
			}
			// a control character
			const code = c.charCodeAt(0).toString(16).padStart(4, '0');
			report(i, `unescaped ${shown(c)} in a string; expected ${c === '\t' ? '\\t' : `\\u${code}`}`);
			out += c;
			i++;
		}
	}

	function parseNumber(): number {
		const match = matchAt(NUMBER, text, i);
		if (match === undefined || /[\w.+-]/.test(text[i + match.length] ?? '')) {
			const word = matchAt(NUMBER_LIKE, text, i)?.slice(0, 40) ?? text[i] ?? '';
			fail(
				i,
				`"${word}" is not a JSON number; expected digits such as 42, -1.5 or 2e3 (no leading +, leading zeros, bare dots, NaN or Infinity)`
			);
		}
		i += match.length;
		return Number(match);
	}

	function parseWord(): boolean | null {
		const word = matchAt(WORD, text, i);
		if (word === 'true' || word === 'false' || word === 'null') {
			i += word.length;
			return word === 'true' ? true : word === 'false' ? false : null;
		}
		if (word === 'NaN' || word === 'Infinity') {
			fail(i, `${word} is not allowed in JSON; expected a number or null`);
		}
		if (word !== undefined) {
			fail(i, `unexpected word ${word.slice(0, 40)}; expected a value (text needs double quotes)`);
		}
		fail(i, `unexpected ${shown(text[i])}; expected a value`);
	}

	/**
	 * Reads one value into `parent[key]` (its path is on `path`). Containers are attached before
	 * they are filled, so a fatal error deep inside still leaves the outer structure readable.
	 */
	function parseValue(parent: Container, key: string | number, keyStart?: number): void {
		space();
		spots
			.get(parent)
			?.set(key, keyStart === undefined ? { value: i } : { value: i, key: keyStart });
		const c = text[i];
		if (c === '{' || c === '[') {
			const container: Container = c === '{' ? {} : [];
			spots.set(container, new Map());
			put(parent, key, container);
			if (Array.isArray(container)) parseArray(container);
			else parseObject(container);
		} else if (c === '"') {
			put(parent, key, parseString());
		} else if (c === "'") {
			fail(i, 'strings need double quotes; expected " instead of \'');
		} else if (c === '-' || c === '+' || c === '.' || (c !== undefined && c >= '0' && c <= '9')) {
			put(parent, key, parseNumber());
		} else if (c === undefined) {
			path.pop();
			fail(i, 'the file ends too early; expected a value');
		} else {
			put(parent, key, parseWord());
		}
	}

	/**
	 * Steps past the opening bracket; true when the container is empty, with its closing bracket
	 * read too.
	 */
	function opensEmpty(brackets: Brackets): boolean {
		i++;
		space();
		if (text[i] !== brackets.close) return false;
		i++;
		return true;
	}

	/**
	 * Reads what follows the member `after` (a key or an index): true after a comma, when another
	 * member follows; false after the closing bracket. A comma just before the closing bracket is
	 * reported and read as the end. Anything else stops the parse.
	 */
	function anotherMember(brackets: Brackets, after: string | number): boolean {
		space();
		const c = text[i];
		if (c === ',') {
			const comma = i;
			i++;
			space();
			if (text[i] !== brackets.close) return true;
			report(comma, `trailing comma; expected no comma after the last ${brackets.member}`);
		} else if (c !== brackets.close) {
			if (c === undefined) {
				fail(i, `the file ends inside ${brackets.inside}; expected ${brackets.close}`);
			}
			const value = typeof after === 'string' ? `the value of "${after}"` : `item ${after}`;
			const hint = brackets.starts.includes(c) ? ' (is a comma missing?)' : '';
			fail(i, `unexpected ${shown(c)} after ${value}; expected , or ${brackets.close}${hint}`);
		}
		i++;
		return false;
	}

	function parseObject(obj: Record<string, unknown>): void {
		if (opensEmpty(OBJECT)) return;
		const seen = new Map<string, number>();
		for (;;) {
			space();
			const keyStart = i;
			if (text[i] !== '"') {
				if (text[i] === "'") fail(i, 'keys need double quotes; expected " instead of \'');
				if (text[i] === undefined) fail(i, 'the file ends inside an object; expected }');
				fail(i, `unexpected ${shown(text[i])}; expected a key in double quotes`);
			}
			const key = parseString();
			const first = seen.get(key);
			if (first !== undefined) {
				const at = position(first);
				report(
					keyStart,
					`duplicate key "${key}"; expected each key once per object (first at line ${at.line}, column ${at.column})`,
					key
				);
			} else {
				seen.set(key, keyStart);
			}
			space();
			if (text[i] !== ':') fail(i, `unexpected ${shown(text[i])} after key "${key}"; expected :`);
			i++;
			path.push(key);
			parseValue(obj, key, keyStart);
			path.pop();
			if (!anotherMember(OBJECT, key)) return;
		}
	}

	function parseArray(arr: unknown[]): void {
		if (opensEmpty(LIST)) return;
		for (let n = 0; ; n++) {
			path.push(n);
			parseValue(arr, n);
			path.pop();
			if (!anotherMember(LIST, n)) return;
		}
	}

	let fatal = false;
	try {
		space();
		if (i >= text.length) fail(i, 'the file is empty; expected a JSON object');
		parseValue(holder, ROOT);
		space();
		if (i < text.length) fail(i, `unexpected ${shown(text[i])} after the end of the JSON value`);
	} catch (e) {
		if (!(e instanceof Fatal)) throw e;
		fatal = true;
	}

	/** The spot of the value at `target`, or of its nearest ancestor that exists. */
	function walk(target: JsonPath): { spot: Spot; exact: boolean } {
		let node: unknown = holder;
		let spot: Spot = { value: 0 };
		for (const seg of [ROOT, ...target]) {
			const child = typeof node === 'object' && node ? spots.get(node)?.get(seg) : undefined;
			if (!child) return { spot, exact: false };
			spot = child;
			node = (node as Record<string | number, unknown>)[seg];
		}
		return { spot, exact: true };
	}

	return {
		value: holder[ROOT],
		fatal,
		problems,
		locate: (target) => position(walk(target).spot.value),
		locateKey: (target) => {
			const { spot } = walk(target);
			return position(spot.key ?? spot.value);
		},
		has: (target) => walk(target).exact
	};
}
