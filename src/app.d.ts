// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** the timeline a missing page was looked for in, so the error page can link back to it */
			timeline?: { id: string; title: string };
			/** invalid timeline files' problems, one located line each (a dev preview of a bad edit) */
			problems?: string[];
		}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
