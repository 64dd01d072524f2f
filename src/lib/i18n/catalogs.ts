/**
 * The message catalogs as files, for the tests and the pseudo-language build: where they are, and
 * what inputs a message takes. Node only (it reads project.inlang/settings.json).
 */
import { readFileSync } from 'node:fs';

/** A message: a text with `{input}` placeholders, or variants chosen by plural rules. */
export type Message =
	string | { declarations?: string[]; selectors?: string[]; match: Record<string, string> }[];
export type Catalog = Record<string, Message>;

interface Settings {
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string[] };
}

export function catalogFiles(project = 'project.inlang') {
	const settings = JSON.parse(readFileSync(`${project}/settings.json`, 'utf8')) as Settings;
	const patterns = settings['plugin.inlang.messageFormat'].pathPattern;
	const areas = patterns.map((p) => p.split('/').at(-2) ?? p);
	return { locales: settings.locales, areas, patterns };
}

export function readCatalog(area: string, locale: string): Catalog {
	const catalog = JSON.parse(readFileSync(`messages/${area}/${locale}.json`, 'utf8')) as Catalog & {
		$schema?: string;
	};
	delete catalog.$schema;
	return catalog;
}

/** The names a message's caller passes in: its `{placeholders}` and `input` declarations. */
export function messageInputs(message: Message | undefined): Set<string> {
	const inputs = new Set<string>();
	const texts = typeof message === 'string' ? [message] : [];
	const locals = new Set<string>();
	for (const variant of typeof message === 'string' ? [] : (message ?? [])) {
		for (const d of variant.declarations ?? []) {
			const [kind, name] = d.split(/\s+/);
			if (kind === 'input' && name) inputs.add(name);
			if (kind === 'local' && name) locals.add(name);
		}
		texts.push(...Object.values(variant.match));
	}
	for (const text of texts)
		for (const [, name] of text.matchAll(/\{\s*([A-Za-z_]\w*)\s*\}/g))
			if (name && !locals.has(name)) inputs.add(name);
	return inputs;
}
