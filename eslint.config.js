import { fileURLToPath } from 'node:url';
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignore = fileURLToPath(new URL('./.gitignore', import.meta.url));

// The layers, as import bans: the model (plain TypeScript) imports no UI, dates and zones import
// nothing above the schema, and nothing the browser runs imports server code.
const NO_UI = {
	group: ['$app/*', '$lib/components/*', '$lib/state/*', '*.svelte', 'svelte', 'svelte/*'],
	message: 'The model imports no UI: move the UI part into a component or a .svelte.ts module.'
};
const NO_SERVER = {
	group: ['$lib/server/*', '$env/*'],
	message: 'The model imports no server code: pass the value in from the route.'
};
const NO_SERVER_IN_BROWSER = {
	group: ['$lib/server/*', 'node:*', '$env/static/private', '$env/dynamic/private'],
	message: 'Browser code imports no server code: load it in a +page.server.ts.'
};
const ONLY_SCHEMA = {
	group: [
		'$lib/chart/*',
		'$lib/list/*',
		'$lib/event/*',
		'$lib/filters/*',
		'$lib/export/*',
		'$lib/print/*',
		'$lib/card/*',
		'$lib/import/*'
	],
	message: 'Dates and zones import only the schema: move the shared part into src/lib/time.'
};
const CHART_CONTROLLERS = ['src/lib/chart/keys.ts', 'src/lib/chart/zoom-gestures.ts'];
const BROWSER_MODEL = [
	'src/lib/{chart,list,event,filters,print}/*.ts',
	'src/lib/chart/canvas/paint-marks.ts'
];

export default ts.config(
	includeIgnoreFile(gitignore),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint advises against this rule in TypeScript projects: tsc already checks it
			'no-undef': 'off'
		}
	},
	{
		// the model that runs only in Node (the data's files, exports, import, cards)
		files: ['src/lib/{data,export,import,card}/**/*.ts'],
		ignores: ['**/*.spec.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [NO_UI, NO_SERVER] }] }
	},
	{
		// dates and zones are the bottom layer: every view words and groups time through them, so
		// they lean on nothing of the project above the schema
		files: ['src/lib/time/**/*.ts'],
		ignores: ['**/*.spec.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [NO_UI, NO_SERVER, ONLY_SCHEMA] }] }
	},
	{
		// what runs in the browser never bundles server code (build-time loaders, secrets, Node APIs)
		files: [
			'src/lib/{components,state,chart,list,event,filters}/**/*.{ts,svelte}',
			'src/lib/print/*.{svelte,svelte.ts}',
			'src/routes/**/*.svelte',
			'src/routes/**/+{page,layout}.ts'
		],
		ignores: ['**/*.spec.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [NO_SERVER_IN_BROWSER] }] }
	},
	{
		// the browser's model (chart and list maths, the event view, filters, the briefing's layout):
		// after the block above, so that its stricter bans win for these files
		files: BROWSER_MODEL,
		// the chart's controllers turn keys and gestures into writes to its state
		ignores: ['**/*.spec.ts', '**/*.svelte.ts', ...CHART_CONTROLLERS],
		rules: { 'no-restricted-imports': ['error', { patterns: [NO_UI, NO_SERVER_IN_BROWSER] }] }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
