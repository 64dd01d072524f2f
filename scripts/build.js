#!/usr/bin/env node
/**
 * `npm run build`: the site, with each page's script carrying only its own language's messages.
 *
 * The browser's code is built once per message catalog in use, each with the compiler's static
 * locale, so the bundler drops the other languages. The first build speaks the site's language
 * (SITE_LANGUAGE) and writes every page; then each other catalog's timelines are built again
 * into a scratch folder with their app under `_app-<catalog>/`, and their folders replace the
 * first build's. A link between pages of two builds loads the page anew (`sameBuild`).
 *
 * BUILD_DIR, TIMELINES_DIR, BASE_PATH and SITE_LANGUAGE work as for `vite build`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileMessages } from './paraglide.js';

/**
 * The timelines of a folder, by catalog: id (the file name) and language. The first build has
 * already checked every file, so a file this cannot read has stopped the build before.
 * @param {string} dir
 * @param {(tag: string) => string} catalogOf
 */
export function timelinesByCatalog(dir, catalogOf) {
	/** @type {Map<string, string[]>} */
	const byCatalog = new Map();
	for (const name of readdirSync(dir)
		.filter((n) => n.endsWith('.json'))
		.sort()) {
		const { language } = JSON.parse(readFileSync(join(dir, name), 'utf8'));
		const catalog = catalogOf(language);
		byCatalog.set(catalog, [...(byCatalog.get(catalog) ?? []), name.slice(0, -'.json'.length)]);
	}
	return byCatalog;
}

/**
 * The pages in `folder` that do not load their script from `appDir`: each would show one language
 * in its HTML and switch to another when its script runs.
 * @param {string} folder
 * @param {string} appDir
 */
export function pagesOfAnotherBuild(folder, appDir) {
	const own = new RegExp(`(?:^|[/"'])${appDir}/immutable/`);
	const any = /(?:^|[/"'])_app(?:-[a-z]+)?\/immutable\//g;
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name))
		.filter((file) => {
			const html = readFileSync(file, 'utf8');
			const apps = html.match(any) ?? [];
			return apps.length > 0 && !apps.every((a) => own.test(a));
		});
}

/** @param {Record<string, string | undefined>} env */
function viteBuild(env) {
	const run = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		env: { ...process.env, ...env },
		stdio: 'inherit'
	});
	if (run.status !== 0) process.exit(run.status ?? 1);
}

async function main() {
	await compileMessages();
	// the catalogs exist once compiled
	const { catalogOf, siteLanguage } = await import('../src/lib/i18n/catalog.js');
	const out = process.env.BUILD_DIR ?? 'build';
	const siteCatalog = catalogOf(siteLanguage());

	viteBuild({ STATIC_LOCALE: siteCatalog });

	const timelines = timelinesByCatalog(process.env.TIMELINES_DIR ?? 'data/timelines', catalogOf);
	for (const [catalog, ids] of timelines) {
		if (catalog === siteCatalog) continue;
		const scratch = `${out}-catalog-${catalog}`;
		const appDir = `_app-${catalog}`;
		console.log(`\nThe ${ids.length} timeline(s) in catalog "${catalog}", with their own app:`);
		viteBuild({
			STATIC_LOCALE: catalog,
			BUILD_CATALOG: catalog,
			BUILD_DIR: scratch,
			APP_DIR: appDir
		});
		rmSync(join(out, appDir), { recursive: true, force: true });
		cpSync(join(scratch, appDir), join(out, appDir), { recursive: true });
		for (const id of ids) {
			if (!existsSync(join(scratch, id))) throw new Error(`${scratch}: no pages for "${id}"`);
			rmSync(join(out, id), { recursive: true, force: true });
			cpSync(join(scratch, id), join(out, id), { recursive: true });
			const wrong = pagesOfAnotherBuild(join(out, id), appDir);
			if (wrong.length) {
				throw new Error(`pages of "${id}" load another catalog's app:\n${wrong.join('\n')}`);
			}
		}
		rmSync(scratch, { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
	await main();
}
