import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Timeline } from '../src/lib/data/schema';
import { Budget } from '../scripts/budget';
import { parseCsv } from '../src/lib/export/test-csv';
import { expect, test, visit, visitWithoutScripts } from './fixtures';
import {
	compact,
	exportedTimeline,
	flat,
	occurrences,
	pdfPagePng,
	pngSize,
	printToPdf,
	timelineIds
} from './pdf';

/** Event id → permalink, as the CSV export gives it (the same SITE_URL the briefing prints). */
async function permalinks(page: Page, id: string): Promise<Map<string, string>> {
	const csv = await (await page.request.get(`/${id}/export.csv`)).text();
	const [header = [], ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
	const idAt = header.indexOf('id');
	const urlAt = header.indexOf('url');
	return new Map(rows.map((r) => [r[idAt] ?? '', r[urlAt] ?? '']));
}

/**
 * Opens `path` filtered to the kind of the timeline's first event; gives the exported timeline,
 * that kind and its events.
 */
async function visitOneKind(page: Page, id: string, path: string) {
	const timeline = await exportedTimeline(page, id);
	const kind = timeline.events[0]?.kind ?? 'summit';
	const matching = timeline.events.filter((e) => e.kind === kind);
	await visit(page, `${path}?kind=${kind}`);
	return { timeline, kind, matching };
}

/**
 * Every event once as a numbered heading ("7 Trump and Putin meet in Alaska"), numbered and printed
 * in the export's date order, each with its permalink. (A title may also turn up in another event's
 * summary or quote: only the heading must be unique.)
 */
function expectEveryEvent(text: string, timeline: Timeline, links: Map<string, string>) {
	const words = ` ${flat(text)}`;
	let last = -1;
	for (const [i, event] of timeline.events.entries()) {
		const heading = ` ${i + 1} ${event.title}`;
		expect(occurrences(words, heading), `"${heading.trim()}" printed once`).toBe(1);
		const at = words.indexOf(heading);
		expect(at, `"${heading.trim()}" comes after the event before it`).toBeGreaterThan(last);
		last = at;
		const link = links.get(event.id);
		expect(link, `${event.id} has a permalink`).toMatch(/^https?:\/\/.+\/events\/.+\/$/);
		expect(compact(text)).toContain(link);
	}
}

for (const id of timelineIds()) {
	test.describe(`the briefing of ${id}`, () => {
		for (const format of ['A4', 'Letter'] as const) {
			test(`prints every event once, in date order, with its permalink, on ${format}`, async ({
				page
			}, info) => {
				const timeline = await exportedTimeline(page, id);
				const links = await permalinks(page, id);
				await visit(page, `/${id}/print/`);
				const pdf = await printToPdf(page, info, format);
				expect(pdf.size.toLowerCase()).toBe(format.toLowerCase());
				expectEveryEvent(pdf.text, timeline, links);
				// sentences joined to names that end in a full stop ("Washington, D.C.") end once
				expect(pdf.text).not.toMatch(/\w\.\.(?!\.)/);
				// the running footer numbers every page, and the header repeats the title after page 1
				const pages = pdf.text.split('\f').filter((p) => p.trim());
				expect(pages).toHaveLength(pdf.pages);
				pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pdf.pages}`));
				for (const p of pages.slice(1)) expect(flat(p)).toContain(timeline.title);
				if (format === 'A4') expect(pdf.pages).toBeLessThanOrEqual(6);
			});
		}

		test('page 1 of the A4 printout, as an image', async ({ page }, info) => {
			await visit(page, `/${id}/print/`);
			const pdf = await printToPdf(page, info, 'A4');
			const png = pdfPagePng(pdf.file, info);
			// A4 (210 × 297 mm) at 60 dpi: about 496 × 702 pixels
			const { width, height } = pngSize(png);
			expect(Math.abs(width - 496)).toBeLessThanOrEqual(2);
			expect(Math.abs(height - 702)).toBeLessThanOrEqual(2);
			expect(readFileSync(png).length).toBeGreaterThan(20_000);
			await info.attach('briefing-page-1', { path: png, contentType: 'image/png' });
		});

		test('a filtered view prints only its events and says which filters apply', async ({
			page
		}, info) => {
			const { timeline, kind, matching } = await visitOneKind(page, id, `/${id}/print/`);
			await expect(page.getByRole('status')).toContainText(
				`Filtered view: showing ${matching.length} of ${timeline.events.length} events, kind: ${kind}.`
			);
			await expect(page.getByRole('heading', { level: 4 })).toHaveText(
				matching.map((e) => e.title)
			);
			const pdf = await printToPdf(page, info, 'A4', 'filtered');
			const words = ` ${flat(pdf.text)}`;
			matching.forEach((event, i) =>
				expect(occurrences(words, ` ${i + 1} ${event.title}`), event.title).toBe(1)
			);
			for (const event of timeline.events.filter((e) => e.kind !== kind)) {
				expect(compact(pdf.text), event.id).not.toContain(`/events/${event.id}/`);
			}
			expect(pdf.text).not.toContain('Show all events');
			expect(flat(pdf.text)).toContain(`Filtered view: showing ${matching.length} of`);
			await page.getByRole('link', { name: 'Show all events' }).click();
			await expect(page.getByRole('heading', { level: 4 })).toHaveCount(timeline.events.length);
		});

		test('works without JavaScript', async ({ browser, page }) => {
			const timeline = await exportedTimeline(page, id);
			const noJs = await visitWithoutScripts(browser, `/${id}/print/`);
			await expect(noJs.getByRole('heading', { level: 4 })).toHaveText(
				timeline.events.map((e) => e.title)
			);
			await expect(noJs.getByRole('button', { name: 'Print' })).toHaveCount(0);
			await noJs.context().close();
		});

		test('printing the timeline page gives the briefing, without buttons or links to press', async ({
			page
		}, info) => {
			const timeline = await exportedTimeline(page, id);
			const links = await permalinks(page, id);
			await visit(page, `/${id}/`);
			await expect(page.getByRole('link', { name: 'Print briefing' })).toBeVisible();
			// the briefing is fetched once the page is idle
			await page.locator('[data-briefing="ready"]').waitFor({ state: 'attached' });
			// drawn for print, the briefing does not link the running header and footer a second time
			await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
			await expect(page.locator('.briefing')).toHaveCount(1);
			await expect(page.locator('link[href$="print.css"]')).toHaveCount(1);
			await page.evaluate(() => dispatchEvent(new Event('afterprint')));
			await expect(page.locator('.briefing')).toHaveCount(0);
			const pdf = await printToPdf(page, info, 'A4', 'timeline-page');
			expectEveryEvent(pdf.text, timeline, links);
			for (const word of [
				'Print briefing',
				'Download',
				'Skip to content',
				'Diplomatic timelines',
				'briefing page'
			]) {
				expect(pdf.text).not.toContain(word);
			}
			// drawn for the printout only: the screen is back as it was
			await expect(page.locator('.briefing')).toHaveCount(0);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		});

		test('printing the filtered timeline page gives the briefing of that view', async ({
			page
		}, info) => {
			const { timeline, kind, matching } = await visitOneKind(page, id, `/${id}/`);
			await page.locator('[data-briefing="ready"]').waitFor({ state: 'attached' });
			const pdf = await printToPdf(page, info, 'A4', 'timeline-page-filtered');
			expect(flat(pdf.text)).toContain(`Filtered view: showing ${matching.length} of`);
			for (const event of timeline.events) {
				const printed = compact(pdf.text).includes(`/events/${event.id}/`);
				expect(printed, event.id).toBe(event.kind === kind);
			}
		});

		test('without JavaScript, printing the timeline page gives its list of events and the briefing address', async ({
			browser
		}, info) => {
			const noJs = await visitWithoutScripts(browser, `/${id}/`);
			const timeline = await exportedTimeline(noJs, id);
			const pdf = await printToPdf(noJs, info, 'A4', 'timeline-page-no-js');
			const words = flat(pdf.text);
			for (const event of timeline.events) expect(words).toContain(flat(event.title));
			expect(words).toContain('is at:');
			expect(compact(pdf.text)).toContain(`/${id}/print/`);
			for (const word of ['Print briefing', 'Download']) {
				expect(pdf.text).not.toContain(word);
			}
			await noJs.context().close();
		});

		test('the briefing reached from the timeline page, unfiltered, holds every event', async ({
			page
		}) => {
			const timeline = await exportedTimeline(page, id);
			await visit(page, `/${id}/`);
			await page.getByRole('link', { name: 'Print briefing' }).click();
			await expect(page).toHaveURL(new RegExp(`/${id}/print/$`));
			// drawn in the browser: the server's briefing is kept only on the page the browser opened
			const paper = page.locator('.paper');
			for (const event of timeline.events) await expect(paper).toContainText(event.title);
			await expect(paper.locator('.briefing')).toHaveCount(1);
		});

		test('a filtered briefing whose code cannot be loaded says so, and shows no briefing', async ({
			page,
			pageProblems
		}) => {
			// the scripts the page's HTML loads come; any other the page asks for fails
			const first = new Budget('build').initialLoad(`build/${id}/print/index.html`);
			const loads = new Set(first.js.map((a) => `/${a.file}`));
			pageProblems.allow(/briefing could not be drawn|Failed to fetch|net::ERR_FAILED/);
			await page.route('**/_app/immutable/**/*.js', (route) =>
				loads.has(new URL(route.request().url()).pathname) ? route.continue() : route.abort()
			);
			await visitOneKind(page, id, `/${id}/print/`);
			// the server's briefing holds every event, not the filtered view: it is not left standing
			await expect(page.getByRole('alert')).toHaveText(
				'The briefing for this view could not be loaded. Reload the page to try again.'
			);
			await expect(page.locator('.paper .briefing')).toHaveCount(0);
		});

		test('a filtered briefing whose data cannot be fetched says so, and shows no briefing', async ({
			page,
			pageProblems
		}) => {
			pageProblems.allow(/briefing could not be fetched|Failed to fetch|net::ERR_FAILED/);
			await page.route(`**/${id}/briefing.json`, (route) => route.abort());
			await visitOneKind(page, id, `/${id}/print/`);
			await expect(page.getByRole('alert')).toHaveText(
				'The briefing for this view could not be loaded. Reload the page to try again.'
			);
			await expect(page.locator('.paper .briefing')).toHaveCount(0);
		});

		test('going back to a filtered address draws the briefing of that view', async ({ page }) => {
			const timeline = await exportedTimeline(page, id);
			const kind = timeline.events[0]?.kind ?? 'summit';
			const matching = timeline.events.filter((e) => e.kind === kind);
			// the page starts unfiltered, keeping the server's briefing and fetching nothing
			const fetched: string[] = [];
			page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
			await visit(page, `/${id}/print/`);
			await expect(page.getByRole('heading', { level: 4 })).toHaveCount(timeline.events.length);
			expect(fetched).not.toContain(`/${id}/briefing.json`);
			// an entry of the same page with a filtered address, reached by the browser's back button
			await page.evaluate((query) => {
				const here = location.pathname;
				history.pushState(history.state, '', `${here}${query}`);
				history.pushState(history.state, '', here);
				history.back();
			}, `?kind=${kind}`);
			await expect(page).toHaveURL(new RegExp(`/${id}/print/\\?kind=${kind}$`));
			await expect(page.getByRole('heading', { level: 4 })).toHaveText(
				matching.map((e) => e.title)
			);
		});

		test('the Print button opens the briefing of the filtered view', async ({ page }) => {
			const timeline = await exportedTimeline(page, id);
			const actor = timeline.events[0]?.participants[0]?.actor ?? '';
			const name = timeline.actors.find((a) => a.id === actor)?.name ?? actor;
			await visit(page, `/${id}/?actor=${actor}`);
			await page.getByRole('link', { name: 'Print briefing' }).click();
			await expect(page).toHaveURL(new RegExp(`/${id}/print/\\?actor=${actor}$`));
			await expect(page.getByRole('status')).toContainText(`with ${name}`);
			await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
		});
	});
}
