/**
 * The comment that has Chromium compile a whole script on the thread that downloads it
 * (`compileHints()` in vite.config.ts), and the length of code, in characters (bytes, for the
 * ASCII most chunks are), from which a chunk of the browser's build gets it: a smaller chunk
 * compiles in a fraction of a millisecond, and the comment, which gzip cannot shorten at a file's
 * start, was a tenth of its weight.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
export const HINTED_FROM_LENGTH = 4_000;
