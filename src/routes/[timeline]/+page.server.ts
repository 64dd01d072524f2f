import { loadTimelines } from '$lib/server/timelines';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => loadTimelines().map((t) => ({ timeline: t.id }));
