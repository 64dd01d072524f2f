/**
 * One import, from a file on disk to a validated timeline: reads the file (JSON or a spreadsheet's
 * CSV), converts it, validates the result with the project's own validator, and says what it did.
 * Writing is the caller's (scripts/import.ts), so a test can check everything without a disk.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { validateTimelineText, type Problem } from '../data/validate';
import { convertTimeline, slugify, type ImportOptions } from './convert';
import { readTimelineCsv, readTimelineJson, type FileFormat } from './read';
import type { ImportReport } from './report';

/** Files larger than this are refused: TimelineJS itself slows down past a few hundred slides. */
export const MAX_BYTES = 4 * 1024 * 1024;

export interface ImportFileOptions extends Partial<Omit<ImportOptions, 'file' | 'fileName'>> {
	/** the path in messages; defaults to the path read */
	display?: string;
}

export interface ImportFileResult {
	/** the timeline as the file to write, validated; only when there is no problem */
	text?: string;
	id: string;
	format?: FileFormat;
	problems: Problem[];
	report?: ImportReport;
	events?: number;
}

const fileProblem = (file: string, message: string, where = '(file)'): Problem => ({
	file,
	line: 1,
	column: 1,
	where: '$',
	field: where,
	message
});

/** Line and column of the first byte that is not UTF-8: where a lenient decoder puts U+FFFD. */
function firstBadByte(bytes: Buffer): { line: number; column: number } {
	const lossy = bytes.toString('utf8');
	const lines = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n');
	return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Why reading failed: `message` when the error has the expected `code`, else the system's own. */
function unreadable(error: unknown, code: string, message: string): string {
	return (error as { code?: string }).code === code
		? message
		: `cannot be read (${(error as Error).message})`;
}

/**
 * Whether the bytes open a workbook rather than text: a zip archive (.xlsx, .ods, .numbers) or an
 * Excel 97 file. Read as text it would only fail as a sheet without the template's header.
 */
function isWorkbook(bytes: Uint8Array): boolean {
	const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
	return (
		starts([0x50, 0x4b, 0x03, 0x04]) || starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
	);
}

/** `json` or `csv`, from the name, else from the first character. */
export function detectFormat(path: string, text: string): FileFormat {
	const ext = extname(path).toLowerCase();
	if (ext === '.json') return 'json';
	if (ext === '.csv') return 'csv';
	return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** Today in UTC, YYYY-MM-DD. */
export function todayUtc(): string {
	return new Date().toISOString().slice(0, 10);
}

export function importFile(path: string, options: ImportFileOptions = {}): ImportFileResult {
	const file = options.display ?? path;
	const fileName = basename(path);
	const id = options.id ?? slugify(fileName.replace(/\.[^.]+$/, ''));
	if (!id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.length > 80) {
		return {
			id,
			problems: [
				fileProblem(
					file,
					`"${id}" is not a timeline id; expected lower-case letters and digits joined by single hyphens (give one with --id)`,
					'--id'
				)
			]
		};
	}
	let size: number;
	try {
		size = statSync(path).size;
	} catch (e) {
		const message = unreadable(
			e,
			'ENOENT',
			'does not exist; expected a TimelineJS .json file or a .csv saved from its spreadsheet'
		);
		return { id, problems: [fileProblem(file, message)] };
	}
	if (size > MAX_BYTES) {
		const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
		return {
			id,
			problems: [
				fileProblem(
					file,
					`is ${mb(size)} MB; expected at most ${mb(MAX_BYTES)} MB (split the timeline into several files)`
				)
			]
		};
	}
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (e) {
		const message = unreadable(
			e,
			'EISDIR',
			'is a folder; expected a TimelineJS .json or .csv file'
		);
		return { id, problems: [fileProblem(file, message)] };
	}
	if (isWorkbook(bytes)) {
		return {
			id,
			problems: [
				fileProblem(
					file,
					'is a spreadsheet workbook, not text; expected the sheet saved as CSV (Excel: File › Save As › CSV UTF-8; Google Sheets: File › Download › Comma-separated values)'
				)
			]
		};
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const at = firstBadByte(bytes);
		return {
			id,
			problems: [
				{
					...fileProblem(file, ''),
					...at,
					message:
						'is not UTF-8 text; expected a file saved as UTF-8 (a spreadsheet\'s "CSV UTF-8")'
				}
			]
		};
	}
	if (!text.replace(/^\uFEFF/, '').trim()) {
		return {
			id,
			problems: [
				fileProblem(file, 'is empty; expected a TimelineJS JSON file or its spreadsheet as CSV')
			]
		};
	}
	const format = detectFormat(path, text);
	const read = format === 'json' ? readTimelineJson(text, file) : readTimelineCsv(text, file);
	if (!read.file) return { id, format, problems: read.problems };

	const converted = convertTimeline(read.file, {
		file,
		fileName,
		id,
		zone: options.zone ?? 'UTC',
		language: options.language ?? 'en',
		today: options.today ?? todayUtc(),
		sourceUrl: options.sourceUrl,
		dropScripts: options.dropScripts,
		schema: options.schema
	});
	const { report } = converted;
	if (!converted.timeline) return { id, format, problems: converted.problems, report };

	const out = `${JSON.stringify(converted.timeline, null, '\t')}\n`;
	const checked = validateTimelineText(out, `${id}.json`, { expectedId: id });
	if (checked.problems.length) {
		// point at the slide the event came from; the field is the one in the imported timeline
		const problems = checked.problems.map((p) => {
			const slide = converted.origins.get(p.where);
			return slide
				? {
						...p,
						file,
						line: slide.line,
						column: slide.column,
						where: slide.where,
						field: `${p.field} (of the imported event "${p.where}")`
					}
				: { ...p, file, line: 1, column: 1, message: `${p.message} (in the imported timeline)` };
		});
		return { id, format, problems, report };
	}
	return { id, format, text: out, problems: [], report, events: converted.timeline.events.length };
}
