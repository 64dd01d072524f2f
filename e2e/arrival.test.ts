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
import { expect, hydrated, layoutShifts, recordLayoutShifts, test } from './fixtures';

/** Bytes of HTML per piece, and the pause after each: long enough for a frame to be painted */
const PIECE = 1200;
const PAUSE_MS = 20;

/** Serves `origin` on a port of its own, its HTML pages in pieces and everything else at once. */
function slowHtml(origin: string): Promise<Server> {
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
			for (let at = 0; at < body.length; at += PIECE) {
				res.write(body.subarray(at, at + PIECE));
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

const SIZES = [
	{ width: 390, height: 844 },
	{ width: 1440, height: 900 }
] as const;

const proxies = new Map<string, Server>();
test.beforeAll(async () => {
	for (const origin of new Set(PAGES.map((p) => p.origin)))
		proxies.set(origin, await slowHtml(origin));
});
test.afterAll(async () => {
	for (const server of proxies.values()) await new Promise((done) => server.close(done));
});

for (const { origin, path } of PAGES) {
	for (const size of SIZES) {
		test(`${origin === SITE_ORIGIN ? '' : origin}${path} at ${size.width} × ${size.height}, its HTML arriving in pieces: nothing on screen moves as the rest comes or as the page starts`, async ({
			browser
		}) => {
			const { port } = proxies.get(origin)!.address() as AddressInfo;
			const context = await browser.newContext({ viewport: size });
			const page = await context.newPage();
			await recordLayoutShifts(page);
			await page.goto(`http://127.0.0.1:${port}${path}`);
			await hydrated(page);
			// the chart, where there is one, is drawn in the task after hydration
			await page.waitForTimeout(500);
			expect(await layoutShifts(page)).toEqual([]);
			await context.close();
		});
	}
}
