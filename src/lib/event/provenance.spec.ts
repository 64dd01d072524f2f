import { describe, expect, it } from 'vitest';
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
