#!/usr/bin/env node
// Serves the prerendered site in build/ the way a plain static host would: files only, folders
// answer with their index.html, and anything missing gets 404.html with status 404.
// Usage: node scripts/serve.js [--dir build] [--port 4173] [--host 127.0.0.1]
// BASE_PATH (the same as at build time) mounts the site under a sub-path.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { gzip as gzipBuffer } from 'node:zlib';
import { promisify } from 'node:util';
import { option } from './options.js';

const root = resolve(option('dir', 'build'));
const port = Number(option('port', process.env.PORT ?? '4173'));
const host = option('host', process.env.HOST ?? '127.0.0.1');
const base = process.env.BASE_PATH ?? '';

if (!existsSync(join(root, 'index.html'))) {
	console.error(`[serve] ${root}/index.html is missing: run "npm run build" first.`);
	process.exit(1);
}

/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/**
 * The file a URL path names inside root, or null. Never escapes root.
 * @param {string} pathname
 */
function fileFor(pathname) {
	let path;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const full = normalize(join(root, path));
	if (!full.startsWith(root)) return null;
	if (existsSync(full) && statSync(full).isFile()) return full;
	const index = join(full, 'index.html');
	if (existsSync(index)) return index;
	return null;
}

/**
 * What a page's <meta> policy cannot say, sent as headers on every response: no framing by other
 * sites, no guessing of content types (an export is never taken for HTML), and no full address
 * leaked to other origins. A production host should send the same.
 */
const SECURITY_HEADERS = {
	'content-security-policy': "frame-ancestors 'none'",
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin'
};

/** The embed view (`/<timeline>/embed/`) is made to sit in other sites' frames: any may frame it. */
const EMBED_PAGE = /^\/[^/]+\/embed\/(index\.html)?$/;

/** @param {string} pathname the path under the base path */
const securityHeaders = (pathname) =>
	EMBED_PAGE.test(pathname)
		? { ...SECURITY_HEADERS, 'content-security-policy': 'frame-ancestors *' }
		: SECURITY_HEADERS;

/** Text compresses well, and every real host compresses it; images and fonts already are. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

const compress = promisify(gzipBuffer);

/**
 * Files already compressed, by path, as a CDN or a host's gzip cache keeps them: each file is
 * compressed once, not on every request, which on a large timeline's data costs more than sending
 * it. Checked against the file's size and time, and kept within `CACHE_BYTES` in all.
 * @type {Map<string, { mtimeMs: number, size: number, body: Buffer }>}
 */
const compressed = new Map();
const CACHE_BYTES = 256 * 1024 * 1024;
let cachedBytes = 0;

/** @param {string} file */
async function gzipped(file) {
	const { mtimeMs, size } = statSync(file);
	const hit = compressed.get(file);
	if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.body;
	const body = await compress(await readFile(file));
	if (hit) cachedBytes -= hit.body.length;
	compressed.delete(file);
	// the oldest entries go first once the cache is full
	for (const [key, entry] of compressed) {
		if (cachedBytes + body.length <= CACHE_BYTES) break;
		compressed.delete(key);
		cachedBytes -= entry.body.length;
	}
	if (body.length <= CACHE_BYTES) {
		compressed.set(file, { mtimeMs, size, body });
		cachedBytes += body.length;
	}
	return body;
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} file
 * @param {string} [pathname] the path asked for, under the base path
 */
async function send(req, res, status, file, pathname = '') {
	const type = types[extname(file)] ?? 'application/octet-stream';
	const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	const headers = {
		...securityHeaders(pathname),
		'content-type': type,
		// the site's app and each other catalog's (`_app-uk/`): hashed names, never changed
		'cache-control': /\/_app(?:-[a-z]+)?\/immutable\//.test(file)
			? 'public, max-age=31536000, immutable'
			: 'no-cache'
	};
	if (!gzip) {
		res.writeHead(status, headers);
		createReadStream(file).pipe(res);
		return;
	}
	let body;
	try {
		body = await gzipped(file);
	} catch (error) {
		console.error(`[serve] ${file}:`, error);
		res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('The file could not be read.\n');
		return;
	}
	res.writeHead(status, {
		...headers,
		'content-encoding': 'gzip',
		vary: 'accept-encoding',
		'content-length': body.length
	});
	res.end(body);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let pathname = url.pathname;
	if (base) {
		if (pathname === '/' || pathname === base) {
			res.writeHead(308, { location: `${base}/` });
			return res.end();
		}
		if (!pathname.startsWith(`${base}/`)) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			return res.end(`Not found. The site lives under ${base}/\n`);
		}
		pathname = pathname.slice(base.length);
	}
	// a folder URL without its trailing slash: redirect, as static hosts do, so relative links work
	const file = fileFor(pathname);
	if (
		file &&
		file.endsWith('index.html') &&
		!pathname.endsWith('/') &&
		!pathname.endsWith('.html')
	) {
		res.writeHead(308, { location: `${base}${pathname}/${url.search}` });
		return res.end();
	}
	if (file) return void send(req, res, 200, file, pathname);
	const notFound = join(root, '404.html');
	if (existsSync(notFound)) return void send(req, res, 404, notFound);
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	res.end('Not found\n');
});

server.listen(port, host, () => {
	console.log(`Serving ${root} at http://localhost:${port}${base}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.close(() => process.exit(0)));
