/**
 * The interface's words: `m.key(inputs)` gives a message in the language in force. Import them
 * from here, not from `$lib/paraglide`, so the language is always wired before a message runs.
 */
import './locale';
export * as m from '$lib/paraglide/messages';
export { dateLocale, languageTag } from './locale';
