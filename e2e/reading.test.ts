/**
 * Reading the timeline at a desktop's 1440 × 900 and a phone's 390 × 844 (touch): the plain wheel
 * scrolls the page and Ctrl + wheel zooms, the chart never takes the whole window, help speaks of
 * the device in hand, details open where the reader is, and key events stand out. On the shipped
 * timeline and on the fixture timelines.
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { FIXTURE_ORIGIN } from '../playwright.config';
import { expect, test, visit } from './fixtures';
import { LARGE_TIMELINE } from './fixture-timelines';
import { DESKTOP, PHONE, READERS } from './readers';

const TIMELINES = [
	'/alaska-summit-2025/',
	`${FIXTURE_ORIGIN}/fixture-talks/`,
	`${FIXTURE_ORIGIN}/${LARGE_TIMELINE.id}/`
];

const chart = (page: Page) => page.locator('svg.chart');
const axisLabels = (page: Page) => chart(page).locator('.axis text.tick').allTextContents();

for (const [name, device] of READERS) {
	test.describe(`at ${name}`, () => {
		test.use(device);

		for (const timeline of TIMELINES) {
			test(`the chart leaves room for the page around it: ${timeline}`, async ({ page }) => {
				await visit(page, timeline);
				await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
				const frame = (await page.locator('.chart-frame').boundingBox())!;
				expect(frame.height).toBeGreaterThan(100);
				expect(frame.height).toBeLessThanOrEqual(device.viewport.height * 0.75 + 1);
			});
		}
	});
}

test.describe('at 1440 × 900, the wheel', () => {
	test.use(DESKTOP);

	for (const timeline of TIMELINES) {
		test(`scrolls the page over the chart, and says once how to zoom: ${timeline}`, async ({
			page
		}) => {
			await visit(page, timeline);
			await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
			const before = await axisLabels(page);
			const box = (await chart(page).boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
			const hint = page.locator('.chart-frame [role="status"]');
			await page.mouse.wheel(0, 300);
			// the page scrolls; a chart with more lanes than fit scrolls inside its frame first
			await expect
				.poll(() =>
					page.evaluate(
						() => window.scrollY + (document.querySelector('.chart-frame')?.scrollTop ?? 0)
					)
				)
				.toBeGreaterThan(0);
			await expect(hint).toHaveText('Use Ctrl + scroll to zoom');
			await expect(hint).toBeVisible();
			expect(await axisLabels(page)).toEqual(before);
			// it goes away, and does not come back for the next turn of the wheel
			await expect(hint).toBeHidden({ timeout: 5000 });
			await page.mouse.wheel(0, 100);
			await expect(hint).toBeHidden();
			await expect(hint).toHaveText('');
		});
	}

	test('with Ctrl zooms the chart and leaves the page where it is', async ({ page }) => {
		await visit(page, '/alaska-summit-2025/');
		await page.getByRole('button', { name: 'Fit all' }).click();
		const before = await axisLabels(page);
		const box = (await chart(page).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 60);
		const scrolled = await page.evaluate(() => window.scrollY);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -300);
		await page.keyboard.up('Control');
		await expect.poll(() => axisLabels(page)).not.toEqual(before);
		expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
		await expect(page.locator('.chart-frame [role="status"]')).toBeHidden();
	});

	test('the help speaks of Ctrl + scroll and of the keys', async ({ page }) => {
		await visit(page, '/alaska-summit-2025/');
		const help = page.locator('p.chart-help');
		await expect(help).toContainText('Ctrl');
		await expect(help.locator('.key-help')).toBeVisible();
		await expect(help.locator('.touch-help')).toBeHidden();
	});
});

test.describe('at 390 × 844 on a touch screen', () => {
	test.use(PHONE);

	for (const timeline of TIMELINES) {
		test(`the help speaks of fingers and buttons, not keys: ${timeline}`, async ({ page }) => {
			await visit(page, timeline);
			const help = page.locator('p.chart-help');
			await expect(help).toBeVisible();
			const shown = await help.evaluate((p) => (p as HTMLElement).innerText);
			expect(shown).toMatch(/pinch/i);
			expect(shown).toMatch(/two fingers/i);
			expect(shown).toMatch(/buttons/i);
			expect(shown).not.toMatch(/Ctrl|⌘|Shift|Home|Enter|Esc|←/);
		});
	}
});

/** The window a reader zoomed to, which the address keeps */
const VIEW = '(\\?view=[^&]*)?';

/** The part of the window a box is in, as a fraction of its height (0: out of sight). */
const inView = (box: { y: number; height: number }, height: number) =>
	(Math.min(box.y + box.height, height) - Math.max(box.y, 0)) / box.height;

for (const [name, device] of READERS) {
	test.describe(`details where the reader is, at ${name}`, () => {
		test.use(device);
		const wide = device.viewport.width >= 1024;

		for (const timeline of TIMELINES) {
			test(`choosing a mark shows its details by the chart; Close returns to the mark: ${timeline}`, async ({
				page
			}) => {
				await visit(page, timeline);
				await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
				const mark = chart(page).locator('a.mark[tabindex="0"]');
				// a timeline of a thousand events opens on badges: zoom in to single marks
				for (let i = 0; i < 10 && (await mark.count()) === 0; i++) {
					await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
				}
				const id = (await mark.getAttribute('data-event'))!;
				await mark.locator('.glyph').click();
				await expect(page).toHaveURL(new RegExp(`/events/${id}/${VIEW}$`));
				const panel = page.locator(`.timeline-view [data-panel-event="${id}"]`);
				await expect(panel.locator('h2')).toBeFocused();
				await expect(panel.locator('h2')).toBeInViewport();
				const frame = (await page.locator('.chart-frame').boundingBox())!;
				const box = (await panel.boundingBox())!;
				if (wide) {
					// beside the chart, level with it
					expect(box.x).toBeGreaterThanOrEqual(frame.x + frame.width - 1);
					expect(Math.abs(box.y - frame.y)).toBeLessThan(2);
				} else {
					// directly below it
					expect(box.y).toBeGreaterThanOrEqual(frame.y + frame.height - 1);
					expect(box.y - (frame.y + frame.height)).toBeLessThan(40);
				}
				const selected = chart(page).locator(`a.mark[data-event="${id}"] .glyph`).first();
				expect(inView((await selected.boundingBox())!, device.viewport.height)).toBe(1);

				const scrolled = await page.evaluate(() => window.scrollY);
				await panel.getByRole('link', { name: /^Close/ }).click();
				// the timeline's address, with the window the reader zoomed to, if any
				await expect(page).toHaveURL(
					new RegExp(`${new URL(timeline, 'http://x').pathname}${VIEW}$`)
				);
				await expect(panel).toHaveCount(0);
				await expect
					.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event')))
					.toBe(id);
				expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(
					device.viewport.height
				);

				// Back opens the details again, Back once more closes them
				await page.goBack();
				await expect(page).toHaveURL(new RegExp(`/events/${id}/${VIEW}$`));
				await expect(panel).toBeVisible();
				await page.goBack();
				await expect(panel).toHaveCount(0);
			});
		}

		test('Close on an event page opened from a link lands on its mark, not the top', async ({
			page
		}) => {
			await visit(page, `${FIXTURE_ORIGIN}/fixture-talks/events/trilateral-proposed/`);
			await page
				.locator('[data-panel-event="trilateral-proposed"]')
				.getByRole('link', { name: /^Close/ })
				.click();
			await expect(page).toHaveURL(`${FIXTURE_ORIGIN}/fixture-talks/`);
			await expect
				.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event')))
				.toBe('trilateral-proposed');
			const mark = chart(page).locator('a.mark[data-event="trilateral-proposed"] .glyph').first();
			expect(inView((await mark.boundingBox())!, device.viewport.height)).toBe(1);
		});
	});
}

test.describe('key events at 1440 × 900', () => {
	test.use(DESKTOP);
	const SUMMIT = 'alaska-summit-2025-08-15';

	// Not met yet. The opening view holds 16 of the 21 events (the shortest stretch with three in
	// four of them), and 9 are labelled. By side, the lanes need 25 rows to label all 16: seven
	// events known only to 16 August each span the whole day, in up to four lanes, and the two key
	// events keep their whole titles in every lane. 70% of a 900 px window holds 16 rows. Rows go to
	// the lanes that need them, and a crowded day shows what fits before a badge counts the rest,
	// but here every lane is crowded: every label needs a chart taller than the window allows, or
	// lanes that do not repeat an event. One lane does it: the whole range with all 21 labelled, in
	// 568 px (the test below); opening there instead of by side is a decision for the product.
	test.fixme('every event of the shipped timeline is labelled at the opening view', async ({
		page
	}) => {
		await visit(page, '/alaska-summit-2025/');
		await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
		const all = await page
			.locator('.event-list a')
			.evaluateAll((els) =>
				els.map((a) => a.getAttribute('href')!.replace(/^.*\/events\/|\/$/g, ''))
			);
		const labelled = await chart(page)
			.locator('a.mark:has(text.label)')
			.evaluateAll((els) => els.map((a) => a.getAttribute('data-event')));
		expect(all.filter((id) => !labelled.includes(id))).toEqual([]);
	});

	test('the summit is larger, accented and labelled in every lane it is in', async ({ page }) => {
		await visit(page, '/alaska-summit-2025/');
		await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
		const summit = chart(page).locator(`a.mark[data-event="${SUMMIT}"]`);
		expect(await summit.count()).toBeGreaterThan(1);
		for (const mark of await summit.all()) {
			await expect(mark.locator('text.label')).toHaveText(/^Trump and Putin meet in Alaska/);
		}
		const key = (await summit.first().locator('.glyph').boundingBox())!;
		const other = (await chart(page)
			.locator('a.mark:not(.key-event) .glyph')
			.first()
			.boundingBox())!;
		expect(key.height).toBeGreaterThan(other.height * 1.3);
		const stroke = await summit
			.first()
			.locator('.glyph')
			.evaluate((g) => getComputedStyle(g).stroke);
		const normal = await chart(page)
			.locator('a.mark:not(.key-event) .glyph')
			.first()
			.evaluate((g) => getComputedStyle(g).stroke);
		expect(stroke).not.toBe(normal);
		await expect(page.locator('.legend')).toContainText('a key event of the story');
	});

	test("a mark's thickness says nothing of its date's precision", async ({ page }) => {
		const precisions = new Set<string>();
		const heights = new Set<number>();
		for (const timeline of TIMELINES.slice(0, 2)) {
			await visit(page, timeline);
			await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
			const exported = (await (await page.request.get(`${timeline}export.json`)).json()) as {
				events: { id: string; date: { start: { precision: string } } }[];
			};
			const precision = new Map(exported.events.map((e) => [e.id, e.date.start.precision]));
			// every span, to the minute or the whole of a day, is a bar of one height; vagueness is
			// drawn by the fade
			const bars = await chart(page)
				.locator('a.mark:has(.bar)')
				.evaluateAll((els) =>
					els.map((a) => ({
						id: a.getAttribute('data-event')!,
						height: (a.querySelector('.bar') as SVGGraphicsElement).getBBox().height
					}))
				);
			for (const bar of bars) {
				precisions.add(precision.get(bar.id)!);
				heights.add(bar.height);
			}
		}
		expect(precisions.size).toBeGreaterThan(1);
		expect([...heights]).toHaveLength(1);
	});

	test("a label the chart's right edge would cut goes whole left of its mark", async ({ page }) => {
		await visit(page, '/alaska-summit-2025/');
		await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
		const marks = chart(page).locator('a.mark[data-event="white-house-meeting-2025-08-18"]');
		expect(await marks.count()).toBeGreaterThan(0);
		const frame = (await chart(page).boundingBox())!;
		for (const mark of await marks.all()) {
			await expect(mark.locator('text.label')).toHaveText(
				'Trump meets Zelenskyy at the White House'
			);
			const label = (await mark.locator('text.label').boundingBox())!;
			const glyph = (await mark.locator('.glyph').boundingBox())!;
			expect(label.x + label.width).toBeLessThanOrEqual(glyph.x + 1);
			expect(label.x).toBeGreaterThanOrEqual(frame.x);
		}
	});

	test('labels cross no mark, no badge and no connector, here and on a phone', async ({ page }) => {
		for (const width of [1440, 390]) {
			await page.setViewportSize({ width, height: width > 400 ? 900 : 844 });
			await visit(page, '/alaska-summit-2025/');
			await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
			expect(await crossings(page), `at ${width} px`).toEqual([]);
		}
	});

	test('on a page written right to left, time still runs left to right and labels cross nothing', async ({
		page
	}) => {
		// served as a timeline in Arabic is: `dir="rtl"` from the first byte, and the language the
		// page's script sets again
		await page.route('**/alaska-summit-2025/', async (route) => {
			const res = await route.fetch();
			const text = await res.text();
			const open = text.indexOf('<script>') + '<script>'.length;
			const close = text.indexOf('</script>', open);
			const script = text.slice(open, close);
			const changed = script.replace('language:"en"', 'language:"ar"');
			// the policy lets the page's script run by its hash, so it must name the changed one
			const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
			const html = (text.slice(0, open) + changed + text.slice(close))
				.replace('dir="ltr"', 'dir="rtl"')
				.replace(hash(script), hash(changed));
			await route.fulfill({ response: res, body: html });
		});
		for (const width of [1440, 390, 320]) {
			await page.setViewportSize({ width, height: width > 400 ? 900 : 844 });
			await visit(page, '/alaska-summit-2025/');
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
			expect(await crossings(page), `at ${width} px`).toEqual([]);
			const ticks = await chart(page)
				.locator('.axis text.tick')
				.evaluateAll((els) =>
					els.map((t) => ({ text: t.textContent, box: t.getBoundingClientRect().toJSON() }))
				);
			// each tick's label starts just right of its line, as in English
			const offsets = await chart(page)
				.locator('.axis text.tick')
				.evaluateAll((els) =>
					els.map((t) => {
						const line = Number(t.previousElementSibling!.getAttribute('x1'));
						return (
							t.getBoundingClientRect().left - t.closest('svg')!.getBoundingClientRect().left - line
						);
					})
				);
			expect(offsets.length, `tick labels at ${width} px`).toBeGreaterThan(0);
			for (const offset of offsets) expect(offset).toBeGreaterThanOrEqual(0);
			for (const offset of offsets) expect(offset).toBeLessThan(10);
			// Arabic names a day at twice the length of English
			const meeting = ticks.flatMap((t, i, all) =>
				i > 0 && t.box.left < all[i - 1]!.box.right ? [`${all[i - 1]!.text} | ${t.text}`] : []
			);
			expect(meeting, `tick labels at ${width} px`).toEqual([]);
		}
	});

	test('in one lane, the whole shipped timeline is labelled, event by event, within the window', async ({
		page
	}) => {
		await visit(page, '/alaska-summit-2025/?lanes=single');
		await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
		await page.getByRole('button', { name: 'Fit all' }).click();
		const all = await page.locator('.event-list a').count();
		await expect
			.poll(() =>
				chart(page)
					.locator('a.mark:has(text.label)')
					.evaluateAll((els) => new Set(els.map((a) => a.getAttribute('data-event'))).size)
			)
			.toBe(all);
		const { height } = (await chart(page).boundingBox())!;
		expect(height).toBeLessThanOrEqual(900 * 0.7);
		expect(await crossings(page)).toEqual([]);
	});

	test('labels cross nothing at any zoom of a large timeline, down to single marks', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await visit(page, `${FIXTURE_ORIGIN}/${LARGE_TIMELINE.id}/`);
		await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
		for (let step = 1; step <= 9; step++) {
			await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
			await expect(chart(page)).toHaveAttribute('data-rendered', 'true');
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
			expect(await crossings(page), `${step} steps in`).toEqual([]);
		}
	});
});

/**
 * Each label that meets another mark's glyph, a badge or a connector, or reaches past the chart's
 * side (a lane's name or the axis's text too), as "label × what".
 */
function crossings(page: Page): Promise<string[]> {
	return chart(page).evaluate((svg) => {
		const boxes = (sel: string) =>
			[...svg.querySelectorAll(sel)].map((el) => ({
				el,
				box: (el as SVGGraphicsElement).getBoundingClientRect()
			}));
		const labels = boxes('text.label');
		const glyphs = boxes('.glyph');
		const lines = boxes('.connector, .cluster .badge');
		const meet = (a: DOMRect, b: DOMRect) =>
			a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
		const found: string[] = [];
		const frame = svg.getBoundingClientRect();
		for (const t of boxes('text.label, text.lane-label, .axis text')) {
			if (t.box.left < frame.left - 0.5 || t.box.right > frame.right + 0.5)
				found.push(`${t.el.textContent} × the chart's edge`);
		}
		for (const l of labels) {
			const own = l.el.closest('a.mark');
			for (const g of [...glyphs, ...lines]) {
				if (g.el.closest('a.mark') === own) continue;
				if (meet(l.box, g.box)) found.push(`${l.el.textContent} × ${g.el.getAttribute('class')}`);
			}
		}
		return found;
	});
}
