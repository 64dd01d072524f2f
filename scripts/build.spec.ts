import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pagesOfAnotherBuild, timelinesByCatalog } from './build.js';
import { withoutLocaleWarning, withSharedPluralRules } from './paraglide.js';
import { plural } from '../src/lib/paraglide/registry.js';

let dirs: string[] = [];
type Files = Record<string, string>;
const scratch = (files: Files) => {
	const dir = mkdtempSync(join(tmpdir(), 'build-spec-'));
	dirs.push(dir);
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
};
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

const catalogOf = (tag: string) =>
	['uk', 'fr'].includes(tag.split('-')[0]!) ? tag.split('-')[0]! : 'en';

describe('timelinesByCatalog', () => {
	it.each<{ files: Files; expected: Record<string, string[]> }>([
		{ files: {}, expected: {} },
		{ files: { 'a.json': '{"language":"en"}' }, expected: { en: ['a'] } },
		{
			files: {
				'kyiv.json': '{"language":"uk"}',
				'lviv.json': '{"language":"uk-UA"}',
				'madrid.json': '{"language":"es"}',
				'paris.json': '{"language":"fr"}',
				'notes.txt': 'not a timeline'
			},
			expected: { uk: ['kyiv', 'lviv'], en: ['madrid'], fr: ['paris'] }
		}
	])('groups $files by catalog', ({ files, expected }) => {
		const found = Object.fromEntries(timelinesByCatalog(scratch(files), catalogOf));
		expect(found).toEqual(expected);
	});
});

describe('pagesOfAnotherBuild', () => {
	const page = (src: string) =>
		`<link rel="modulepreload" href="${src}"><script>import("${src}")</script>`;
	it.each<{ files: Files; wrong: string[] }>([
		{ files: { 'index.html': page('../_app-uk/immutable/entry/start.js') }, wrong: [] },
		{ files: { 'a/index.html': page('../../_app-uk/immutable/nodes/4.js') }, wrong: [] },
		{ files: { 'index.html': page('../_app/immutable/entry/start.js') }, wrong: ['index.html'] },
		{ files: { 'x/index.html': page('/_app-fr/immutable/entry/app.js') }, wrong: ['x/index.html'] },
		// a page without a script has nothing to switch
		{ files: { 'index.html': '<p>plain</p>', 'data.json': '"_app/immutable/"' }, wrong: [] }
	])('finds $wrong', ({ files, wrong }) => {
		const dir = scratch(files);
		expect(pagesOfAnotherBuild(dir, '_app-uk').map((f) => f.slice(dir.length + 1))).toEqual(wrong);
	});
});

describe('withoutLocaleWarning', () => {
	const warning =
		'\tif (/** @type {any} */ (globalThis).__PARAGLIDE_STATIC_LOCALE__ !== undefined && options.locale !== undefined && options.locale !== /** @type {any} */ (globalThis).__PARAGLIDE_STATIC_LOCALE__) console.warn("Paraglide: options.locale cannot override a locale-specialized client bundle; use a full document navigation to switch locales.")\n';
	it.each([
		{ code: `a\n${warning}b\n`, expected: 'a\nb\n' },
		{ code: `a\n${warning}${warning}`, expected: 'a\n' },
		{ code: 'if (options.locale) x()\n', expected: 'if (options.locale) x()\n' }
	])('drops the warning from $code', ({ code, expected }) => {
		expect(withoutLocaleWarning(code)).toBe(expected);
	});
});

describe('withSharedPluralRules', () => {
	it.each([
		{ code: 'export const x = 1;\n', changed: false },
		{
			code: 'export function plural(locale, input, options) {\n\treturn new Intl.PluralRules(locale, options).select(Number(input))\n};\n',
			changed: true
		}
	])("rewrites only the registry's making of rules ($changed)", ({ code, changed }) => {
		const out = withSharedPluralRules(code);
		expect(out !== code).toBe(changed);
		expect(out).not.toContain('new Intl.PluralRules(locale, options).select(');
	});

	it('gives the compiled registry rules made once per language and options', () => {
		const Rules = Intl.PluralRules;
		const made: string[] = [];
		vi.stubGlobal('Intl', {
			...Intl,
			PluralRules: class extends Rules {
				constructor(locale?: string, options?: Intl.PluralRulesOptions) {
					super(locale, options);
					made.push(`${locale} ${options?.type ?? 'cardinal'}`);
				}
			}
		});
		try {
			const answers = [
				plural('en', 1, {}),
				plural('en', 2, {}),
				plural('en', 1, {}),
				plural('uk', 3, {}),
				plural('uk', 5, {}),
				plural('en', 2, { type: 'ordinal' })
			];
			expect(answers).toEqual(['one', 'other', 'one', 'few', 'many', 'two']);
			expect(made).toEqual(['en cardinal', 'uk cardinal', 'en ordinal']);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
