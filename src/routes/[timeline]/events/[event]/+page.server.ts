import { eventPageEntries, loadEventPage } from '$lib/server/event-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => eventPageEntries();

export const load: PageServerLoad = ({ params, locals }) =>
	loadEventPage(params.timeline, params.event, locals);
