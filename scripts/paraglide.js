#!/usr/bin/env node
// The interface's messages (messages/<area>/<locale>.json) compiled into functions, one module
// per message, in src/lib/paraglide (generated, not committed). The Vite build and this script
// share these options, so `npm run check` and the tests see what the build compiles.
import { compile } from '@inlang/paraglide-js';
import { pathToFileURL } from 'node:url';

/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// the locale comes from the timeline on show, which `$lib/i18n/locale` answers; none of the
	// library's own ways (cookie, URL, browser) applies
	strategy: ['baseLocale'],
	disableAsyncLocalStorage: true
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	await compile(paraglideOptions);
}
