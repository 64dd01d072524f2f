/**
 * Timeline files on disk: find them, read them, validate them. The build (server loader) and the
 * validate command both go through here, so they print the same messages.
 *
 * Node only (build time and the command line); never import it from code that runs in a browser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Timeline } from './schema';
import { validateTimelineText, type Problem } from './validate';

export interface FileResult {
	/** the path as messages show it: relative to the working directory when inside it */
	file: string;
	timeline?: Timeline;
	problems: Problem[];
}

/** The path as messages show it. */
export function displayPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel && !rel.startsWith('..') ? rel : path;
}

function fileProblem(file: string, message: string): Problem {
	return { file, line: 1, column: 1, where: '$', field: '(file)', message };
}

/** Why a file or folder cannot be read, in words. */
function readError(e: unknown): string {
	const code = (e as { code?: string }).code;
	if (code === 'ENOENT')
		return 'does not exist; expected a timeline .json file or a folder of them';
	if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
	if (code === 'EISDIR') return 'is a folder; expected a timeline .json file';
	return `cannot be read (${e instanceof Error ? e.message : String(e)})`;
}

/** Reads and validates one timeline file; its id must match its file name. */
export function checkTimelineFile(path: string): FileResult {
	const file = displayPath(path);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (e) {
		return { file, problems: [fileProblem(file, readError(e))] };
	}
	const expectedId = basename(path).replace(/\.json$/i, '');
	return { file, ...validateTimelineText(text, file, { expectedId }) };
}

/** The `.json` files of a folder, sorted by name. Throws when the folder cannot be read. */
export function listTimelineFiles(dir: string): string[] {
	return readdirSync(dir)
		.filter((n) => n.endsWith('.json'))
		.sort()
		.map((n) => join(dir, n));
}

/**
 * Validates every target: a file, or a folder whose `.json` files are all checked. A target that
 * is missing, unreadable, or a folder with no timelines gets a problem of its own.
 */
export function checkTimelineTargets(targets: string[]): FileResult[] {
	const results: FileResult[] = [];
	for (const target of targets) {
		const file = displayPath(target);
		let isDir: boolean;
		try {
			isDir = statSync(target).isDirectory();
		} catch (e) {
			results.push({ file, problems: [fileProblem(file, readError(e))] });
			continue;
		}
		if (!isDir) {
			results.push(checkTimelineFile(target));
			continue;
		}
		let files: string[];
		try {
			files = listTimelineFiles(target);
		} catch (e) {
			results.push({ file, problems: [fileProblem(file, readError(e))] });
			continue;
		}
		if (files.length === 0) {
			results.push({
				file,
				problems: [fileProblem(file, 'holds no .json files; expected at least one timeline')]
			});
		}
		results.push(...files.map(checkTimelineFile));
	}
	return results;
}
