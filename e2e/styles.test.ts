/**
 * Every prerendered page links the styles of what it draws: a component's scoped class in the
 * HTML must be styled by a stylesheet the page links (or an inline one), so nothing is drawn
 * unstyled and then moves when its styles come with a later script. A size check over the built
 * files: no browser, no timing.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { HOSTILE_DIR } from '../playwright.config';
import { SCOPED_CLASS_PREFIX } from '../svelte.config.js';
import { expect, test } from './fixtures';
import { builtPages, notFoundPage, onePerKind } from './routes';

const BUILDS = ['build', 'build-fixture', HOSTILE_DIR];

/** A class that scopes a component's styles, in a page's HTML. */
const scopedClass = new RegExp(`class="(?:[^"]* )?(${SCOPED_CLASS_PREFIX}[a-z0-9]+)\\b`, 'g');

/** The CSS a page links or holds inline, read from the build folder. */
function pageStyles(buildDir: string, file: string, html: string): string {
	const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
	const linked = [...html.matchAll(/<link\b[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => /rel="?stylesheet/.test(tag))
		.map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? '')
		.filter((href) => href && !/^[a-z]+:/i.test(href))
		.map((href) =>
			readFileSync(
				href.startsWith('/')
					? resolve(buildDir, `.${href}`)
					: resolve(dirname(file), href.split('?')[0] ?? ''),
				'utf8'
			)
		);
	return [...inline, ...linked].join('\n');
}

for (const dir of BUILDS) {
	test(`every page of ${dir} links the styles of the components it draws`, async () => {
		const pages = onePerKind(await builtPages(dir)).filter((p) => p.kind === 'page');
		const notFound = notFoundPage(dir);
		if (notFound) pages.push(notFound);
		expect(pages.length).toBeGreaterThan(1);
		for (const page of pages) {
			const html = readFileSync(page.file, 'utf8');
			const styles = pageStyles(dir, page.file, html);
			const scoped = new Set([...html.matchAll(scopedClass)].map((m) => m[1] as string));
			// every page draws components of its own, with styles
			expect.soft(scoped.size, `${page.path}: scoped classes`).toBeGreaterThan(0);
			const unstyled = [...scoped].filter((hash) => !styles.includes(`.${hash}`));
			expect.soft(unstyled, `${page.path}: scoped classes with no linked stylesheet`).toEqual([]);
		}
	});
}
