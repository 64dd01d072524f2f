/**
 * The hostile timeline (e2e/fixtures/hostile/hostile.json), built into its own site: markup and
 * script in every text field must show as text and never run, on every page and in every export,
 * and the layout must hold at phone and desktop widths.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { HOSTILE_DIR, HOSTILE_PORT, HOSTILE_TIMELINES } from '../playwright.config';
import { escapeHtml } from '../src/lib/html';
import { watchCsp } from './csp';
import { expect, test } from './fixtures';
import {
	builtPages,
	describePage,
	expectedProblems,
	notFoundPage,
	open,
	type BuiltPage
} from './routes';

const origin = `http://127.0.0.1:${HOSTILE_PORT}`;
const timeline = JSON.parse(readFileSync(`${HOSTILE_TIMELINES}/hostile.json`, 'utf8')) as {
	title: string;
	events: { id: string; title: string }[];
};

/** Pages to open in the browser: every HTML page of the build, then the 404 page if any. */
async function htmlPages(): Promise<BuiltPage[]> {
	const pages = (await builtPages(HOSTILE_DIR)).filter((p) => p.kind !== 'file');
	const notFound = notFoundPage(HOSTILE_DIR);
	return notFound ? [...pages, notFound] : pages;
}

/** Everything that would show that a payload ran or became markup. */
async function signsOfInjection(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const signs: string[] = [];
		const w = window as unknown as Record<string, unknown>;
		if ('__pwned' in w) signs.push(`a payload ran: __pwned = ${String(w.__pwned)}`);
		for (const el of document.querySelectorAll('[data-hostile]'))
			signs.push(`injected element: ${el.outerHTML.slice(0, 120)}`);
		for (const a of document.querySelectorAll('a[href]'))
			if (/^\s*(javascript|data|vbscript):/i.test(a.getAttribute('href') ?? ''))
				signs.push(`unsafe link: ${a.getAttribute('href')}`);
		return signs;
	});
}

test('nothing in the hostile timeline runs or becomes markup, on any page', async ({
	page,
	pageProblems
}) => {
	const pages = await htmlPages();
	test.setTimeout(20_000 + pages.length * 15_000);
	const csp = await watchCsp(page);
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	for (const built of pages) {
		await test.step(describePage(built), async () => {
			for (const re of expectedProblems(built)) pageProblems.allow(re);
			await open(page, built, origin);
			// walk the page by keyboard too: tooltips and live regions render text on focus
			for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
			expect.soft(await signsOfInjection(page), built.path).toEqual([]);
			expect.soft(csp.take(), `CSP violations on ${built.path}`).toEqual([]);
			if (built.kind === 'page' && built.route !== '404') {
				// the payloads show as the text they are
				await expect.soft(page.locator('body'), built.path).toContainText('<script data-hostile>');
			}
		});
	}
	expect(dialogs).toEqual([]);
});

for (const width of [360, 1280]) {
	test(`the hostile timeline's pages fit a ${width} px window without sideways scrolling`, async ({
		page,
		pageProblems
	}) => {
		const pages = await htmlPages();
		test.setTimeout(20_000 + pages.length * 10_000);
		await page.setViewportSize({ width, height: 800 });
		for (const built of pages.filter((p) => p.kind === 'page')) {
			await test.step(describePage(built), async () => {
				for (const re of expectedProblems(built)) pageProblems.allow(re);
				await open(page, built, origin);
				const fit = await page.evaluate(() => ({
					scrollWidth: document.documentElement.scrollWidth,
					innerWidth: window.innerWidth,
					widest: [...document.body.querySelectorAll('*')]
						.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
						.slice(0, 3)
						.map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
				}));
				expect
					.soft(fit.scrollWidth, `${built.path} is wider than the window: ${fit.widest.join(', ')}`)
					.toBeLessThanOrEqual(fit.innerWidth);
			});
		}
	});
}

/** RFC 4180 fields, quotes and doubled quotes included. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endField = () => {
		row.push(field);
		field = '';
	};
	const endRow = () => {
		endField();
		rows.push(row);
		row = [];
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') quoted = !quoted;
		else if (quoted) field += c;
		else if (c === ',') endField();
		else if (c === '\n') endRow();
		else if (c !== '\r') field += c;
	}
	if (field || row.length) endRow();
	return rows;
}

test('the hostile timeline exports carry the text inertly', async ({ request }) => {
	const files = (await builtPages(HOSTILE_DIR)).filter((p) => p.kind === 'file');
	test.skip(files.length === 0, 'this build has no exports yet');
	for (const file of files) {
		await test.step(file.path, async () => {
			const response = await request.get(`${origin}${file.path}`);
			expect(response.status()).toBe(200);
			expect.soft(response.headers()['content-type'], file.path).not.toMatch(/html/);
			const text = await response.text();
			if (file.path.endsWith('.json')) {
				const strings = JSON.stringify(JSON.parse(text));
				// the data exports carry every title exactly (other JSON, say an index, may not); the
				// TimelineJS one as the HTML TimelineJS renders, escaped
				const html = file.path.endsWith('.timelinejs.json');
				if (/export/.test(file.path))
					for (const event of timeline.events)
						expect
							.soft(strings, `${event.id} title`)
							.toContain(JSON.stringify(html ? escapeHtml(event.title) : event.title));
			} else if (file.path.endsWith('.ics')) {
				expect.soft(text, 'every line ends in CRLF').not.toMatch(/[^\r]\n|\r[^\n]/);
				const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
				expect.soft(lines.filter((l) => l === 'BEGIN:VEVENT').length).toBe(timeline.events.length);
				expect.soft(lines.filter((l) => /^(X-INJECTED|SUMMARY:forged)/.test(l))).toEqual([]);
			} else if (file.path.endsWith('.csv')) {
				const rows = parseCsv(text.replace(/^\ufeff/, ''));
				expect.soft(rows.length, 'a header and one row per event').toBe(timeline.events.length + 1);
				const formulas = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
				expect.soft(formulas, 'cells a spreadsheet would run as formulas').toEqual([]);
			}
		});
	}
});
