#!/usr/bin/env node
// The interface's messages (messages/<area>/<locale>.json) compiled into functions, one module
// per message, in src/lib/paraglide (generated, not committed). `npm run build`, `check` and
// `test:unit` run this first; `vite dev` recompiles through the plugin as catalogs change.
import { compile } from '@inlang/paraglide-js';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// the locale comes from the timeline on show, which `$lib/i18n/locale` answers; none of the
	// library's own ways (cookie, URL, browser) applies
	strategy: ['baseLocale'],
	disableAsyncLocalStorage: true,
	// A browser build speaks one catalog (scripts/build.js builds the site once per catalog in use)
	// and the bundler drops the other languages' messages; the server renders every language. The
	// library's own contract for per-locale builds: vite.config.ts defines the name in the browser
	// build only, and the compiler adds no check for this exact text (any other fails the build).
	experimentalStaticLocale: '/** @type {any} */ (globalThis).__PARAGLIDE_STATIC_LOCALE__'
};

/** @param {string} dir @returns {string[]} */
function files(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * Each compiled message warns when a call passes a locale other than its build's. No call of ours
 * passes one, and the line, repeated in every message a page uses, weighed 1.6 kB gzipped on the
 * timeline page: it is dropped.
 * @param {string} code
 */
export function withoutLocaleWarning(code) {
	return code.replace(/^[ \t]*if \(.*options\.locale !== undefined.*console\.warn\(.*\n/gm, '');
}

/**
 * The compiled registry makes a new `Intl.PluralRules` for every plural it formats: each of the
 * chart's badges formats one, and the making was 5 % of the task that draws the live chart on a
 * phone (measured). Rules are made once per language and options, and kept.
 * @param {string} code
 */
export function withSharedPluralRules(code) {
	const making = 'return new Intl.PluralRules(locale, options).select(';
	if (!code.includes(making)) return code;
	return `${code.replace(making, 'return pluralRules(locale, options).select(')}
/** @type {Map<string, Intl.PluralRules>} */
const madePluralRules = new Map();

/**
 * @param {string} locale
 * @param {Intl.PluralRulesOptions} [options]
 */
function pluralRules(locale, options) {
	const key = \`\${locale} \${JSON.stringify(options ?? {})}\`;
	let rules = madePluralRules.get(key);
	if (!rules) madePluralRules.set(key, (rules = new Intl.PluralRules(locale, options)));
	return rules;
}
`;
}

/**
 * Compiles into a scratch folder, then writes only the files that differ, each by a rename: the
 * end-to-end tests build several sites at once, and a build must never read a half-written or
 * deleted module that another build's compile is replacing.
 */
export async function compileMessages(outdir = paraglideOptions.outdir) {
	const scratch = mkdtempSync(join(tmpdir(), 'paraglide-'));
	try {
		await compile({ ...paraglideOptions, outdir: scratch });
		const fresh = new Set(files(scratch));
		for (const file of fresh) {
			const text = withSharedPluralRules(
				withoutLocaleWarning(readFileSync(join(scratch, file), 'utf8'))
			);
			const target = join(outdir, file);
			let old;
			try {
				old = readFileSync(target, 'utf8');
			} catch {
				old = undefined;
			}
			if (old === text) continue;
			mkdirSync(dirname(target), { recursive: true });
			const temporary = `${target}.${process.pid}.tmp`;
			writeFileSync(temporary, text);
			renameSync(temporary, target);
		}
		/** @type {string[]} */
		let existing = [];
		try {
			existing = files(outdir);
		} catch {
			// nothing compiled yet
		}
		for (const file of existing)
			if (!fresh.has(file) && !file.endsWith('.tmp')) rmSync(join(outdir, file), { force: true });
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	await compileMessages();
}
