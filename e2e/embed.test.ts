/**
 * The embed: a host page on another origin (a server this file starts, on a port of its own)
 * includes `embed.js` and a `<div data-timeline-embed>`; the frame sizes itself, keeps its selected
 * event across a reload, ignores height messages that are not its own, and passes axe. Also the
 * oEmbed files and their links, the embed without JavaScript, the "Embed" action, and the phone's
 * first screen.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { PORT } from '../playwright.config';
import { expect, hydrated, test, visit } from './fixtures';
import { builtPages } from './routes';

const TIMELINE = 'alaska-summit-2025';
const SITE = `http://127.0.0.1:${PORT}`;

/** A page on another origin that embeds the timeline with the published snippet's parts. */
function hostPage(src: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title></head>
<body><main><h1>An article</h1><p>Text before the timeline.</p>
<div data-timeline-embed="${src}"></div>
<p id="after">Text after the timeline.</p>
<script src="${SITE}/embed.js" async></script></main></body></html>`;
}

let server: Server | undefined;
/** the host page's origin: a port of its own, chosen by the system (each worker starts one) */
let HOST = '';

test.beforeAll(async () => {
	server = createServer((req, res) => {
		const src = new URL(req.url ?? '/', 'http://host').searchParams.get('src') ?? '';
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(hostPage(src));
	});
	// a bounded lifetime: the server goes with the test file, and never keeps the run alive
	server.unref();
	await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
	const address = server.address();
	HOST = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
	await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

async function openHost(page: Page, query = ''): Promise<FrameLocator> {
	const src = `${SITE}/${TIMELINE}/embed/${query}`;
	await page.goto(`${HOST}/?src=${encodeURIComponent(src)}`);
	await page.locator('iframe').waitFor();
	const frame = page.frameLocator('iframe');
	await frame.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	return frame;
}

// the frame embed.js sizes: other frames a test adds to the host page are not it
const frameHeight = (page: Page) =>
	page.locator('[data-timeline-embed] iframe').evaluate((f) => f.getBoundingClientRect().height);

const contentHeight = (frame: FrameLocator) =>
	frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));

test.describe('embedded on another origin', () => {
	test.use({ viewport: { width: 900, height: 800 } });

	test('the frame sizes itself to its content', async ({ page }) => {
		const frame = await openHost(page);
		// the script made the frame, with a title and lazy loading
		await expect(page.locator('iframe')).toHaveAttribute('title', /\S/);
		await expect(page.locator('iframe')).toHaveAttribute('loading', 'lazy');
		const content = await contentHeight(frame);
		expect(content).not.toBe(600);
		await expect.poll(() => frameHeight(page)).toBe(Math.min(content, 4000));
		// and follows it when the content changes: selecting an event adds the detail strip
		await frame.locator('.event-list a').first().click();
		await expect(frame.locator('[data-strip-event]')).toBeVisible();
		const grown = await contentHeight(frame);
		expect(grown).toBeGreaterThan(content);
		await expect.poll(() => frameHeight(page)).toBe(Math.min(grown, 4000));
	});

	test('a chosen event survives a reload of the frame', async ({ page }) => {
		const frame = await openHost(page);
		const first = frame.locator('.event-list a').nth(2);
		const title = (await first.textContent())!.trim();
		await first.click();
		await expect(frame.locator('[data-strip-event] h2')).toHaveText(title);
		const inner = page.frames().find((f) => f.url().includes('/embed/'))!;
		expect(new URL(inner.url()).searchParams.get('event')).toBeTruthy();
		// the host page's own address and history are untouched
		expect(page.url()).toContain(HOST);
		await inner.evaluate(() => location.reload());
		await frame.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await expect(frame.locator('[data-strip-event] h2')).toHaveText(title);
		// "Open full page" opens the event's page in a new tab
		const open = frame.getByRole('link', { name: /Open full page/ });
		await expect(open).toHaveAttribute('target', '_blank');
		await expect(open).toHaveAttribute('rel', /noopener/);
		await expect(open).toHaveAttribute('href', /\/events\/[^/]+\/$/);
	});

	test('a height message from anywhere but the frame is ignored', async ({ page }) => {
		const frame = await openHost(page);
		const content = await contentHeight(frame);
		await expect.poll(() => frameHeight(page)).toBe(Math.min(content, 4000));
		const message = { type: 'diplomatic-timeline:height', version: 1, height: 250 };
		// from the host page itself: the right origin for neither the frame nor the source
		await page.evaluate((m) => window.postMessage(m, '*'), message);
		// from another frame of another origin
		await page.evaluate((m) => {
			const other = document.createElement('iframe');
			other.srcdoc = `<script>parent.postMessage(${JSON.stringify(m)}, '*')</script>`;
			document.body.append(other);
		}, message);
		// from the frame's own origin, but another window: a second embed of the same site, not
		// registered by embed.js, posts its own height
		await page.evaluate((src) => {
			const other = document.createElement('iframe');
			other.src = src;
			other.title = 'another frame of the same site';
			document.body.append(other);
		}, `${SITE}/${TIMELINE}/embed/`);
		await page.waitForTimeout(500);
		expect(await frameHeight(page)).toBe(Math.min(content, 4000));
		// the frame itself may: the same message from it is obeyed
		const inner = (await page.locator('[data-timeline-embed] iframe').elementHandle())!;
		const innerFrame = (await inner.contentFrame())!;
		await innerFrame.evaluate((m) => parent.postMessage(m, '*'), message);
		await expect.poll(() => frameHeight(page)).toBe(250);
	});

	test('axe finds no violations inside the frame', async ({ page }) => {
		const frame = await openHost(page, '?event=alaska-summit-2025-08-15');
		await expect(frame.locator('[data-strip-event]')).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).include('iframe').analyze();
		expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
});

test('without JavaScript the embed shows the list, linking to the full pages', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${SITE}/${TIMELINE}/embed/`);
	const links = page.locator('.event-list a[href*="/events/"]');
	expect(await links.count()).toBeGreaterThan(0);
	// every link leaves the frame for a new tab: the full pages may not be framed
	expect(await page.locator('base').getAttribute('target')).toBe('_blank');
	await expect(page.locator('.site-header')).toHaveCount(0);
	await context.close();
});

test('every timeline and event page links to its oEmbed file', async ({ page }) => {
	const pages = (await builtPages()).filter(
		(p) => p.kind === 'page' && /^\/\[timeline\](\/events\/\[event\])?$/.test(p.route)
	);
	expect(pages.length).toBeGreaterThan(2);
	for (const built of pages) {
		const html = readFileSync(built.file, 'utf8');
		const link = html.match(
			/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)"/
		);
		expect(link, `oEmbed link on ${built.path}`).toBeTruthy();
		const path = new URL(link?.[1] ?? '').pathname;
		expect(path).toBe(`${built.path}oembed.json`);
	}
	// each file answers, as a rich oEmbed whose HTML is the snippet
	for (const built of pages.slice(0, 3)) {
		const answer = await page.request.get(`${built.path}oembed.json`);
		expect(answer.status()).toBe(200);
		const json = await answer.json();
		expect(json).toMatchObject({ type: 'rich', version: '1.0', width: 800, height: 600 });
		expect(json.title).toBeTruthy();
		expect(json.provider_name).toBeTruthy();
		expect(json.html).toContain(`/${TIMELINE}/embed/`);
		expect(json.html).toMatch(/<iframe [^>]*title="[^"]+"[^>]*loading="lazy"/);
		expect(json.html).toContain('/embed.js');
		if (built.route.includes('[event]')) {
			const id = built.path.split('/').at(-2);
			expect(json.html).toContain(`?event=${id}`);
		}
	}
});

test.describe('the Embed action', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copies the snippet with the event selected, and says so', async ({ page }) => {
		await visit(page, `/${TIMELINE}/events/alaska-summit-2025-08-15/`);
		await page.getByText('Embed', { exact: true }).click();
		await page.getByRole('button', { name: 'Copy embed code' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(
			/<iframe src="http[^"]+\/alaska-summit-2025\/embed\/\?event=alaska-summit-2025-08-15" title="[^"]+" loading="lazy"/
		);
		expect(copied).toMatch(/<script src="http[^"]+\/embed\.js" async><\/script>/);
	});

	test('is on the timeline page, keeping its filters', async ({ page }) => {
		await visit(page, `/${TIMELINE}/?kind=call`);
		await page.getByText('Embed', { exact: true }).click();
		await expect(page.getByRole('textbox', { name: /put this timeline/ })).toHaveValue(
			/\/alaska-summit-2025\/embed\/\?kind=call"/
		);
	});
});

test.describe('the first screen on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a timeline page shows its title, a short lede and the first lanes', async ({ page }) => {
		await visit(page, `/${TIMELINE}/`);
		const fold = 844;
		const title = await page.locator('h1').boundingBox();
		expect(title!.y + title!.height).toBeLessThan(fold);
		const lede = page.locator('.lede');
		const box = (await lede.boundingBox())!;
		const line = await lede.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
		expect(box.height).toBeLessThanOrEqual(line * 3 + 1);
		// the first two lanes are drawn above the fold
		const second = (await page.locator('.chart-frame .lane-label').nth(1).boundingBox())!;
		expect(second.y + second.height, 'the second lane').toBeLessThan(fold);
		// "More" shows the rest of the lede
		await page.getByText('More', { exact: true }).click();
		expect((await lede.boundingBox())!.height).toBeGreaterThan(box.height);
	});

	test('an event page shows its title, date, status and who says so', async ({ page }) => {
		await visit(page, `/${TIMELINE}/events/alaska-summit-2025-08-15/`);
		// the first lines under the title answer when, how sure and who says so, each once
		const parts = [
			page.locator('h1'),
			page.locator('.answers .when-line'),
			page.locator('.answers .status'),
			page.locator('.answers .who-line')
		];
		for (const part of parts) {
			const box = (await part.boundingBox())!;
			expect(box.y + box.height).toBeLessThan(844);
		}
	});
});

test('at 1280 × 800 the timeline page keeps its whole first screen', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await visit(page, `/${TIMELINE}/`);
	await expect(page.locator('.lede')).toBeVisible();
	await expect(page.getByText('More', { exact: true })).toBeHidden();
	const chart = (await page.locator('.chart-frame').boundingBox())!;
	expect(chart.y).toBeLessThan(800);
	await hydrated(page);
});
