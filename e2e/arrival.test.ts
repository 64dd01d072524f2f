/**
 * A page over a slow connection is painted before all of its HTML has come, and again as the rest
 * arrives. Nothing already on screen may move when it does, nor when the page starts: nothing in
 * the layout may depend on what comes later in the HTML. Each page is served through a proxy that
 * sends its HTML in small pieces with a pause between them, so the browser paints many partial
 * pages in one load.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FIXTURE_ORIGIN, PORT } from '../playwright.config';
import type { Browser } from '@playwright/test';
import { expect, hydrated, layoutShifts, recordLayoutShifts, test } from './fixtures';

/** Bytes of HTML per piece, and the pause after each: long enough for a frame to be painted */
const PIECE = 1200;
const PAUSE_MS = 20;

/**
 * Serves `origin` on a port of its own, its HTML pages in pieces of `piece` bytes and everything
 * else at once.
 */
function slowHtml(origin: string, piece = PIECE): Promise<Server> {
	const server = createServer((req, res) => {
		void (async () => {
			const upstream = await fetch(origin + req.url);
			const body = Buffer.from(await upstream.arrayBuffer());
			const headers = Object.fromEntries(upstream.headers);
			// fetch has already decoded the body, and it is sent in pieces
			delete headers['content-encoding'];
			delete headers['content-length'];
			res.writeHead(upstream.status, headers);
			if (!headers['content-type']?.startsWith('text/html')) return void res.end(body);
			for (let at = 0; at < body.length; at += piece) {
				res.write(body.subarray(at, at + piece));
				await new Promise((done) => setTimeout(done, PAUSE_MS));
			}
			res.end();
		})();
	});
	return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

const SITE_ORIGIN = `http://127.0.0.1:${PORT}`;

const PAGES = [
	{ origin: SITE_ORIGIN, path: '/' },
	{ origin: SITE_ORIGIN, path: '/alaska-summit-2025/' },
	{ origin: SITE_ORIGIN, path: '/alaska-summit-2025/events/alaska-summit-2025-08-15/' },
	{ origin: SITE_ORIGIN, path: '/alaska-summit-2025/print/' },
	{ origin: FIXTURE_ORIGIN, path: '/fixture-talks/' },
	{ origin: FIXTURE_ORIGIN, path: '/fixture-talks/print/' },
	{ origin: FIXTURE_ORIGIN, path: '/fixture-geneve-fr/embed/' }
] as const;

// the first-paint test's widths: a row that fits at one width and wraps at another moves in
// between, as the rest of its items arrive
const SIZES = [
	{ width: 320, height: 700 },
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 },
	{ width: 1440, height: 900 }
] as const;

/**
 * Pieces of a fifth the size paint partial pages that the pieces above seldom do, as a loaded
 * machine's parser also does now and then: a row or a table caught with only some of its items,
 * which the rest would widen, wrap or re-centre. Such parts are shown only once whole
 * (`arrives-whole` in app.css). One page and width for each part that did move.
 */
const FINE_PIECE = 256;
const FINE = [
	// the downloads beside "Print briefing", the filters' date fields and the view options
	{ origin: SITE_ORIGIN, path: '/alaska-summit-2025/', size: { width: 768, height: 1024 } },
	// the lede, cut to three lines on a phone
	{ origin: SITE_ORIGIN, path: '/alaska-summit-2025/', size: { width: 390, height: 844 } },
	// the keyboard help's keys
	{ origin: FIXTURE_ORIGIN, path: '/fixture-talks/', size: { width: 1440, height: 900 } },
	// the view options and the zoom buttons
	{ origin: FIXTURE_ORIGIN, path: '/fixture-geneve-fr/embed/', size: { width: 390, height: 844 } },
	{ origin: FIXTURE_ORIGIN, path: '/fixture-kyiv-uk/embed/', size: { width: 768, height: 1024 } },
	// the title row with previous and next, and the list and table of the event's times
	{
		origin: FIXTURE_ORIGIN,
		path: '/fixture-geneve-fr/events/appel-dubois-kouame-2025-10-02/',
		size: { width: 320, height: 700 }
	},
	{
		origin: FIXTURE_ORIGIN,
		path: '/fixture-talks/events/call-with-europeans/',
		size: { width: 1440, height: 900 }
	},
	// the briefing's toolbar and masthead
	{ origin: FIXTURE_ORIGIN, path: '/fixture-geneve-fr/print/', size: { width: 768, height: 1024 } }
] as const;

const proxies = new Map<string, Server>();
const fineProxies = new Map<string, Server>();
test.beforeAll(async () => {
	for (const origin of new Set(PAGES.map((p) => p.origin)))
		proxies.set(origin, await slowHtml(origin));
	for (const origin of new Set(FINE.map((p) => p.origin)))
		fineProxies.set(origin, await slowHtml(origin, FINE_PIECE));
});
test.afterAll(async () => {
	for (const server of [...proxies.values(), ...fineProxies.values()])
		await new Promise((done) => server.close(done));
});

/** Opens `path` through `proxy` and expects no layout shift up to just after the chart is drawn. */
async function expectNothingMoves(
	browser: Browser,
	proxy: Server,
	path: string,
	size: { width: number; height: number }
) {
	const { port } = proxy.address() as AddressInfo;
	const context = await browser.newContext({ viewport: size });
	const page = await context.newPage();
	await recordLayoutShifts(page);
	await page.goto(`http://127.0.0.1:${port}${path}`);
	await hydrated(page);
	// the chart, where there is one, is drawn in the task after hydration
	await page.waitForTimeout(500);
	expect(await layoutShifts(page)).toEqual([]);
	await context.close();
}

for (const { origin, path } of PAGES) {
	for (const size of SIZES) {
		test(`${origin === SITE_ORIGIN ? '' : origin}${path} at ${size.width} × ${size.height}, its HTML arriving in pieces: nothing on screen moves as the rest comes or as the page starts`, async ({
			browser
		}) => {
			await expectNothingMoves(browser, proxies.get(origin)!, path, size);
		});
	}
}

for (const { origin, path, size } of FINE) {
	test(`${origin === SITE_ORIGIN ? '' : origin}${path} at ${size.width} × ${size.height}, its HTML arriving in pieces of ${FINE_PIECE} bytes: nothing on screen moves`, async ({
		browser
	}) => {
		await expectNothingMoves(browser, fineProxies.get(origin)!, path, size);
	});
}
