/**
 * The briefing's black-and-white marks, part of the one mark encoding (`encoding.ts` re-exports
 * them): a module apart because the print page needs nothing else of it.
 */
import type { EventStatus } from '$lib/data/schema';

/**
 * The briefing prints in black and white, so it folds the statuses into four marks a reader
 * tells apart on paper: solid (it happened), half-filled (not confirmed), hollow (planned) and
 * crossed (it did not happen).
 */
export type PrintMark = 'solid' | 'half' | 'hollow' | 'crossed';

export const PRINT_MARKS: Record<EventStatus, PrintMark> = {
	occurred: 'solid',
	reported: 'half',
	claimed: 'half',
	contested: 'half',
	scheduled: 'hollow',
	proposed: 'hollow',
	'did-not-happen': 'crossed',
	cancelled: 'crossed'
};
