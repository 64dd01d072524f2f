/**
 * What each built page makes the browser fetch before its script can run, and so before the chart
 * can be drawn: the modules its HTML imports and preloads with every module those import in turn
 * (static `import`s, not `import()`), and its stylesheets (print-only ones aside). Sizes are
 * gzipped at level 6, as a static host serves them. A module fetched later, by `import()`, counts
 * for none of this. `e2e/budget.test.ts` holds every page of every test build to the budget;
 * `npm run budget -- DIR` prints the heaviest pages of a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The most JavaScript and CSS, gzipped, that any page may load before its first draw. */
export const BUDGET_BYTES = 60_000;

/**
 * The most JavaScript alone, gzipped, that any page may load before its first draw, in any of the
 * interface's languages: met by every page, while `BUDGET_BYTES` is still an aim for some.
 */
export const JS_BUDGET_BYTES = 80_000;

export interface Asset {
	/** path in the build folder, with `/` */
	file: string;
	gzip: number;
}

export interface InitialLoad {
	js: Asset[];
	css: Asset[];
	/** gzipped JS, bytes */
	jsTotal: number;
	/** gzipped JS plus CSS, bytes */
	total: number;
}

/** The addresses a page's HTML loads at once: module preloads, stylesheets, the modules its start script names. */
export function initialReferences(html: string): { scripts: string[]; styles: string[] } {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const href = /\bhref="([^"]+)"/i.exec(tag)?.[1];
		const rel = /\brel="([^"]+)"/i.exec(tag)?.[1]?.toLowerCase();
		if (!href) continue;
		if (rel === 'modulepreload') scripts.add(href);
		// a print stylesheet is fetched without holding up the screen
		else if (rel === 'stylesheet' && !/\bmedia="print"/i.test(tag)) styles.add(href);
	}
	// a deferred or async script is still fetched as the page loads
	for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)) scripts.add(src!);
	// Kit's inline start script imports its entry modules at once, and preloads the modules they
	// need (src/lib/server/start-after-paint.ts): every module it names
	for (const script of html.matchAll(/<script>([\s\S]*?)<\/script>/gi)) {
		for (const [, src] of script[1]!.matchAll(/["']([^"'\s]+\.m?js)["']/g)) scripts.add(src!);
	}
	return { scripts: [...scripts], styles: [...styles] };
}

/** The modules a module imports statically (`import … from "./x.js"`, `import "./x.js"`, re-exports). */
export function staticImports(code: string): string[] {
	const found = new Set<string>();
	const re = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;
	for (const [, spec] of code.matchAll(re)) found.add(spec!);
	return [...found];
}

export class Budget {
	readonly #root: string;
	readonly #base: string;
	readonly #gzip = new Map<string, number>();
	readonly #imports = new Map<string, string[]>();

	/** `root`: the build folder; `base`: the sub-path its pages are served under (`BASE_PATH`). */
	constructor(root: string, base = '') {
		this.#root = resolve(root);
		this.#base = base;
	}

	/** The file in the build that an address on a page in `pageFile` names; undefined off-site. */
	#fileOf(fromFile: string, href: string): string | undefined {
		if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
		const path = href.split(/[?#]/)[0]!;
		if (path.startsWith('/')) {
			const inBase = this.#base && path.startsWith(`${this.#base}/`);
			return join(this.#root, inBase ? path.slice(this.#base.length) : path);
		}
		return resolve(dirname(fromFile), path);
	}

	#gzipOf(file: string): number {
		let size = this.#gzip.get(file);
		if (size === undefined) {
			size = gzipSync(readFileSync(file), { level: 6 }).length;
			this.#gzip.set(file, size);
		}
		return size;
	}

	#importsOf(file: string): string[] {
		let list = this.#imports.get(file);
		if (!list) {
			const code = readFileSync(file, 'utf8');
			list = staticImports(code).flatMap((spec) => this.#fileOf(file, spec) ?? []);
			this.#imports.set(file, list);
		}
		return list;
	}

	#asset(file: string): Asset {
		if (!existsSync(file)) throw new Error(`${file}: named by a page, missing from the build`);
		return { file: relative(this.#root, file).split(sep).join('/'), gzip: this.#gzipOf(file) };
	}

	/** What the page in `pageFile` loads before its script runs. */
	initialLoad(pageFile: string): InitialLoad {
		const file = resolve(pageFile);
		const { scripts, styles } = initialReferences(readFileSync(file, 'utf8'));
		const modules = new Set<string>();
		const visit = (module: string) => {
			if (modules.has(module)) return;
			modules.add(module);
			if (existsSync(module)) for (const next of this.#importsOf(module)) visit(next);
		};
		for (const src of scripts) {
			const module = this.#fileOf(file, src);
			if (module) visit(module);
		}
		const js = [...modules].map((m) => this.#asset(m));
		const css = styles.flatMap((href) => {
			const sheet = this.#fileOf(file, href);
			return sheet ? [this.#asset(sheet)] : [];
		});
		const sum = (assets: Asset[]) => assets.reduce((bytes, a) => bytes + a.gzip, 0);
		return { js, css, jsTotal: sum(js), total: sum(js) + sum(css) };
	}
}

/** Every HTML page under `dir`. */
export function htmlPages(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** `npm run budget -- [DIR] [BASE]`: the initial load of each kind of page, heaviest first. */
function main(dir = 'build', base = process.env.BASE_PATH ?? '') {
	const budget = new Budget(dir, base);
	const heaviest = new Map<string, { page: string; load: InitialLoad }>();
	for (const page of htmlPages(dir)) {
		// event pages of one timeline are alike: one line for the heaviest of them
		const kind = relative(dir, page).replace(/\/events\/[^/]+\//, '/events/*/');
		const load = budget.initialLoad(page);
		const seen = heaviest.get(kind);
		if (!seen || load.total > seen.load.total) heaviest.set(kind, { page, load });
	}
	const rows = [...heaviest.values()].sort((a, b) => b.load.total - a.load.total);
	let over = 0;
	for (const { page, load } of rows) {
		const js = load.jsTotal;
		const mark =
			js > JS_BUDGET_BYTES
				? '  over both budgets'
				: load.total > BUDGET_BYTES
					? '  over budget'
					: '';
		if (mark) over++;
		console.log(
			`${kB(load.total).padStart(6)} kB  (JS ${kB(js)}, CSS ${kB(load.total - js)})  ${relative(dir, page)}${mark}`
		);
	}
	console.log(
		`budget ${kB(BUDGET_BYTES)} kB of JS and CSS, ${kB(JS_BUDGET_BYTES)} kB of JS, gzipped; ${over} kind(s) of page over it`
	);
	return over === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	process.exitCode = main(process.argv[2], process.argv[3]) ? 0 : 1;
}
