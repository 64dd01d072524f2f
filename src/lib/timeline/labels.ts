/**
 * Kinds and statuses in words, for the legend, tooltips, the list view, the briefing and screen
 * readers, taken from the one table of each vocabulary in `words.ts`. The chart never relies on
 * colour: every encoding also has a shape, a pattern or a word.
 */
import type { EventKind, EventStatus } from '$lib/data/schema';
import { KIND_WORDS, STATUS_WORDS } from './words';

export const KIND_LABELS: Record<EventKind, string> = KIND_WORDS;

const statusTable = <T>(pick: (w: { label: string; meaning: string }) => T) =>
	Object.fromEntries(Object.entries(STATUS_WORDS).map(([s, w]) => [s, pick(w)])) as Record<
		EventStatus,
		T
	>;

/** A status in a word or two: "Did not happen". */
export const STATUS_LABELS = statusTable((w) => w.label);

/** What a status means, in a phrase a reader can check against the sources. */
export const STATUS_MEANINGS = statusTable((w) => w.meaning);
