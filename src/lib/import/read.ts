/**
 * Reads a TimelineJS file, JSON or a CSV saved from its spreadsheet template, into slides whose
 * every value remembers where it was written: a line and column, the slide (`row 5`, `events[3]`)
 * and the field (`Month`, `start_date.month`). Nothing is interpreted here beyond the file's own
 * syntax; the conversion (convert.ts) checks the values and says what it did with each field.
 *
 * The formats, as TimelineJS 3.9 reads them: website/docs/json-format and using-spreadsheets,
 * src/js/core/ConfigFactory.js (the spreadsheet's columns, `Tag` as the old name of `Group`,
 * `Type` title or era) and src/js/date/DateUtil.js (times).
 *
 * Node only (the import command): csv-parse is a development dependency.
 */
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import { parseJson, type JsonPath, type Position } from '../data/json';
import { formatPath, type Problem } from '../data/validate';
import { didYouMean } from '../data/rules';

/** One value as written, and where. */
export interface Field extends Position {
	value: string;
	/** the field's name as the file writes it: `Media Credit`, `media.credit` */
	field: string;
}

/** A date as written: JSON has a field per part, the spreadsheet one `Time` cell. */
export interface DateIn {
	year?: Field;
	month?: Field;
	day?: Field;
	hour?: Field;
	minute?: Field;
	second?: Field;
	millisecond?: Field;
	/** the spreadsheet's `Time` / `End Time`: "22:00", "10:00 PM", "2200" */
	time?: Field;
	display?: Field;
	format?: Field;
}

export interface MediaIn {
	url?: Field;
	caption?: Field;
	credit?: Field;
	thumbnail?: Field;
	alt?: Field;
	title?: Field;
	link?: Field;
	linkTarget?: Field;
}

export type SlideType = 'title' | 'era' | 'event';

export interface SlideIn extends Position {
	type: SlideType;
	/** the slide in messages: `row 5` in a spreadsheet, `events[3]` in JSON */
	where: string;
	/** the slide in a citation's locator: `line 5`, `events[3]` */
	locator: string;
	start?: DateIn;
	end?: DateIn;
	headline?: Field;
	text?: Field;
	media?: MediaIn;
	group?: Field;
	displayDate?: Field;
	uniqueId?: Field;
	/** a colour or a picture's address (and its alt text) */
	background: Field[];
	autolink?: boolean;
	/** fields TimelineJS does not know, or this importer has no place for: reported */
	unknown: Field[];
}

export type FileFormat = 'json' | 'csv';

export interface FileIn {
	format: FileFormat;
	title?: SlideIn;
	events: SlideIn[];
	eras: SlideIn[];
	/** top-level fields other than title, events and eras (scale is one) */
	other: Field[];
	/** things the reader skipped and says so: blank rows */
	skipped: string[];
}

export type ReadResult = { file: FileIn; problems: [] } | { file?: undefined; problems: Problem[] };

function problem(file: string, at: Position, where: string, field: string, message: string) {
	return { file, line: at.line, column: at.column, where, field, message };
}

// ---- JSON

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const TOP_KEYS = ['events', 'title', 'eras', 'scale'];
const SLIDE_KEYS = [
	'start_date',
	'end_date',
	'text',
	'media',
	'group',
	'display_date',
	'background',
	'autolink',
	'unique_id'
];
const DATE_KEYS = [
	'year',
	'month',
	'day',
	'hour',
	'minute',
	'second',
	'millisecond',
	'display_date',
	'format'
];
const TEXT_KEYS = ['headline', 'text'];
const MEDIA_KEYS = ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'];
const BACKGROUND_KEYS = ['url', 'alt', 'color'];

/**
 * Reads TimelineJS JSON. Syntax errors are located by line and column; a value of the wrong type
 * by its JSON path (`events[3].start_date.month`) as well.
 */
export function readTimelineJson(text: string, file: string): ReadResult {
	const parsed = parseJson(text);
	const problems: Problem[] = [];
	const at = (path: JsonPath) => parsed.locate(path);
	const fail = (path: JsonPath, message: string, where = '$') => {
		const pos = at(path);
		problems.push(problem(file, pos, where, formatPath(path) || '(json)', message));
	};
	for (const p of parsed.problems) {
		problems.push(problem(file, p, '$', formatPath(p.path) || '(json)', p.message));
	}
	if (problems.length) return { problems };
	const root = parsed.value;
	if (!isObject(root)) {
		fail([], 'is not a JSON object; expected a TimelineJS timeline: {"events": [...]}');
		return { problems };
	}

	const old = root.timeline;
	if (!Object.hasOwn(root, 'events') && isObject(old) && Array.isArray(old.date)) {
		fail(
			['timeline'],
			'is a TimelineJS 2 timeline ("timeline" with a "date" list); expected TimelineJS 3\'s format, {"events": [...]}, or its spreadsheet saved as CSV: this importer reads those two'
		);
		return { problems };
	}
	const top: Obj = root;
	const valueAt = (path: JsonPath): unknown =>
		path.reduce<unknown>((v, seg) => {
			if (typeof seg === 'number') return Array.isArray(v) ? v[seg] : undefined;
			return isObject(v) && Object.hasOwn(v, seg) ? v[seg] : undefined;
		}, top);

	/** A string (or, for date parts, a number) at `path`, named `name` in messages. */
	const field = (
		path: JsonPath,
		name: string,
		where: string,
		numeric = false
	): Field | undefined => {
		const value = valueAt(path);
		// a blank string is a field left empty, as an empty cell is in the spreadsheet: TimelineJS's
		// own samples write every date part and leave the unused ones ""
		if (value === undefined || value === null || (typeof value === 'string' && !value.trim()))
			return undefined;
		const pos = at(path);
		if (typeof value === 'string' || (numeric && typeof value === 'number')) {
			return { value: String(value), field: name, line: pos.line, column: pos.column };
		}
		const expected = numeric ? 'a number or a string of digits' : 'a string';
		problems.push(problem(file, pos, where, name, `is ${describe(value)}; expected ${expected}`));
		return undefined;
	};

	function unknownKeys(obj: Obj, path: JsonPath, known: string[], prefix: string) {
		const out: Field[] = [];
		for (const key of Object.keys(obj)) {
			if (known.includes(key)) continue;
			const pos = parsed.locateKey([...path, key]);
			out.push({
				value: JSON.stringify(obj[key]) ?? '',
				field: `${prefix}${key}${didYouMean(key, known)}`,
				line: pos.line,
				column: pos.column
			});
		}
		return out;
	}

	function object(path: JsonPath, name: string, where: string): Obj | undefined {
		const value = valueAt(path);
		if (value === undefined || value === null) return undefined;
		if (isObject(value)) return value;
		const pos = at(path);
		problems.push(problem(file, pos, where, name, `is ${describe(value)}; expected an object`));
		return undefined;
	}

	function date(path: JsonPath, prefix: string, where: string, unknown: Field[]) {
		const obj = object(path, prefix, where);
		if (!obj) return undefined;
		unknown.push(...unknownKeys(obj, path, DATE_KEYS, `${prefix}.`));
		const part = (key: string, numeric = true) =>
			field([...path, key], `${prefix}.${key}`, where, numeric);
		return {
			year: part('year'),
			month: part('month'),
			day: part('day'),
			hour: part('hour'),
			minute: part('minute'),
			second: part('second'),
			millisecond: part('millisecond'),
			display: part('display_date', false),
			format: part('format', false)
		} satisfies DateIn;
	}

	function slide(path: JsonPath, type: SlideType): SlideIn | undefined {
		const where = formatPath(path);
		const obj = object(path, '(slide)', where);
		if (!obj) return undefined;
		const pos = at(path);
		const unknown = unknownKeys(obj, path, SLIDE_KEYS, '');
		const text = object([...path, 'text'], 'text', where);
		if (text) unknown.push(...unknownKeys(text, [...path, 'text'], TEXT_KEYS, 'text.'));
		const mediaObj = object([...path, 'media'], 'media', where);
		let media: MediaIn | undefined;
		if (mediaObj) {
			const mp = [...path, 'media'];
			unknown.push(...unknownKeys(mediaObj, mp, MEDIA_KEYS, 'media.'));
			const m = (key: string) => field([...mp, key], `media.${key}`, where);
			media = {
				url: m('url'),
				caption: m('caption'),
				credit: m('credit'),
				thumbnail: m('thumbnail'),
				alt: m('alt'),
				title: m('title'),
				link: m('link'),
				linkTarget: m('link_target')
			};
		}
		const background: Field[] = [];
		const bg = object([...path, 'background'], 'background', where);
		if (bg) {
			const bp = [...path, 'background'];
			unknown.push(...unknownKeys(bg, bp, BACKGROUND_KEYS, 'background.'));
			for (const key of BACKGROUND_KEYS) {
				const f = field([...bp, key], `background.${key}`, where);
				if (f) background.push(f);
			}
		}
		let autolink: boolean | undefined;
		if (obj.autolink !== undefined) {
			if (typeof obj.autolink === 'boolean') autolink = obj.autolink;
			else
				fail([...path, 'autolink'], `is ${describe(obj.autolink)}; expected true or false`, where);
		}
		return {
			type,
			where,
			locator: where,
			line: pos.line,
			column: pos.column,
			start: date([...path, 'start_date'], 'start_date', where, unknown),
			end: date([...path, 'end_date'], 'end_date', where, unknown),
			headline: field([...path, 'text', 'headline'], 'text.headline', where),
			text: field([...path, 'text', 'text'], 'text.text', where),
			media,
			group: field([...path, 'group'], 'group', where),
			displayDate: field([...path, 'display_date'], 'display_date', where),
			uniqueId: field([...path, 'unique_id'], 'unique_id', where, true),
			background,
			autolink,
			unknown
		};
	}

	function list(key: 'events' | 'eras', type: SlideType): SlideIn[] {
		const value = top[key];
		if (value === undefined && key === 'eras') return [];
		if (!Array.isArray(value)) {
			fail(
				[key],
				value === undefined
					? 'is missing; expected a list of slides (TimelineJS needs "events")'
					: `is ${describe(value)}; expected a list of slides`
			);
			return [];
		}
		return value.flatMap((_, i) => slide([key, i], type) ?? []);
	}

	const events = list('events', 'event');
	const eras = list('eras', 'era');
	const title = top.title === undefined ? undefined : slide(['title'], 'title');
	const other = unknownKeys(top, [], TOP_KEYS.slice(0, 3), '');
	if (problems.length) return { problems };
	return { file: { format: 'json', title, events, eras, other, skipped: [] }, problems: [] };
}

function describe(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'object') return 'an object';
	if (typeof v === 'string') return `the text ${JSON.stringify(v)}`;
	return `${typeof v === 'number' ? 'the number ' : ''}${String(v)}`;
}

// ---- CSV

/** The columns of TimelineJS's spreadsheet template, in its order. */
export const TEMPLATE_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;

type Column = (typeof TEMPLATE_COLUMNS)[number];

/** Columns without which no row can be read: the start date and the words. */
export const REQUIRED_COLUMNS: readonly Column[] = ['Year', 'Month', 'Day', 'Headline', 'Text'];

/** Older templates' names for the same columns. */
const COLUMN_ALIASES: Record<string, Column> = { tag: 'Group' };

/** `A`, `B`, … `AA`: the spreadsheet's name for the column at `index` (0-based). */
export function columnLetter(index: number): string {
	let n = index + 1;
	let out = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		out = String.fromCharCode(65 + r) + out;
		n = Math.floor((n - 1) / 26);
	}
	return out;
}

/** Line and column of every character offset of `text`, from its line starts. */
function positions(text: string): (offset: number) => Position {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >>> 1;
			if ((starts[mid] ?? 0) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
	};
}

/** Where each field of the record starting at `start` begins, as offsets into `text`. */
function fieldOffsets(text: string, start: number, separator: Separator): number[] {
	const offsets = [start];
	let quoted = false;
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (c === separator && !quoted) offsets.push(i + 1);
		else if ((c === '\n' || c === '\r') && !quoted) break;
	}
	return offsets;
}

type Separator = ',' | ';' | '\t';

/**
 * What separates a sheet's fields: a comma, or a semicolon where Excel saves "CSV" in a language
 * whose decimal mark is a comma (French, German), or a tab in text exported as TSV. Read from the
 * header row, whose column names hold none of them: the one that splits it most.
 */
function separatorOf(body: string): Separator {
	const header = body.slice(0, body.search(/[\r\n]|$/));
	let best: Separator = ',';
	for (const s of [';', '\t'] as const) {
		if (header.split(s).length > header.split(best).length) best = s;
	}
	return best;
}

/**
 * Reads a CSV saved from TimelineJS's spreadsheet template: a header row naming the columns, then
 * one row per slide. Every value is located by line and column; rows are named by their line.
 */
export function readTimelineCsv(text: string, file: string): ReadResult {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const locate = positions(body);
	const separator = separatorOf(body);
	let records: { record: string[]; info: { bytes: number } }[];
	try {
		records = parseCsv(body, {
			delimiter: separator,
			info: true,
			relax_column_count: true,
			skip_empty_lines: false
		}) as unknown as { record: string[]; info: { bytes: number } }[];
	} catch (e) {
		if (e instanceof CsvError) {
			const err = e as CsvError & { lines?: number; bytes?: number; column?: number };
			// csv-parse counts bytes: turn them into a character offset
			const offset =
				typeof err.bytes === 'number'
					? Buffer.from(body, 'utf8').subarray(0, err.bytes).toString('utf8').length
					: undefined;
			const pos =
				offset !== undefined
					? locate(Math.max(0, offset - 1))
					: { line: err.lines ?? 1, column: 1 };
			const message = e.message.replace(/ at line \d+/, '');
			return {
				problems: [problem(file, pos, '(csv)', '(syntax)', `${message}; expected RFC 4180 CSV`)]
			};
		}
		throw e;
	}

	// csv-parse says where each record ends in bytes; count characters alongside
	const bytes = Buffer.from(body, 'utf8');
	let byte = 0;
	let offset = 0;
	const rows = records.map(({ record, info }) => {
		const start = offset;
		offset += bytes.subarray(byte, info.bytes).toString('utf8').length;
		byte = info.bytes;
		return { record, start, fields: fieldOffsets(body, start, separator) };
	});
	const header = rows.shift();
	if (!header || header.record.every((c) => !c.trim())) {
		return {
			problems: [
				problem(
					file,
					{ line: 1, column: 1 },
					'(csv)',
					'(header)',
					"has no header row; expected the template's columns: " + TEMPLATE_COLUMNS.join(', ')
				)
			]
		};
	}

	const problems: Problem[] = [];
	const columns = new Map<Column, number>();
	const extra: { name: string; index: number }[] = [];
	const byLower = new Map<string, Column>(TEMPLATE_COLUMNS.map((c) => [c.toLowerCase(), c]));
	header.record.forEach((cell, index) => {
		const name = cell.trim();
		const pos = locate(header.fields[index] ?? 0);
		const known = byLower.get(name.toLowerCase()) ?? COLUMN_ALIASES[name.toLowerCase()];
		const cellProblem = (message: string) =>
			problems.push(problem(file, pos, 'header', `column ${columnLetter(index)}`, message));
		if (!known) {
			if (!name) return;
			const hint = didYouMean(name, TEMPLATE_COLUMNS);
			if (hint) cellProblem(`"${name}" is not a column of the TimelineJS template${hint}`);
			else extra.push({ name, index });
			return;
		}
		if (columns.has(known)) {
			const first = columnLetter(columns.get(known) ?? 0);
			cellProblem(`"${name}" repeats column ${first}; expected each column once`);
			return;
		}
		columns.set(known, index);
	});
	const missing = REQUIRED_COLUMNS.filter((c) => !columns.has(c));
	if (missing.length) {
		problems.push(
			problem(
				file,
				{ line: 1, column: 1 },
				'header',
				'(columns)',
				`lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; expected the TimelineJS template's header: ${TEMPLATE_COLUMNS.join(', ')}`
			)
		);
	}
	if (problems.length) return { problems };

	const events: SlideIn[] = [];
	const eras: SlideIn[] = [];
	const skipped: string[] = [];
	let title: SlideIn | undefined;
	for (const row of rows) {
		const rowPos = locate(row.start);
		const where = `row ${rowPos.line}`;
		if (row.record.every((c) => !c.trim())) {
			if (row.start < body.length && body.slice(row.start).trim()) skipped.push(`blank ${where}`);
			continue;
		}
		const cell = (column: Column): Field | undefined => {
			const index = columns.get(column);
			if (index === undefined) return undefined;
			const value = row.record[index]?.trim() ?? '';
			if (!value) return undefined;
			return { value, field: column, ...locate(row.fields[index] ?? row.start) };
		};
		if (row.record.length > header.record.length) {
			const index = row.record.findIndex((c, i) => i >= header.record.length && c.trim());
			if (index >= 0) {
				problems.push(
					problem(
						file,
						locate(row.fields[index] ?? row.start),
						where,
						`column ${columnLetter(index)}`,
						`holds ${JSON.stringify(row.record[index]?.slice(0, 40))} beyond the header's ${header.record.length} columns; expected a header for every column`
					)
				);
				continue;
			}
		}
		const typeCell = cell('Type');
		const typeWord = typeCell?.value.toLowerCase() ?? '';
		if (typeCell && typeWord !== 'title' && typeWord !== 'era') {
			problems.push(
				problem(
					file,
					typeCell,
					where,
					'Type',
					`"${typeCell.value}" is not a slide type of the template; expected title, era, or nothing for an event${didYouMean(typeWord, ['title', 'era'])}`
				)
			);
			continue;
		}
		const unknown: Field[] = [];
		for (const { name, index } of extra) {
			const value = row.record[index]?.trim();
			if (value) unknown.push({ value, field: name, ...locate(row.fields[index] ?? row.start) });
		}
		const background = cell('Background');
		let type: SlideType = typeWord === 'title' ? 'title' : typeWord === 'era' ? 'era' : 'event';
		// TimelineJS shows a second title row as an event
		if (type === 'title' && title) {
			type = 'event';
			skipped.push(`${where} is a second title row: read as an event, as TimelineJS does`);
		}
		const slide: SlideIn = {
			type,
			where,
			locator: `line ${rowPos.line}`,
			...rowPos,
			start: { year: cell('Year'), month: cell('Month'), day: cell('Day'), time: cell('Time') },
			end: {
				year: cell('End Year'),
				month: cell('End Month'),
				day: cell('End Day'),
				time: cell('End Time')
			},
			headline: cell('Headline'),
			text: cell('Text'),
			media: {
				url: cell('Media'),
				credit: cell('Media Credit'),
				caption: cell('Media Caption'),
				thumbnail: cell('Media Thumbnail')
			},
			group: cell('Group'),
			displayDate: cell('Display Date'),
			background: background ? [background] : [],
			unknown
		};
		if (type === 'title') title = slide;
		else if (type === 'era') eras.push(slide);
		else events.push(slide);
	}
	if (problems.length) return { problems };
	for (const { name, index } of extra) {
		if (!rows.some((r) => r.record[index]?.trim())) {
			skipped.push(
				`column ${columnLetter(index)} "${name}" is not in the template and holds nothing`
			);
		}
	}
	return { file: { format: 'csv', title, events, eras, other: [], skipped }, problems: [] };
}
