/**
 * Where a timeline's events come from, said once for the timeline page, its event pages and the
 * briefing: built on one main source, compiled from several, or imported and not yet sourced.
 */
import type { Imported, Timeline } from '$lib/data/schema';
import { longDateText } from '$lib/time/calendar-words';
import { m } from '$lib/i18n';

export interface Provenance {
	/** the id of the main source, when the timeline is built on one */
	mainSource?: string;
	/** how many distinct sources the events cite */
	cited: number;
	imported?: Imported;
}

export function provenanceOf(timeline: Timeline): Provenance {
	const cited = new Set(timeline.events.flatMap((e) => e.evidence.map((x) => x.source)));
	return {
		...(timeline.mainSource ? { mainSource: timeline.mainSource } : {}),
		cited: cited.size,
		...(timeline.imported ? { imported: timeline.imported } : {})
	};
}

/** "Compiled from 12 sources.", or undefined for a timeline built on one main source. */
export function compiledText(p: Provenance): string | undefined {
	if (p.mainSource) return undefined;
	return m.event_compiled_from({ count: p.cited });
}

/** The plain warning an imported timeline carries until its editors source it event by event. */
export function importedText(p: Provenance): string | undefined {
	if (!p.imported) return undefined;
	const { from, file, date } = p.imported;
	const day = longDateText(new Date(`${date}T00:00:00Z`));
	return m.event_imported_notice({ from, file, day });
}
