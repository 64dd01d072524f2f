import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// A sub-path such as /timeline, set at build time: BASE_PATH=/timeline npm run build
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
if (base && !/^\/[^/].*[^/]$|^\/[^/]$/.test(base)) {
	throw new Error(`BASE_PATH must start with "/" and not end with "/": got "${base}"`);
}

const buildDir = process.env.BUILD_DIR ?? 'build';

/**
 * How the class that scopes a component's styles begins. It is on every element a component
 * styles, in each page's HTML and in the script that draws it, so it is kept short; Svelte's own
 * is `svelte-`. No class of ours begins so.
 */
export const SCOPED_CLASS_PREFIX = 's-';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Svelte's hash of the same input as its default: the component's file
		cssHash: ({ css, filename, hash }) =>
			`${SCOPED_CLASS_PREFIX}${hash(filename === '(unknown)' ? css : (filename ?? css))}`
	},
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		// a second build (say, under a base path) keeps its own generated files
		outDir: process.env.BUILD_DIR ? `.svelte-kit-${process.env.BUILD_DIR}` : '.svelte-kit',
		paths: { base, relative: true },
		// scripts/build.js builds each other catalog's pages with their own app, beside the first
		appDir: process.env.APP_DIR ?? '_app',
		// Every page is prerendered, so the policy travels in a <meta http-equiv> tag with hashes of
		// Kit's inline scripts. A meta policy cannot carry frame-ancestors, report-uri or sandbox:
		// a host that wants them sends them as headers (see README, "Hosting").
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// stylesheets and <style> elements: our own files only (Kit hashes any it inlines)
				'style-src': ['self'],
				'style-src-elem': ['self'],
				// style="" attributes, which Svelte writes for style: directives and computed
				// positions; they cannot run script, and img-src/font-src keep them from loading anything
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// dead links and missing anchors must break the build
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail',
			// a build whose timelines all pass PREVIEW_IMAGE_LIMIT makes no event image (their pages
			// share their timeline's): only that route may go unprerendered
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((id) => id !== '/[timeline]/events/[event]/og.png')) {
					throw new Error(message);
				}
			}
		}
	}
};

export default config;
