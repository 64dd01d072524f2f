/**
 * Finds what a build serves, so the hardening tests cover every page that exists, including pages
 * added after they were written. Pages come from the files in the build folder; Kit's route
 * manifest (in the build's generated folder) names the route each one belongs to, so tests can
 * visit one page of each kind instead of every event.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, Response } from '@playwright/test';
import { test, type PageProblems } from './fixtures';

export type PageKind = 'page' | 'redirect' | 'file';

export interface BuiltPage {
	/** URL path under the site's root: `/`, `/alaska-summit-2025/`, `/x/export.ics` */
	path: string;
	/** the file in the build folder */
	file: string;
	/** Kit's route id (`/[timeline]`), or the path itself when no manifest is found */
	route: string;
	/** a prerendered HTML page, a page that only redirects, or any other file (exports) */
	kind: PageKind;
	size: number;
	/** the page loads Kit's client and hydrates (a page with `csr = false` does not) */
	hydrates: boolean;
}

interface ManifestRoute {
	id: string;
	pattern: RegExp;
}

/** The folder Kit generates into for a build folder (mirrors `outDir` in svelte.config.js). */
function generatedDir(buildDir: string): string {
	return buildDir === 'build' ? '.svelte-kit' : `.svelte-kit-${buildDir}`;
}

/** Kit's routes and the static assets (`static/`), from the manifest of the last build. */
async function readManifest(
	buildDir: string
): Promise<{ routes: ManifestRoute[]; assets: string[] }> {
	const file = resolve(generatedDir(buildDir), 'output/server/manifest-full.js');
	if (!existsSync(file)) return { routes: [], assets: [] };
	const { manifest } = (await import(pathToFileURL(file).href)) as {
		manifest: { assets: Set<string>; _: { routes: ManifestRoute[] } };
	};
	return {
		routes: manifest._.routes.map(({ id, pattern }) => ({ id, pattern })),
		assets: [...manifest.assets].map((a) => `/${a}`)
	};
}

/** Every file under `dir`, at any depth. */
export function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		return entry.isDirectory() ? walk(full) : [full];
	});
}

/** Kit's own files, which no reader opens: the app bundle and the data of client navigations. */
const isKitFile = (path: string) => path.startsWith('/_app/') || path.endsWith('/__data.json');

/**
 * Every page and file that the routes of a build produced, in path order: not Kit's own files, nor
 * the copies of `static/`. The 404 page is left out: see `notFoundPage`.
 */
export async function builtPages(buildDir = 'build'): Promise<BuiltPage[]> {
	const root = resolve(buildDir);
	if (!existsSync(join(root, 'index.html'))) {
		throw new Error(`${buildDir}/index.html is missing: the site has not been built`);
	}
	const { routes, assets } = await readManifest(buildDir);
	const pages: BuiltPage[] = [];
	for (const file of walk(root)) {
		const rel = `/${relative(root, file).split(sep).join('/')}`;
		if (isKitFile(rel) || assets.includes(rel) || rel === '/404.html') continue;
		const html = rel.endsWith('/index.html');
		const path = html ? rel.slice(0, -'index.html'.length) : rel;
		const route = routes.find((r) => r.pattern.test(path))?.id ?? path;
		let kind: PageKind = 'file';
		let hydrates = false;
		if (html) {
			const text = readFileSync(file, 'utf8');
			kind = /<meta[^>]+http-equiv=["']?refresh/i.test(text) ? 'redirect' : 'page';
			hydrates = loadsKit(text);
		}
		pages.push({ path, file, route, kind, size: statSync(file).size, hydrates });
	}
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** One page of each kind of route: the largest, since it exercises the most content. */
export function onePerKind(pages: BuiltPage[]): BuiltPage[] {
	const best = new Map<string, BuiltPage>();
	for (const page of pages) {
		const key = `${page.kind} ${page.route}`;
		const seen = best.get(key);
		if (!seen || page.size > seen.size) best.set(key, page);
	}
	return [...best.values()].sort((a, b) => a.path.localeCompare(b.path));
}

const loadsKit = (html: string) => /_app\/immutable\/entry\/start/.test(html);

/**
 * The static host's not-found page (`404.html`), as seen at an address that no build has;
 * undefined when the build has none.
 */
export function notFoundPage(buildDir = 'build'): BuiltPage | undefined {
	const file = resolve(buildDir, '404.html');
	if (!existsSync(file)) return undefined;
	const text = readFileSync(file, 'utf8');
	return {
		path: '/no-such-page-here/',
		file,
		route: '404',
		kind: 'page',
		size: text.length,
		hydrates: loadsKit(text)
	};
}

/** A label for test steps: `/[timeline] (page) /alaska-summit-2025/`. */
export const describePage = (p: BuiltPage) => `${p.route} (${p.kind}) ${p.path}`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What opening a page reports that is not a fault, for `pageProblems.allow()`: the 404 page's
 * status and the console line about it (which names no address; any other 404 still shows as
 * `HTTP 404: <address>`), and a redirect page's own request, which the redirect cuts short.
 */
export function expectedProblems(built: BuiltPage): RegExp[] {
	if (built.route === '404')
		return [
			/HTTP 404: \S*\/no-such-page-here\/$/,
			/^console error: Failed to load resource: the server responded with a status of 404/
		];
	if (built.kind === 'redirect')
		return [new RegExp(`^request failed: \\S*${escapeRegExp(built.path)} \\(net::ERR_ABORTED\\)$`)];
	return [];
}

/**
 * Scrolls to an event page's whole timeline, which is drawn as the reader reaches it, waits until
 * its chart is drawn and scrolls back to the top; on any other page it does nothing.
 */
export async function drawWholeTimeline(page: Page): Promise<void> {
	const slot = page.locator('.whole-timeline');
	if (!(await slot.count())) return;
	// the page's start may restore the scroll position (after a reload, say): scroll once it has
	await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
	await slot.scrollIntoViewIfNeeded();
	await slot.locator('[data-timeline-chart][data-rendered="true"]').waitFor({ state: 'attached' });
	await page.evaluate(() => scrollTo(0, 0));
}

/**
 * Opens a built page and waits until it is ready: hydrated when it loads Kit's client, loaded when
 * it does not, and for a redirect page, loaded at the page it sends the reader to.
 */
export async function open(page: Page, built: BuiltPage, origin = ''): Promise<Response | null> {
	const response = await page.goto(`${origin}${built.path}`);
	if (built.kind === 'page' && built.hydrates) {
		await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
		await drawWholeTimeline(page);
	} else {
		if (built.kind === 'redirect') await page.waitForURL((url) => url.pathname !== built.path);
		await page.waitForLoadState('load');
	}
	return response;
}

/** One page of each kind of route that `keep` accepts, then the not-found page if there is one. */
export async function pagesOfEachKind(keep: (p: BuiltPage) => boolean): Promise<BuiltPage[]> {
	const pages = onePerKind(await builtPages()).filter(keep);
	const notFound = notFoundPage();
	if (notFound) pages.push(notFound);
	return pages;
}

/**
 * Opens each page in a test step of its own, allowing what that page is expected to report, and
 * runs `check` on it there.
 */
export async function checkEach(
	page: Page,
	pageProblems: PageProblems,
	pages: BuiltPage[],
	check: (built: BuiltPage) => Promise<void>
): Promise<void> {
	for (const built of pages) {
		await test.step(describePage(built), async () => {
			for (const re of expectedProblems(built)) pageProblems.allow(re);
			await open(page, built);
			await check(built);
		});
	}
}
