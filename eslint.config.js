import { fileURLToPath } from 'node:url';
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignore = fileURLToPath(new URL('./.gitignore', import.meta.url));

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
		// the model (data, time, chart maths, exports, print layout, import, cards) is plain
		// TypeScript: it runs in Node, in tests and in any renderer, so it never reaches for the UI
		files: ['src/lib/{data,time,timeline,export,print,import,card}/**/*.ts'],
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'$app/*',
								'$lib/components/*',
								'$lib/state/*',
								'*.svelte',
								'svelte',
								'svelte/*'
							],
							message: 'The model imports no UI: move the UI part to src/lib/components or state.'
						},
						{
							group: ['$lib/server/*', '$env/*'],
							message: 'The model imports no server code: pass the value in from the route.'
						}
					]
				}
			]
		}
	},
	{
		// dates and zones are the bottom layer: every view words and groups time through them, so
		// they lean on nothing above them (the same UI and server rules as the model, and more)
		files: ['src/lib/time/**/*.ts'],
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'$app/*',
								'$lib/components/*',
								'$lib/state/*',
								'*.svelte',
								'svelte',
								'svelte/*',
								'$lib/server/*',
								'$env/*'
							],
							message: 'Dates and zones import no UI and no server code.'
						},
						{
							group: [
								'$lib/timeline/*',
								'$lib/export/*',
								'$lib/print/*',
								'$lib/card/*',
								'$lib/import/*'
							],
							message:
								'Dates and zones import only the schema: move the shared part into src/lib/time.'
						}
					]
				}
			]
		}
	},
	{
		// what runs in the browser never bundles server code (build-time loaders, secrets, Node APIs)
		files: [
			'src/lib/{components,state}/**/*.{ts,svelte}',
			'src/routes/**/*.svelte',
			'src/routes/**/+{page,layout}.ts'
		],
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/server/*', 'node:*', '$env/static/private', '$env/dynamic/private'],
							message: 'Browser code imports no server code: load it in a +page.server.ts.'
						}
					]
				}
			]
		}
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
