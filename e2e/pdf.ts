/**
 * Helpers for the print stories: render a page to PDF the way Chromium prints it, read the PDF back
 * with poppler (pdftotext, pdfinfo, pdftoppm), and read the timelines the build was made from.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import type { Timeline } from '../src/lib/data/schema';

/** Runs a poppler tool, saying how to get it when it is missing. */
function poppler(tool: string, args: string[]): string {
	try {
		return execFileSync(tool, args, { encoding: 'utf8' });
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
			throw new Error(
				`${tool} not found: install poppler-utils (apt-get install -y poppler-utils)`,
				{ cause: e }
			);
		}
		throw e;
	}
}

/** Ids of the timelines in `dir`: by default those the site was built from (TIMELINES_DIR). */
export function timelineIds(dir = process.env.TIMELINES_DIR ?? 'data/timelines'): string[] {
	return readdirSync(dir)
		.filter((n) => n.endsWith('.json'))
		.sort()
		.map((n) => (JSON.parse(readFileSync(join(dir, n), 'utf8')) as { id: string }).id);
}

/** The normalised timeline as the build exported it: events in date order. */
export async function exportedTimeline(page: Page, id: string): Promise<Timeline> {
	const res = await page.request.get(`/${id}/export.json`);
	if (!res.ok()) throw new Error(`export.json of ${id}: HTTP ${res.status()}`);
	return (await res.json()) as Timeline;
}

export interface PrintedPdf {
	file: string;
	text: string;
	pages: number;
	/** "A4", "letter", as pdfinfo names the page size */
	size: string;
}

/** Prints the current page to a PDF in the test's output folder and reads it back. */
export async function printToPdf(
	page: Page,
	info: TestInfo,
	format: 'A4' | 'Letter',
	name = 'briefing'
): Promise<PrintedPdf> {
	const file = info.outputPath(`${name}-${format}.pdf`);
	await page.pdf({ path: file, format });
	const text = poppler('pdftotext', ['-enc', 'UTF-8', file, '-']);
	const meta = poppler('pdfinfo', [file]);
	return {
		file,
		text,
		pages: Number(/^Pages:\s+(\d+)/m.exec(meta)?.[1] ?? 0),
		size: /^Page size:.*\((\w+)\)/m.exec(meta)?.[1] ?? 'unknown'
	};
}

/** Renders one page of a PDF to PNG at `dpi` and returns the file. */
export function pdfPagePng(pdf: string, info: TestInfo, pageNumber = 1, dpi = 60): string {
	const prefix = info.outputPath(`page-${pageNumber}`);
	poppler('pdftoppm', [
		'-png',
		'-r',
		String(dpi),
		'-f',
		String(pageNumber),
		'-l',
		String(pageNumber),
		'-singlefile',
		pdf,
		prefix
	]);
	return `${prefix}.png`;
}

/** Width and height of a PNG, from its header. */
export function pngSize(file: string): { width: number; height: number } {
	const head = readFileSync(file).subarray(16, 24);
	return { width: head.readUInt32BE(0), height: head.readUInt32BE(4) };
}

/** Text with every run of white space made one space: titles can wrap across lines. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');
/** Text with no white space at all: long addresses can break anywhere. */
export const compact = (text: string) => text.replace(/\s+/g, '');

/** How many times `needle` occurs in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
	let count = 0;
	for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) {
		count += 1;
	}
	return count;
}
