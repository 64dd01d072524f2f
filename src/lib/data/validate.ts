/**
 * Validates a timeline file and says precisely what is wrong: every problem at once, each with the
 * line and column of the offending value (or of the object that lacks a key), the event it is in
 * and the field.
 *
 * Three passes share one list of problems: the strict JSON parse (syntax, comments, trailing
 * commas, duplicate keys), the zod schema, and the rules that a schema cannot express (references,
 * unique ids, real dates, zones, status against date; see rules/).
 *
 * Runtime imports stay relative, so the validate command runs this file under plain Node (tsx).
 */
import type { z } from 'zod';
import { parseJson, type JsonPath, type ParsedJson } from './json';
import { checkRules, didYouMean } from './rules';
import { Timeline, type Timeline as TimelineData } from './schema';

/** One thing wrong with a file, with the place a person must go to fix it. */
export interface Problem {
	file: string;
	line: number;
	column: number;
	/** the event id, or the JSON path when the problem is outside an event */
	where: string;
	field: string;
	message: string;
}

export interface ValidationResult {
	/** the timeline, only when the file has no problem at all */
	timeline?: TimelineData;
	problems: Problem[];
}

export interface ValidateOptions {
	/** the id the timeline must have: the file's name without `.json` */
	expectedId?: string;
}

/** `FILE:LINE:COL  <where>  <field>: <message>` */
export function formatProblem(p: Problem): string {
	const line = `${p.file}:${p.line}:${p.column}  ${p.where}  ${p.field}: ${p.message}`;
	// one problem, one line: messages quote the data, and a quoted line break or escape sequence
	// must neither forge a problem nor drive the reader's terminal
	return line.replace(
		// eslint-disable-next-line no-control-regex -- finding control characters is the point
		/[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** Top-level lists whose items are named by their index (events by their id) in messages. */
const ITEM_LISTS = new Set(['sources', 'affiliations', 'actors', 'places', 'events', 'notes']);

/** `date.start.value`, `participants[0].actor`, `["odd key"]` */
export function formatPath(path: JsonPath): string {
	let out = '';
	for (const seg of path) {
		if (typeof seg === 'number') out += `[${seg}]`;
		else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
		else out += `[${JSON.stringify(seg)}]`;
	}
	return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function eventId(root: unknown, index: number): string | undefined {
	if (!isObject(root) || !Array.isArray(root.events)) return undefined;
	const event: unknown = root.events[index];
	if (!isObject(event)) return undefined;
	return typeof event.id === 'string' && /^\S{1,100}$/.test(event.id) ? event.id : undefined;
}

/**
 * Splits a path into where the problem is (an event's id, `$.sources[2]`, or `$` for the top
 * level) and the field inside it. The field is empty when the path is the item itself.
 */
export function describePath(root: unknown, path: JsonPath): { where: string; field: string } {
	const [list, index] = path;
	if (typeof list === 'string' && ITEM_LISTS.has(list) && typeof index === 'number') {
		const id = list === 'events' ? eventId(root, index) : undefined;
		if (path.length === 2 && !id) return { where: '$', field: formatPath(path) };
		return { where: id ?? `$.${list}[${index}]`, field: formatPath(path.slice(2)) };
	}
	return { where: '$', field: formatPath(path) };
}

/** A value as a message shows it: `"text"`, `42`, `a list`. */
export function showValue(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'object') return 'an object';
	if (typeof v === 'string') {
		const s = JSON.stringify(v);
		return s.length > 62 ? `${s.slice(0, 58)}…"` : s;
	}
	return String(v);
}

function describeValue(v: unknown): string {
	if (typeof v === 'string') return `the text ${showValue(v)}`;
	if (typeof v === 'number') return `the number ${v}`;
	if (typeof v === 'boolean') return `${v}`;
	return showValue(v);
}

function at(value: unknown, path: JsonPath): unknown {
	let v = value;
	for (const seg of path) {
		if (typeof seg === 'number') v = Array.isArray(v) ? v[seg] : undefined;
		else v = isObject(v) && Object.hasOwn(v, seg) ? v[seg] : undefined;
	}
	return v;
}

// ---- the schema at a path, for "expected ..." and the list of allowed keys

interface Def {
	type: string;
	innerType?: z.core.$ZodType;
	in?: z.core.$ZodType;
	shape?: Record<string, z.core.$ZodType>;
	element?: z.core.$ZodType;
	entries?: Record<string, string>;
}

const defOf = (s: z.core.$ZodType) => s._zod.def as unknown as Def;

/** The schema under wrappers (optional, default), and the first description met on the way. */
function unwrap(schema: z.core.$ZodType): { schema: z.core.$ZodType; description?: string } {
	let s = schema;
	let description: string | undefined;
	for (;;) {
		description ??= (s as z.ZodType).description;
		const def = defOf(s);
		const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
		if (!inner) return { schema: s, description };
		s = inner;
	}
}

function schemaAt(path: JsonPath): z.core.$ZodType | undefined {
	let s: z.core.$ZodType | undefined = Timeline;
	for (const seg of path) {
		if (!s) return undefined;
		const def = defOf(unwrap(s).schema);
		if (def.type === 'object' && typeof seg === 'string') s = def.shape?.[seg];
		else if (def.type === 'array' && typeof seg === 'number') s = def.element;
		else return undefined;
	}
	return s;
}

function expectedText(schema: z.core.$ZodType | undefined, fallback: string): string {
	if (!schema) return fallback;
	const { schema: inner, description } = unwrap(schema);
	const def = defOf(inner);
	const word =
		def.type === 'object'
			? 'an object'
			: def.type === 'array'
				? 'a list'
				: def.type === 'boolean'
					? 'true or false'
					: def.type === 'number'
						? 'a number'
						: def.type === 'enum'
							? `one of ${Object.values(def.entries ?? {}).join(', ')}`
							: def.type === 'string'
								? 'a string'
								: fallback;
	return description ? `${word} (${description})` : word;
}

const TYPE_WORDS: Record<string, string> = {
	object: 'an object',
	array: 'a list',
	string: 'a string',
	number: 'a number',
	boolean: 'true or false'
};

/** Turns one zod issue into the path to point at and a message. */
function fromIssue(
	issue: z.core.$ZodIssue,
	raw: unknown,
	parsed: ParsedJson
): { path: JsonPath; message: string; onKey?: boolean }[] {
	const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
	const value = at(raw, path);
	if (issue.code !== 'unrecognized_keys' && !parsed.has(path)) {
		const expected = expectedText(schemaAt(path), 'a value');
		return [{ path, message: `is missing; expected ${expected}` }];
	}
	switch (issue.code) {
		case 'unrecognized_keys': {
			const shape = defOf(unwrap(schemaAt(path) ?? Timeline).schema).shape ?? {};
			const known = Object.keys(shape);
			return issue.keys.map((key) => ({
				path: [...path, key],
				onKey: true,
				message: `is not a known key; expected one of ${known.join(', ')}${didYouMean(key, known)}`
			}));
		}
		case 'invalid_type': {
			const expected = expectedText(schemaAt(path), TYPE_WORDS[issue.expected] ?? issue.expected);
			return [{ path, message: `is ${describeValue(value)}; expected ${expected}` }];
		}
		case 'invalid_value': {
			const allowed = issue.values.map(String);
			return [
				{
					path,
					message: `${showValue(value)} is not allowed; expected one of ${allowed.join(', ')}${
						typeof value === 'string' ? didYouMean(value, allowed) : ''
					}`
				}
			];
		}
		case 'invalid_format':
			return [{ path, message: `${showValue(value)} ${issue.message}` }];
		case 'too_small':
			if (issue.origin === 'string' && typeof value === 'string') {
				return [
					{
						path,
						message: value.length
							? 'is only spaces; expected some text'
							: 'is empty; expected some text'
					}
				];
			}
			if (issue.origin === 'array') {
				const n = Number(issue.minimum);
				return [
					{
						path,
						message: `is an empty list; expected at least ${n} ${n === 1 ? 'entry' : 'entries'}`
					}
				];
			}
			return [{ path, message: `is ${showValue(value)}; expected ${issue.minimum} or more` }];
		case 'too_big':
			if (issue.origin === 'string' && typeof value === 'string') {
				return [
					{
						path,
						message: `is ${value.length} characters long; expected at most ${issue.maximum}`
					}
				];
			}
			return [{ path, message: `is ${showValue(value)}; expected ${issue.maximum} or less` }];
		default:
			return [{ path, message: issue.message }];
	}
}

/**
 * Validates the text of one timeline file. `file` is the name used in messages.
 * @example
 * const { timeline, problems } = validateTimelineText(text, 'data/timelines/x.json');
 * for (const p of problems) console.error(formatProblem(p));
 */
export function validateTimelineText(
	text: string,
	file: string,
	options: ValidateOptions = {}
): ValidationResult {
	const parsed = parseJson(text);
	const raw = parsed.value;
	const problems: Problem[] = [];
	const seen = new Set<string>();

	const add = (
		position: { line: number; column: number },
		path: JsonPath,
		message: string,
		empty: string
	) => {
		const { where, field } = describePath(raw, path);
		const { line, column } = position;
		const problem = { file, line, column, where, field: field || empty, message };
		const key = formatProblem(problem);
		if (seen.has(key)) return;
		seen.add(key);
		problems.push(problem);
	};

	for (const p of parsed.problems) {
		const path = p.key === undefined ? p.path : [...p.path, p.key];
		add(p, path, p.message, '(json)');
	}
	if (parsed.fatal) return { problems };

	const result = Timeline.safeParse(raw);
	if (!result.success) {
		for (const issue of result.error.issues) {
			for (const { path, message, onKey } of fromIssue(issue, raw, parsed)) {
				add(onKey ? parsed.locateKey(path) : parsed.locate(path), path, message, '(value)');
			}
		}
	}
	checkRules(
		raw,
		{
			report: (path, message) => add(parsed.locate(path), path, message, '(value)'),
			lineOf: (path) => parsed.locate(path).line
		},
		options
	);

	problems.sort((a, b) => a.line - b.line || a.column - b.column);
	if (problems.length || !result.success) return { problems };
	return { timeline: result.data, problems };
}
