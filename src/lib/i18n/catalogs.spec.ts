import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogFiles, messageInputs, readCatalog, type Catalog } from './catalogs';

const files = catalogFiles();
// every key starts with its area's name, so a call is told from another object's `m.x`
const call = new RegExp(`\\bm\\.((?:${files.areas.join('|')})_\\w+)`, 'g');

/** Every `m.key` the code calls, from the sources under src/ (the generated code aside). */
function usedKeys(dir = 'src'): Set<string> {
	const used = new Set<string>();
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (path !== join('src', 'lib', 'paraglide')) for (const k of usedKeys(path)) used.add(k);
		} else if (/\.(ts|svelte)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name)) {
			for (const match of readFileSync(path, 'utf8').matchAll(call)) used.add(match[1] ?? '');
		}
	}
	return used;
}

describe('catalogFiles', () => {
	it('lists one file per area for every locale', () => {
		expect(files.locales).toEqual(['en', 'uk', 'fr', 'de']);
		expect(files.areas.length).toBeGreaterThan(0);
	});
});

describe.each(files.areas)('the %s catalogs', (area) => {
	const english = readCatalog(area, 'en');
	describe.each(files.locales.filter((l) => l !== 'en'))('in %s', (locale) => {
		const catalog = readCatalog(area, locale);
		it('have every key English has, and no other', () => {
			expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
		});
		it("have the same placeholders as English's in every message", () => {
			const differ = Object.keys(english).filter(
				(key) =>
					key in catalog &&
					[...messageInputs(english[key])].sort().join() !==
						[...messageInputs(catalog[key])].sort().join()
			);
			expect(differ).toEqual([]);
		});
		it('vary by a count only where English does too', () => {
			// English has a singular: "1 event", never "1 events"
			const plural = (message: unknown) => JSON.stringify(message ?? '').includes(': plural');
			const missing = Object.keys(catalog).filter(
				(key) => plural(catalog[key]) && !plural(english[key])
			);
			expect(missing).toEqual([]);
		});
		it('translate something', () => {
			const same = Object.keys(english).filter(
				(key) => JSON.stringify(english[key]) === JSON.stringify(catalog[key])
			);
			// names, codes and symbols may be the same in every language, not a whole catalog
			expect(same.length).toBeLessThanOrEqual(Math.max(2, Object.keys(english).length / 4));
		});
	});
});

describe('the keys', () => {
	const all: Catalog[] = files.areas.map((area) => readCatalog(area, 'en'));
	const keys = all.flatMap((c) => Object.keys(c));
	const used = usedKeys();
	it("start with their area's name", () => {
		const misnamed = files.areas.flatMap((area) =>
			Object.keys(readCatalog(area, 'en')).filter((k) => !k.startsWith(`${area}_`))
		);
		expect(misnamed).toEqual([]);
	});
	it('are each in one area only', () => {
		expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
	});
	it('are each used by the code', () => {
		expect(keys.filter((k) => !used.has(k))).toEqual([]);
	});
	it('used by the code are each in a catalog', () => {
		expect([...used].filter((k) => !keys.includes(k))).toEqual([]);
	});
});
