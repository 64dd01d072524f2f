/**
 * Timelines written in other languages, read, printed and exported in them: the Ukrainian and
 * French test timelines on the fixture site. A page passes when no English message of the
 * interface shows in it (its text, accessible names and titles), dates use the language's own
 * month names, and `<html lang>` says the timeline's language.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { FIXTURE_ORIGIN } from '../playwright.config';
import { catalogFiles, readCatalog, type Message } from '../src/lib/i18n/catalogs';
import { expect, hydrated, test, visit } from './fixtures';
import { printToPdf } from './pdf';

const TIMELINES = [
	{
		id: 'fixture-kyiv-uk',
		language: 'uk',
		event: 'stambulskyi-raund-2025-11-03',
		// the language's own month names, in full or short
		months: /жовт|лист/,
		// a zone of its events, and the city it is named after in the language (CLDR's)
		city: { zone: 'Europe/Kyiv', name: 'Київ' }
	},
	{
		id: 'fixture-geneve-fr',
		language: 'fr',
		event: 'pourparlers-geneve-2025-10-20',
		months: /oct|nov/,
		// its events' zones are named in French as in their ids (Paris, Zurich, Abidjan)
		city: null
	}
] as const;

/** The fixed words of a message, between its placeholders. */
function fragments(message: Message): string[] {
	const texts =
		typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
	return texts.flatMap((t) => t.split(/\{[^}]*\}/)).map((f) => f.trim());
}

/**
 * English phrases of the interface that must not appear in a page of `language`: every run of two
 * or more words in an English message that the language's own message does not also contain.
 */
function englishPhrases(language: string): string[] {
	const phrases = new Set<string>();
	for (const area of catalogFiles().areas) {
		const english = readCatalog(area, 'en');
		const own = readCatalog(area, language);
		for (const [key, message] of Object.entries(english)) {
			const theirs = fragments(own[key] ?? '').join(' ');
			for (const fragment of fragments(message)) {
				const words = fragment.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
				if (/\p{L}+\s+\p{L}+/u.test(words) && words.length >= 8 && !theirs.includes(words))
					phrases.add(words);
			}
		}
	}
	return [...phrases];
}

/** What a reader sees or hears on the page: its text and its accessible names and titles. */
function pageWords(page: Page): Promise<string> {
	return page.evaluate(() => {
		const attributes = [...document.querySelectorAll('[aria-label], [title], [alt]')].flatMap(
			(el) => ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? '')
		);
		return [document.title, document.body.innerText, ...attributes].join('\n');
	});
}

function englishIn(text: string, language: string): string[] {
	const flat = text.replace(/\s+/g, ' ');
	return englishPhrases(language).filter((phrase) => flat.includes(phrase));
}

test.use({ baseURL: FIXTURE_ORIGIN });

for (const { id, language, event, months, city } of TIMELINES) {
	test.describe(`the ${language} timeline ${id}`, () => {
		for (const { name, path } of [
			{ name: 'timeline page', path: `/${id}/` },
			{ name: 'event page', path: `/${id}/events/${event}/` },
			{ name: 'briefing', path: `/${id}/print/` },
			{ name: 'embed', path: `/${id}/embed/` }
		]) {
			test(`its ${name} speaks ${language} throughout and passes axe`, async ({ page }) => {
				await visit(page, path);
				await expect(page.locator('html')).toHaveAttribute('lang', language);
				const words = await pageWords(page);
				expect(englishIn(words, language)).toEqual([]);
				expect(words).toMatch(months);
				expect(words).not.toMatch(/\b(January|February|October|November|Monday|Friday)\b/);
				const { violations } = await new AxeBuilder({ page }).analyze();
				expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
			});
		}

		if (city)
			test(`its zone menu names the cities of its zones in ${language}`, async ({ page }) => {
				await visit(page, `/${id}/`);
				const option = page.locator(`select option[value="${city.zone}"]`);
				// drawn by the browser once the page has started, from the names its data carries
				await expect(option).toContainText(city.name);
				await expect(option).not.toContainText(city.zone.split('/')[1]!.replace('_', ' '));
			});

		test(`its timeline page's details and controls speak ${language} once opened`, async ({
			page
		}) => {
			await visit(page, `/${id}/?event=${event}`);
			await page.locator('[data-timeline-chart]').first().focus();
			await page.keyboard.press('ArrowRight');
			expect(englishIn(await pageWords(page), language)).toEqual([]);
		});

		test(`its briefing prints in ${language}`, async ({ page }, info) => {
			await visit(page, `/${id}/print/`);
			const pdf = await printToPdf(page, info, 'A4');
			expect(englishIn(pdf.text, language)).toEqual([]);
			expect(pdf.text).toMatch(months);
			expect(pdf.text).not.toMatch(/Page \d+ of \d+/);
		});

		test(`its calendar and CSV exports describe events in ${language}`, async ({ page }) => {
			for (const file of ['export.ics', 'export.csv']) {
				const response = await page.request.get(`/${id}/${file}`);
				expect(response.ok()).toBe(true);
				// unfold the calendar's lines and its escapes, as a calendar application reads them
				const text = (await response.text())
					.replace(/\r?\n[ \t]/g, '')
					.replace(/\\([,;\\])/g, '$1')
					.replace(/\\n/gi, '\n')
					// the product's identifier is a fixed key, which no calendar shows its reader
					.replace(/^PRODID:.*$/m, '');
				expect(englishIn(text, language), file).toEqual([]);
			}
			const ics = await (await page.request.get(`/${id}/export.ics`)).text();
			// machine keys stay as the standard names them
			expect(ics).toMatch(/^BEGIN:VCALENDAR/);
			expect(ics).toContain('DESCRIPTION:');
		});
	});
}

/** Long messages of a language, without placeholders: text that only its catalog's code holds. */
function ownTexts(language: string): string[] {
	return catalogFiles().areas.flatMap((area) =>
		Object.values(readCatalog(area, language)).flatMap((message) =>
			typeof message === 'string' && message.length >= 24 && !message.includes('{') ? [message] : []
		)
	);
}

test("a page's script carries its own language's messages only, and links between languages load anew", async ({
	page
}) => {
	const scripts = new Map<string, string>();
	page.on('response', async (response) => {
		if (response.url().endsWith('.js')) scripts.set(response.url(), await response.text());
	});
	await visit(page, '/');
	await page.getByRole('link', { name: /Києві/ }).click();
	await page.waitForURL(/fixture-kyiv-uk/);
	await hydrated(page);
	await page.waitForLoadState('networkidle');
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	const ukScripts = [...scripts].filter(([url]) => url.includes('/_app-uk/'));
	expect(ukScripts.length).toBeGreaterThan(0);
	const code = ukScripts.map(([, text]) => text).join('\n');
	expect(ownTexts('uk').filter((t) => code.includes(t)).length).toBeGreaterThan(10);
	for (const other of ['en', 'fr', 'de']) {
		expect(
			ownTexts(other).filter((t) => code.includes(t)),
			other
		).toEqual([]);
	}
	// back to the index: the site's own app, in its language
	scripts.clear();
	await page.locator('header a[href]').first().click();
	await page.waitForURL((url) => url.pathname === '/');
	await hydrated(page);
	await page.waitForLoadState('networkidle');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	expect([...scripts.keys()].filter((url) => url.includes('/_app/')).length).toBeGreaterThan(0);
});

test('the index and the not-found page speak the site language', async ({ page }) => {
	await visit(page, '/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
