import { sveltekit } from '@sveltejs/kit/vite';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { COMPILE_HINT, HINTED_FROM_LENGTH } from './src/lib/compile-hints';
import { compileMessages } from './scripts/paraglide.js';
import { catalogFiles, messageInputs, readCatalog } from './src/lib/i18n/catalogs';

/**
 * In dev, compile the interface's messages at start and again when a catalog changes, then reload.
 * Not the library's own plugin: it empties and rewrites the whole folder, which breaks any other
 * process reading the messages at that moment (the end-to-end tests run a dev server beside
 * builds and test files that import them); `compileMessages` writes only what changed.
 */
function compileMessagesInDev(): Plugin {
	const dir = resolve('messages');
	return {
		name: 'compile-messages-in-dev',
		apply: 'serve',
		async buildStart() {
			await compileMessages();
		},
		configureServer(server) {
			server.watcher.add(dir);
			server.watcher.on('change', async (file) => {
				if (!file.startsWith(dir + sep) || !file.endsWith('.json')) return;
				await compileMessages();
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

/**
 * The one catalog a browser build speaks (STATIC_LOCALE, set by scripts/build.js): the messages'
 * other languages become dead code. The server's build keeps them all, to render any page.
 *
 * Each message is then exported as that catalog's own function: the compiler's wrapper, which
 * picks a language and fills in default arguments, would stay as a second function per message
 * (1.0 kB gzipped on the Ukrainian timeline page, measured).
 */
function oneCatalogInTheBrowser(): Plugin {
	const locale = process.env.STATIC_LOCALE;
	const messageFile = /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages[\\/](?!_index)[a-z0-9_]+\.js$/;
	return {
		name: 'one-catalog-in-the-browser',
		apply: 'build',
		config(_config, { isSsrBuild }) {
			if (!locale || isSsrBuild) return;
			return { define: { 'globalThis.__PARAGLIDE_STATIC_LOCALE__': JSON.stringify(locale) } };
		},
		transform(code, id, options) {
			if (!locale || options?.ssr || !messageFile.test(id)) return;
			const exported = /\nexport const ([a-z0-9_]+) = [\s\S]*$/.exec(code);
			const key = exported?.[1];
			// a catalog without its own text for a key keeps the wrapper, which falls back
			if (!exported || !key || !code.includes(`\nconst ${locale}_${key} = `)) return;
			return {
				code: `${code.slice(0, exported.index)}\nexport const ${key} = ${locale}_${key};\n`,
				map: null
			};
		}
	};
}

/**
 * In a browser build of one catalog, a message without inputs is a constant: `m.key()` becomes its
 * text, which Svelte writes into its templates as static markup. Each call otherwise costs a
 * function and an effect that sets the text once (1.2 kB gzipped on the timeline page, measured). Only
 * in files that import `m` from `$lib/i18n`, and only for names of such messages; the server's
 * build, which renders every language, keeps the calls.
 */
function inlineConstantMessages(): Plugin {
	const locale = process.env.STATIC_LOCALE;
	let texts: Map<string, string> | undefined;
	const load = async () => {
		const messages = (await import(resolve('src/lib/paraglide/messages/_index.js'))) as Record<
			string,
			(inputs: object, options: { locale: string }) => string
		>;
		const found = new Map<string, string>();
		for (const area of catalogFiles().areas) {
			for (const [key, message] of Object.entries(readCatalog(area, 'en'))) {
				const fn = messages[key];
				if (fn && typeof message === 'string' && messageInputs(message).size === 0)
					found.set(key, fn({}, { locale: locale! }));
			}
		}
		return found;
	};
	const importsM = /import\s*\{[^}]*\bm\b[^}]*\}\s*from\s*['"]\$lib\/i18n['"]/;
	return {
		name: 'inline-constant-messages',
		apply: 'build',
		enforce: 'pre',
		async transform(code, id, options) {
			if (!locale || options?.ssr || !/\.(svelte|ts)$/.test(id) || !importsM.test(code)) return;
			texts ??= await load();
			const known = (key: string) => texts!.get(key);
			// a whole `{m.key()}` in a component's markup (not an attribute's value, not in a script):
			// plain text, so part of its template
			const asText = (markup: string) =>
				markup.replace(/(?<!=\s*)\{\s*m\.([a-z][a-z0-9_]*)\(\s*\)\s*\}/g, (call, key: string) => {
					const text = known(key);
					return text === undefined
						? call
						: text.replace(/[&<>{}]/g, (c) => `&#${c.charCodeAt(0)};`);
				});
			const inlined = (
				id.endsWith('.svelte')
					? code
							.split(/(<script\b[\s\S]*?<\/script>)/)
							.map((part, i) => (i % 2 ? part : asText(part)))
							.join('')
					: code
			).replace(/\bm\.([a-z][a-z0-9_]*)\(\s*\)/g, (call, key: string) => {
				const text = known(key);
				return text === undefined ? call : JSON.stringify(text);
			});
			return inlined === code ? undefined : { code: inlined, map: null };
		}
	};
}

/** In dev, reload the page when a timeline file changes: data is read outside Vite's module graph. */
function reloadOnTimelineChange(): Plugin {
	const dir = resolve(process.env.TIMELINES_DIR ?? 'data/timelines');
	const isTimeline = (file: string) => file.startsWith(dir + sep) && file.endsWith('.json');
	return {
		name: 'reload-on-timeline-change',
		configureServer(server) {
			server.watcher.add(dir);
			// many editors save by writing a new file and renaming it over the old: that is an
			// unlink and an add, not a change
			for (const change of ['change', 'add', 'unlink'] as const) {
				server.watcher.on(change, (file) => {
					if (isTimeline(file)) server.ws.send({ type: 'full-reload' });
				});
			}
		}
	};
}

/**
 * Asks the browser to compile each of the site's scripts in full as it downloads them. V8 compiles
 * a function when it is first called, on the main thread; the timeline page calls most of its
 * code as it starts, so a third of the task that draws a large timeline was compiling. Chromium
 * honours a `//# allFunctionsCalledOnLoad` comment at the top of a file by compiling all of it on
 * the thread that streams the file in, while the page is still loading; other engines ignore it.
 * Every chunk of `HINTED_FROM_LENGTH` or more gets it, since each is fetched when its code is about
 * to run (lazy ones included); left off the smaller ones, it saves 0.1–0.25 kB gzipped a page.
 * Only the browser's build: the server's code runs in Node, at build time.
 */
function compileHints(): Plugin {
	let ssr = false;
	return {
		name: 'compile-hints',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		generateBundle: {
			// last, after minification (which drops comments) and after Vite writes its table of
			// preloads at the top of a chunk: the comment must come before any code
			order: 'post',
			handler(_options, bundle) {
				if (ssr) return;
				for (const chunk of Object.values(bundle)) {
					if (
						chunk.type === 'chunk' &&
						chunk.code.length >= HINTED_FROM_LENGTH &&
						!chunk.code.startsWith(COMPILE_HINT)
					)
						chunk.code = COMPILE_HINT + chunk.code;
				}
			}
		}
	};
}

export default defineConfig({
	plugins: [
		// builds and tests run `scripts/paraglide.js` first
		process.env.VITEST ? [] : compileMessagesInDev(),
		inlineConstantMessages(),
		sveltekit(),
		reloadOnTimelineChange(),
		oneCatalogInTheBrowser(),
		compileHints()
	],
	// the chart runs no d3 transitions: d3-zoom's import of d3-transition gets a stand-in
	resolve: {
		alias: [{ find: /^d3-transition$/, replacement: resolve('src/lib/chart/no-transitions.ts') }]
	},
	build: {
		rolldownOptions: {
			// the bundler's plugin-timing report is noise in build and CI logs
			checks: { pluginTimings: false },
			output: {
				codeSplitting: {
					// One chunk for what most pages run: every module that four or more of the pages and
					// lazily fetched parts import (the Svelte and Kit runtime, dates in words, zone
					// offsets, links, the wire format). Left to itself, the bundler cut these into a dozen
					// chunks of a few hundred bytes, one per set of pages using them. Chosen by the import
					// graph, not by file names, so moving or renaming a module keeps the chunks.
					groups: [{ name: 'shared', minShareCount: 4 }]
				}
			}
		}
	},
	server: { port: 5173, strictPort: true },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'bench/**/*.spec.ts'],
		environment: 'node',
		// the preview cards read the site's colours from app.css (`?raw`), which Vitest empties unless
		// it processes the file
		css: { include: [/app\.css/] }
	}
});
