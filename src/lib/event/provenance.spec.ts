import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '$lib/i18n/locale';
import { compiledText, importedText, provenanceOf } from './provenance';
import { fixtureTimeline } from '$lib/export/test-timeline';

describe('provenanceOf()', () => {
	it('counts the distinct sources the events cite', () => {
		const t = fixtureTimeline();
		const cited = new Set(t.events.flatMap((e) => e.evidence.map((x) => x.source)));
		expect(provenanceOf(t)).toEqual({ mainSource: t.mainSource, cited: cited.size });
	});
});

describe('compiledText()', () => {
	it.each([
		[{ mainSource: 'a', cited: 3 }, undefined],
		[{ cited: 1 }, 'Compiled from 1 source.'],
		[{ cited: 12 }, 'Compiled from 12 sources.']
	])('says %o as %j', (p, expected) => {
		expect(compiledText(p)).toBe(expected);
	});
});

describe('importedText()', () => {
	it('names the tool, the file and the day, and says it is not yet sourced', () => {
		expect(
			importedText({
				cited: 1,
				imported: { from: 'TimelineJS', file: 'talks.csv', date: '2026-03-04' }
			})
		).toBe(
			'Imported from TimelineJS file “talks.csv” on 4 March 2026, and not yet sourced event by event: its events cite the imported file, not the reporting behind it.'
		);
		expect(importedText({ cited: 1 })).toBeUndefined();
	});
});

describe('compiledText() in other languages', () => {
	afterEach(() => useLanguage('en'));
	it.each([
		['fr', 1, 'Compilé à partir de 1 source.'],
		['fr', 12, 'Compilé à partir de 12 sources.'],
		['uk', 1, 'Складено з 1 джерела.'],
		['uk', 3, 'Складено з 3 джерел.'],
		['uk', 11, 'Складено з 11 джерел.'],
		['uk', 21, 'Складено з 21 джерела.'],
		['de', 1, 'Zusammengestellt aus 1 Quelle.'],
		['de', 5, 'Zusammengestellt aus 5 Quellen.']
	])('compiledText() in %s says %i sources as %j', (lang, cited, expected) => {
		useLanguage(lang);
		expect(compiledText({ cited })).toBe(expected);
	});
});

describe('importedText() in other languages', () => {
	afterEach(() => useLanguage('en'));
	const p = { cited: 1, imported: { from: 'TimelineJS', file: 'talks.csv', date: '2026-03-04' } };
	it.each([
		['fr', /^Importé du fichier TimelineJS «\u00a0talks\.csv\u00a0» le .+, sans encore de sources/],
		['uk', /^Імпортовано з файлу TimelineJS «talks\.csv» .+; джерела ще не перевірено/],
		['de', /^Importiert aus der TimelineJS-Datei „talks\.csv“ am .+ und noch nicht/]
	])('importedText() in %s names the tool, the file and the day', (lang, expected) => {
		useLanguage(lang);
		expect(importedText(p)).toMatch(expected);
	});
});
