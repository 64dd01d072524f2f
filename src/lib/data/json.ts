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
	/** the value the problem is in: a malformed string or number, or the object or list around it */
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

function pathKey(path: JsonPath): string {
	return JSON.stringify(path);
}

/** How a character looks in a message: `'x'`, or a name for the invisible ones. */
function shown(ch: string | undefined): string {
	if (ch === undefined) return 'the end of the file';
	if (ch === '\n' || ch === '\r') return 'the end of the line';
	if (ch === '\t') return 'tab';
	if (ch < ' ') return `control character U+${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
	return `'${ch}'`;
}

/** Sets a property even when the key is `__proto__`, without touching the prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
	Object.defineProperty(target, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});
}

export function parseJson(source: string): ParsedJson {
	// a byte-order mark is invisible in editors, so columns must not count it
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	const spots = new Map<string, Spot>();
	const problems: JsonSyntaxProblem[] = [];
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\n') lineStarts.push(i + 1);
		else if (c === '\r' && text[i + 1] !== '\n') lineStarts.push(i + 1);
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

	function report(offset: number, path: JsonPath, message: string, key?: string): void {
		problems.push({ ...position(offset), path, message, ...(key === undefined ? {} : { key }) });
	}

	function fail(offset: number, path: JsonPath, message: string): never {
		report(offset, path, message);
		throw new Fatal(message);
	}

	/** Skips whitespace and (reporting them) comments. */
	function space(path: JsonPath): void {
		for (;;) {
			const c = text[i];
			if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
				i++;
			} else if (c === '/' && text[i + 1] === '/') {
				report(i, path, 'comments are not allowed in JSON; expected no // comment');
				while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
			} else if (c === '/' && text[i + 1] === '*') {
				const start = i;
				const close = text.indexOf('*/', i + 2);
				if (close < 0)
					fail(start, path, 'comment is never closed, and comments are not allowed in JSON');
				report(start, path, 'comments are not allowed in JSON; expected no /* comment */');
				i = close + 2;
			} else {
				return;
			}
		}
	}

	function parseString(path: JsonPath): string {
		const start = i;
		i++; // the opening quote
		let out = '';
		for (;;) {
			const c = text[i];
			if (c === undefined) fail(start, path, 'string is never closed; expected a closing "');
			if (c === '"') {
				i++;
				return out;
			}
			if (c === '\n' || c === '\r') {
				fail(start, path, 'string is not closed before the end of the line; expected a closing "');
			}
			if (c === '\\') {
				const e = text[i + 1];
				if (e === 'u') {
					const hex = text.slice(i + 2, i + 6);
					if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
						fail(i, path, 'bad \\u escape; expected four hex digits, as in \\u00e9');
					}
					out += String.fromCharCode(parseInt(hex, 16));
					i += 6;
				} else if (e !== undefined && e in ESCAPES) {
					out += ESCAPES[e];
					i += 2;
				} else {
					report(
						i,
						path,
						`unknown escape \\${e ?? ''}; expected one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX`
					);
					out += e ?? '';
					i += 2;
				}
				continue;
			}
			if (c < ' ') {
				const code = c.charCodeAt(0).toString(16).padStart(4, '0');
				const escape = c === '\t' ? '\\t' : `\\u${code}`;
				report(i, path, `unescaped ${shown(c)} in a string; expected ${escape}`);
			}
			out += c;
			i++;
		}
	}

	function parseNumber(path: JsonPath): number {
		const start = i;
		const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		const word = /^[-+.\w]+/.exec(text.slice(i, i + 40))?.[0] ?? text[i] ?? '';
		if (!match || /[\w.+-]/.test(text[i + match[0].length] ?? '')) {
			fail(
				start,
				path,
				`"${word}" is not a JSON number; expected digits such as 42, -1.5 or 2e3 (no leading +, leading zeros, bare dots, NaN or Infinity)`
			);
		}
		i += match[0].length;
		return Number(match[0]);
	}

	function parseWord(path: JsonPath): boolean | null {
		const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))?.[0];
		if (word === 'true' || word === 'false' || word === 'null') {
			i += word.length;
			return word === 'true' ? true : word === 'false' ? false : null;
		}
		if (word === 'NaN' || word === 'Infinity') {
			fail(i, path, `${word} is not allowed in JSON; expected a number or null`);
		}
		if (word !== undefined) {
			fail(i, path, `unexpected word ${word}; expected a value (text needs double quotes)`);
		}
		fail(i, path, `unexpected ${shown(text[i])}; expected a value`);
	}

	/**
	 * Parses one value at `path`, attaching containers to their parent (through `attach`) as soon as
	 * they open, so a fatal error deep inside still leaves the outer structure readable.
	 */
	function parseValue(path: JsonPath, attach: (v: unknown) => void, key?: number): void {
		space(path.slice(0, -1));
		spots.set(pathKey(path), key === undefined ? { value: i } : { value: i, key });
		const c = text[i];
		if (c === '{') {
			const obj: Record<string, unknown> = {};
			attach(obj);
			parseObject(path, obj);
		} else if (c === '[') {
			const arr: unknown[] = [];
			attach(arr);
			parseArray(path, arr);
		} else if (c === '"') {
			attach(parseString(path));
		} else if (c === "'") {
			fail(i, path, 'strings need double quotes; expected " instead of \'');
		} else if (c === '-' || (c !== undefined && c >= '0' && c <= '9') || c === '+' || c === '.') {
			attach(parseNumber(path));
		} else if (c === undefined) {
			fail(i, path.slice(0, -1), 'the file ends too early; expected a value');
		} else {
			attach(parseWord(path));
		}
	}

	function parseObject(path: JsonPath, obj: Record<string, unknown>): void {
		const seen = new Map<string, number>();
		i++; // {
		space(path);
		if (text[i] === '}') {
			i++;
			return;
		}
		for (;;) {
			space(path);
			const keyStart = i;
			if (text[i] === '}') {
				// only reachable after a comma
				i++;
				return;
			}
			if (text[i] !== '"') {
				if (text[i] === "'") fail(i, path, 'keys need double quotes; expected " instead of \'');
				if (text[i] === undefined) fail(i, path, 'the file ends inside an object; expected }');
				fail(i, path, `unexpected ${shown(text[i])}; expected a key in double quotes`);
			}
			const key = parseString(path);
			const first = seen.get(key);
			if (first !== undefined) {
				const at = position(first);
				report(
					keyStart,
					path,
					`duplicate key "${key}"; expected each key once per object (first at line ${at.line}, column ${at.column})`,
					key
				);
			} else {
				seen.set(key, keyStart);
			}
			space(path);
			if (text[i] !== ':')
				fail(i, path, `unexpected ${shown(text[i])} after key "${key}"; expected :`);
			i++;
			parseValue([...path, key], (v) => setOwn(obj, key, v), keyStart);
			space(path);
			const c = text[i];
			if (c === ',') {
				const comma = i;
				i++;
				space(path);
				if (text[i] === '}') {
					report(comma, path, 'trailing comma; expected no comma after the last member');
					i++;
					return;
				}
				continue;
			}
			if (c === '}') {
				i++;
				return;
			}
			if (c === undefined) fail(i, path, 'the file ends inside an object; expected }');
			const hint = c === '"' ? ' (is a comma missing?)' : '';
			fail(i, path, `unexpected ${shown(c)} after the value of "${key}"; expected , or }${hint}`);
		}
	}

	function parseArray(path: JsonPath, arr: unknown[]): void {
		i++; // [
		space(path);
		if (text[i] === ']') {
			i++;
			return;
		}
		for (let n = 0; ; n++) {
			parseValue([...path, n], (v) => arr.push(v));
			space(path);
			const c = text[i];
			if (c === ',') {
				const comma = i;
				i++;
				space(path);
				if (text[i] === ']') {
					report(comma, path, 'trailing comma; expected no comma after the last item');
					i++;
					return;
				}
				continue;
			}
			if (c === ']') {
				i++;
				return;
			}
			if (c === undefined) fail(i, path, 'the file ends inside a list; expected ]');
			const hint = c === '"' || c === '{' || c === '[' ? ' (is a comma missing?)' : '';
			fail(i, path, `unexpected ${shown(c)} after item ${n}; expected , or ]${hint}`);
		}
	}

	let value: unknown;
	let fatal = false;
	try {
		space([]);
		if (i >= text.length) fail(i, [], 'the file is empty; expected a JSON object');
		parseValue([], (v) => (value = v));
		space([]);
		if (i < text.length)
			fail(i, [], `unexpected ${shown(text[i])} after the end of the JSON value`);
	} catch (e) {
		if (!(e instanceof Fatal)) throw e;
		fatal = true;
	}

	function nearest(path: JsonPath): Spot {
		for (let n = path.length; n >= 0; n--) {
			const spot = spots.get(pathKey(path.slice(0, n)));
			if (spot) return spot;
		}
		return { value: 0 };
	}

	return {
		value,
		fatal,
		problems,
		locate: (path) => position(nearest(path).value),
		locateKey: (path) => {
			const spot = nearest(path);
			return position(spot.key ?? spot.value);
		},
		has: (path) => spots.has(pathKey(path))
	};
}
