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
		// the model (data, dates, chart maths, exports, print layout, import, cards) is plain
		// TypeScript: it runs in Node, in tests and in any renderer, so it never reaches for the UI
		files: ['src/lib/{data,timeline,export,print,import,card}/**/*.ts'],
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
