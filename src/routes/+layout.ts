// Every page is prerendered to a folder with an index.html, so any static file server can host it.
export const prerender = true;
export const trailingSlash = 'always';
