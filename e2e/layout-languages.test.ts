/**
 * Layout that survives translation: the test timelines built with every English message in the
 * pseudo-language (about 40% longer, accented; scripts/pseudo-site.ts), read at a phone's and a
 * laptop's width, and the same pages turned right to left.
 */
import type { Page } from '@playwright/test';
import { PSEUDO_ORIGIN } from '../playwright.config';
import { expect, test, visit } from './fixtures';

const PAGES = [
	{ name: 'the index', path: '/' },
	{ name: 'a timeline', path: '/fixture-talks/' },
	{ name: 'an event', path: '/fixture-talks/events/anchorage-summit/' },
	{ name: 'the briefing', path: '/fixture-talks/print/' },
	{ name: 'the embed', path: '/fixture-talks/embed/' },
	// real long words: Ukrainian zone names ("за північноамериканським східним часом")
	{ name: 'a Ukrainian event', path: '/fixture-kyiv-uk/events/stambulskyi-raund-2025-11-03/' },
	// the interface in French, whose phrases run longer than the pseudo-language's ("Fuseau propre
	// à chaque événement")
	{ name: 'a French timeline', path: '/fixture-geneve-fr/' },
	{ name: 'a French event', path: '/fixture-geneve-fr/events/appel-dubois-kouame-2025-10-02/' },
	{ name: 'a French embed', path: '/fixture-geneve-fr/embed/' },
	{ name: 'the not-found page', path: '/no-such-timeline/', missing: true }
];
const WIDTHS = [320, 1280];

test.use({ baseURL: PSEUDO_ORIGIN });

/** How far the page reaches past the window's side, in px (0 when it does not scroll sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

/** Controls whose text is cut: wider than their own box, or reaching out of the window. */
function cutControls(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const unboundedWidth = (el: HTMLElement) => {
			const style = el.getAttribute('style');
			el.style.setProperty('max-width', 'none', 'important');
			el.style.setProperty('width', 'auto', 'important');
			const width = el.offsetWidth;
			if (style === null) el.removeAttribute('style');
			else el.setAttribute('style', style);
			return width;
		};
		const found: string[] = [];
		const controls = document.querySelectorAll<HTMLElement>(
			'button, select, summary, label, [role="button"], [role="tab"], input[type="submit"], .chip'
		);
		for (const el of controls) {
			const rect = el.getBoundingClientRect();
			// hidden, or visually hidden for screen readers only
			if (rect.width <= 1 || rect.height <= 1 || el.closest('[hidden], [aria-hidden="true"]'))
				continue;
			const style = getComputedStyle(el);
			if (style.visibility === 'hidden') continue;
			const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
			// a select cuts its chosen text without any overflow to read: it is cut when it is
			// narrower than it would be unbounded (as wide as its longest choice)
			const narrowed = el instanceof HTMLSelectElement ? unboundedWidth(el) - el.offsetWidth : 0;
			if (narrowed > 1)
				found.push(
					`${name}: ${el.offsetWidth} px, its choices need ${el.offsetWidth + narrowed} px`
				);
			else if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
				found.push(`${name}: text ${el.scrollWidth} px in a box of ${el.clientWidth} px`);
			else if (rect.right > innerWidth + 1 || rect.left < -1)
				found.push(`${name}: reaches ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
		}
		return found;
	});
}

/**
 * Words of short labels (controls, list terms, table heads) broken across two lines inside the
 * word: a translation that no longer fits its place, squeezed instead of wrapped between words.
 */
function brokenWords(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const labels = document.querySelectorAll<HTMLElement>(
			'button, summary, label, [role="button"], [role="tab"], .chip, dt, th, legend, nav a'
		);
		for (const el of labels) {
			// hidden, or inside a closed disclosure (whose content Chromium lays out unseen)
			const unseen = '[hidden], [aria-hidden="true"], details:not([open]) > :not(summary)';
			if (el.closest(unseen) || el.getClientRects().length === 0) continue;
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				for (const word of (node.textContent ?? '').matchAll(/[\p{L}\p{M}\p{N}]{2,}/gu)) {
					const range = document.createRange();
					range.setStart(node, word.index);
					range.setEnd(node, word.index + word[0].length);
					const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.bottom)));
					if (lines.size > 1) found.push(`"${word[0]}" in ${el.tagName.toLowerCase()}`);
				}
			}
		}
		return found;
	});
}

/**
 * Elements that reach past the content box of the event panel they are in, or else of the page's
 * main column, into its padding or beyond: text too long for a phone's line, which the window's
 * scroll check misses while the page's padding hides it.
 */
function spills(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('main *')) {
			const frame = el.parentElement?.closest<HTMLElement>('.panel') ?? el.closest('main')!;
			const rect = el.getBoundingClientRect();
			if (rect.width <= 1 || rect.height <= 1 || el.closest('[hidden], [aria-hidden="true"]'))
				continue;
			// what scrolls or clips inside its own box (a chart, a code field) is whole where it is
			let clipped = false;
			for (let up = el.parentElement; up && up !== frame; up = up.parentElement)
				if (getComputedStyle(up).overflowX !== 'visible') clipped = true;
			if (clipped || getComputedStyle(el).position === 'absolute') continue;
			const box = frame.getBoundingClientRect();
			const style = getComputedStyle(frame);
			const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
			const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
			if (rect.right > right + 1 || rect.left < left - 1)
				found.push(
					`${el.localName}.${el.classList[0] ?? ''} "${(el.textContent ?? '').trim().slice(0, 30)}": ${Math.round(rect.left)}–${Math.round(rect.right)} px in ${Math.round(left)}–${Math.round(right)} px`
				);
		}
		return found;
	});
}

/** Pairs of chart labels that overlap. */
function crossingLabels(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const labels = [...document.querySelectorAll('svg text.label')].map((el) => ({
			text: el.textContent ?? '',
			box: el.getBoundingClientRect()
		}));
		const found: string[] = [];
		for (const [i, a] of labels.entries())
			for (const b of labels.slice(i + 1))
				if (
					a.box.left < b.box.right - 0.5 &&
					b.box.left < a.box.right - 0.5 &&
					a.box.top < b.box.bottom - 0.5 &&
					b.box.top < a.box.bottom - 0.5
				)
					found.push(`${a.text} × ${b.text}`);
		return found;
	});
}

test.describe('the pseudo-language', () => {
	test('is what the pages speak', async ({ page }) => {
		await visit(page, '/fixture-talks/');
		await expect(page.locator('.skip-link')).toContainText('Škíp');
	});

	for (const width of WIDTHS) {
		for (const { name, path, missing } of PAGES) {
			test(`${name} at ${width} px: no sideways scroll, no control cut, no label broken inside a word`, async ({
				page,
				pageProblems
			}) => {
				if (missing) pageProblems.allow(/404/);
				await page.setViewportSize({ width, height: 800 });
				// the not-found page runs no app code (it is served at any address): nothing hydrates
				await (missing ? page.goto(path) : visit(page, path));
				expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
				expect(await cutControls(page)).toEqual([]);
				expect(await brokenWords(page)).toEqual([]);
				expect(await spills(page)).toEqual([]);
			});
		}

		test(`the chart's labels avoid each other at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await visit(page, '/fixture-talks/');
			await expect(page.locator('[data-timeline-chart]').first()).toHaveAttribute(
				'data-rendered',
				'true'
			);
			expect(await crossingLabels(page)).toEqual([]);
		});

		test(`an event page at ${width} px, right to left, points previous and next the way they lead`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 800 });
			await visit(page, '/fixture-talks/events/anchorage-summit/');
			const arrows = () =>
				page.locator('nav a[rel="prev"], nav a[rel="next"]').evaluateAll((links) =>
					links.map((a) => {
						const words = a.querySelector('.dir')!;
						// the arrow the stylesheet draws before or after the words
						const drawn = ['::before', '::after']
							.map((at) => getComputedStyle(words, at).content)
							.join('');
						const points = drawn.includes('←') ? 'left' : drawn.includes('→') ? 'right' : 'none';
						return { rel: a.getAttribute('rel'), x: a.getBoundingClientRect().left, points };
					})
				);
			const ltr = await arrows();
			await page.evaluate(() => (document.documentElement.dir = 'rtl'));
			const rtl = await arrows();
			for (const [side, found] of [
				['ltr', ltr],
				['rtl', rtl]
			] as const) {
				const prev = found.filter((a) => a.rel === 'prev');
				const next = found.filter((a) => a.rel === 'next');
				expect(prev.length, side).toBeGreaterThan(0);
				// previous stands where the text starts and points there; next, the other way
				const start = side === 'ltr' ? 'left' : 'right';
				const end = side === 'ltr' ? 'right' : 'left';
				for (const a of prev) expect(a.points, `${side} previous`).toBe(start);
				for (const a of next) expect(a.points, `${side} next`).toBe(end);
				expect(prev[0]!.x < next[0]!.x, side).toBe(side === 'ltr');
			}
		});

		for (const { name, path, missing } of PAGES) {
			test(`${name} at ${width} px, right to left: no sideways scroll`, async ({
				page,
				pageProblems
			}) => {
				if (missing) pageProblems.allow(/404/);
				await page.setViewportSize({ width, height: 800 });
				await (missing ? page.goto(path) : visit(page, path));
				await page.evaluate(() => (document.documentElement.dir = 'rtl'));
				expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
			});
		}
	}
});
