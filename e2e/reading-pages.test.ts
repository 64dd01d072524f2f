/**
 * Reading the timeline on a phone and on a desktop: an event page answers "when, how sure, and who
 * says so" in its first screen, the filters answer "what did one side say after a date", and the
 * printed briefing opens with the story.
 */
import type { Locator, Page } from '@playwright/test';
import { FIXTURE_ORIGIN } from '../playwright.config';
import { expect, test, visit } from './fixtures';
import type { Timeline } from '../src/lib/data/schema';
import { flat, printToPdf } from './pdf';

const SIZES = [
	{ width: 390, height: 844 },
	{ width: 1440, height: 900 }
];

/** Whether an element lies wholly inside the first screen of the page, scrolled to the top. */
async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
	return page.locator(selector).evaluate((el) => {
		const box = el.getBoundingClientRect();
		return box.height > 0 && box.top + scrollY >= 0 && box.bottom + scrollY <= innerHeight;
	});
}

/** How many lines an element's text is laid out on. */
function linesOf(locator: Locator): Promise<number> {
	return locator.evaluate((el) => {
		const range = document.createRange();
		range.selectNodeContents(el);
		return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
	});
}

const EVENTS = [
	{
		name: 'the shipped timeline',
		path: '/alaska-summit-2025/events/wsj-report-2025-08-16/',
		when: 'Sat 16 Aug 2025, between about 03:00 and 15:06 (uncertain), New York time',
		status: 'Occurred',
		who: 'European officials (unnamed), via The Wall Street Journal'
	},
	{
		name: 'a fixture timeline',
		path: `${FIXTURE_ORIGIN}/fixture-talks/events/call-with-europeans/`,
		when: 'about Fri 15 Aug 2025, 20:00–21:00 Anchorage time',
		status: 'Reported',
		who: /^four European officials, via \S/
	}
];

for (const size of SIZES) {
	test.describe(`at ${size.width} × ${size.height}`, () => {
		test.use({ viewport: size });

		for (const e of EVENTS) {
			test(`an event page of ${e.name} answers when, how sure and who says so in its first screen`, async ({
				page
			}) => {
				await visit(page, e.path);
				const panel = page.locator('[data-panel-event]');
				await expect(panel.locator('.when-line')).toHaveText(e.when);
				await expect(panel.locator('.answers strong.status')).toHaveText(e.status);
				await expect(panel.locator('.who-line')).toHaveText(e.who);
				for (const selector of [
					'[data-panel-event] h1',
					'[data-panel-event] .when-line',
					'[data-panel-event] .answers strong.status',
					'[data-panel-event] .who-line',
					'.breadcrumb a',
					'[data-panel-event] header nav a[rel="next"]'
				]) {
					expect(await inFirstScreen(page, selector), `${selector} in the first screen`).toBe(true);
				}
				// the status is said once, not in a kicker and again in a sentence
				await expect(panel.getByText(e.status, { exact: true })).toHaveCount(1);
				// the kind above the title keeps its words on one line: the nav makes way, not the kind
				expect(await linesOf(panel.locator('.kicker'))).toBe(1);
			});
		}

		test('each source is cited in full once, however many quotes it backs', async ({ page }) => {
			await visit(page, '/alaska-summit-2025/events/wsj-report-2025-08-16/');
			const panel = page.locator('[data-panel-event]');
			const sources = panel.getByRole('region', { name: 'Sources' }).getByRole('listitem');
			await expect(sources).toHaveCount(2);
			// Newsmax backs two quotes and the WSJ two: each note is printed once
			const notes = await panel.locator('cite + .note, .note').allTextContents();
			expect(new Set(notes).size).toBe(notes.length);
			const newsmax = panel.getByRole('region', { name: 'Evidence' }).getByRole('link', {
				name: 'Newsmax'
			});
			await expect(newsmax).toHaveCount(2);
			await newsmax.first().click();
			await expect(page).toHaveURL(/#source-wsj-report-2025-08-16-newsmax-2025-08-16$/);
		});

		test('the filters find what one side said after a date, and keep it in the link', async ({
			page
		}) => {
			await visit(page, `${FIXTURE_ORIGIN}/fixture-talks/`);
			await expect(
				page.getByLabel("Only in The Test Gazette's “Leaders talk across three time zones”")
			).toBeVisible();
			await page.locator('summary', { hasText: 'Actor' }).click();
			await page.getByRole('checkbox', { name: 'All of United States' }).check();
			await expect(page).toHaveURL(/\?side=united-states$/);
			await page.keyboard.press('Escape');
			await page.getByRole('combobox', { name: 'The chosen actors' }).selectOption('speaker');
			await expect(page).toHaveURL(/\?side=united-states&as=speaker$/);
			// the summit's announcement (8 Aug) is Trump's post; the range leaves it out
			await expect(page.getByRole('status').filter({ hasText: 'events' })).toHaveText(
				'3 of 5 events'
			);
			await page.getByLabel('From').fill('2025-08-15');
			await expect(page).toHaveURL(/\?side=united-states&as=speaker&from=2025-08-15$/);
			await expect(page.getByRole('status').filter({ hasText: 'events' })).toHaveText(
				'2 of 5 events'
			);
			// the link opens the same view
			await visit(page, page.url());
			await expect(page.getByRole('status').filter({ hasText: 'events' })).toHaveText(
				'2 of 5 events'
			);
		});

		test('on the shipped timeline, speaking leaves out those spoken about', async ({ page }) => {
			await visit(page, '/alaska-summit-2025/?side=russia&as=speaker&from=2025-08-16');
			const list = page.locator('section.event-list');
			await expect(list.locator('a[href*="putin-kremlin-briefing-2025-08-16"]')).toHaveCount(1);
			await expect(list.locator('a[href*="lavrov-road-to-nowhere-2025-08-20"]')).toHaveCount(1);
			// Trump's threat names Putin as its subject, and came before the summit
			await expect(list.locator('a[href*="trump-severe-consequences-warning"]')).toHaveCount(0);
			// Russia takes part in the post-summit call only as its subject
			await visit(page, '/alaska-summit-2025/?side=russia&as=speaker');
			await expect(list.locator('a[href*="trump-post-arrangements-2025-08-18"]')).toHaveCount(0);
			await visit(page, '/alaska-summit-2025/?side=russia');
			await expect(list.locator('a[href*="trump-post-arrangements-2025-08-18"]')).toHaveCount(1);
		});
	});
}

for (const { name, origin, id } of [
	{ name: 'the shipped timeline', origin: '', id: 'alaska-summit-2025' },
	{ name: 'a fixture timeline', origin: FIXTURE_ORIGIN, id: 'fixture-talks' }
]) {
	test(`the briefing of ${name} opens with the overview and events, with one status key and the permalinks listed once`, async ({
		page
	}, info) => {
		const exported = await page.request.get(`${origin}/${id}/export.json`);
		const timeline = (await exported.json()) as Timeline;
		await visit(page, `${origin}/${id}/print/`);
		// one key, naming exactly the statuses the events use
		const key = page.locator('.status-key');
		await expect(key).toHaveCount(1);
		const keyed = (await key.locator('strong').allTextContents()).sort();
		const used = [
			...new Set(await page.locator('article.event .status strong').allTextContents())
		].sort();
		expect(keyed).toEqual(used);

		const pdf = await printToPdf(page, info, 'A4', id);
		const [first = ''] = pdf.text.split('\f');
		expect(flat(first)).toMatch(/overview/i);
		// the first page carries the overview and the first events (it held two before)
		const onFirst = timeline.events.filter((e, i) => flat(first).includes(` ${i + 1} ${e.title}`));
		expect(onFirst.length).toBeGreaterThanOrEqual(Math.min(3, timeline.events.length));
		// no long address after every event: one list of event pages at the end
		expect(pdf.text).not.toContain('Permalink:');
		const pages = flat(pdf.text).search(/event pages/i);
		expect(pages).toBeGreaterThan(flat(pdf.text).indexOf(timeline.events.at(-1)!.title));
	});
}
