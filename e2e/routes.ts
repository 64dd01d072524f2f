/**
 * Finds what a build serves, so the hardening tests cover every page that exists, including pages
 * added after they were written. Pages come from the files in the build folder; Kit's route
 * manifest (in the build's generated folder) names the route each one belongs to, so tests can
 * visit one page of each kind instead of every event.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

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

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		return entry.isDirectory() ? walk(full) : [full];
	});
}

/** Kit's own files, which no reader opens: the app bundle and the data of client navigations. */
const isKitFile = (path: string) => path.startsWith('/_app/') || path.endsWith('/__data.json');

/**
 * Every page and file that the routes of a build produced, in path order: not Kit's own files, nor
 * the copies of `static/`. The 404 page is left out: see `notFoundPath`.
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
		if (html) {
			const text = readFileSync(file, 'utf8');
			kind = /<meta[^>]+http-equiv=["']?refresh/i.test(text) ? 'redirect' : 'page';
		}
		pages.push({ path, file, route, kind, size: statSync(file).size });
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

/** A path that no build has, for visiting the 404 page; undefined when the build has none. */
export function notFoundPath(buildDir = 'build'): string | undefined {
	return existsSync(resolve(buildDir, '404.html')) ? '/no-such-page-here/' : undefined;
}

/** A label for test steps: `/[timeline] (page) /alaska-summit-2025/`. */
export const describePage = (p: BuiltPage) => `${p.route} (${p.kind}) ${p.path}`;
