// Shared by the end-to-end tests: a static server for the release build on loopback that
// records every request, and Debian's Chromium driven by playwright-core (never a downloaded
// browser). Also an independent RFC 6238 implementation (node:crypto) to check the widget's codes.
import { createServer } from 'node:http';
import { createHmac } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const DIST = resolve(process.env.MFA_RESCUE_DIST ?? 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** The file under `root` a request path names (a folder: its index.html), or null outside it. */
function under(root) {
  return async (path) => {
    const file = join(root, path);
    if (!file.startsWith(root)) return null;
    try {
      return (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
    } catch {
      return file;
    }
  };
}

/** Serves `root` (a folder, or a function from a request path to a file or null) on 127.0.0.1
 *  (a free port), recording every request; `extraHeaders` go on every response. */
export async function serve(root = DIST, extraHeaders = {}) {
  const resolveFile = typeof root === 'function' ? root : under(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = await resolveFile(path);
    try {
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extraHeaders });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/** A built-in journey's file, parsed. */
export function journeyFile(id) {
  return JSON.parse(readFileSync(new URL(`../../journeys/${id}.json`, import.meta.url)));
}

/** The title of a journey's first step, `{ ja, en }`. */
export function firstTitle(id) {
  const journey = journeyFile(id);
  return journey.steps.find((s) => s.id === journey.start).title;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Opens a page that records console errors, page errors and every request it makes. */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = [];
  const requested = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(url);
  return { context, page, problems, requested };
}

/** RFC 4648 Base32 decoding (no padding). */
export function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    const i = alphabet.indexOf(c);
    if (i < 0) throw new Error(`not base32: ${c}`);
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 6238 TOTP, SHA1, 30 s, `digits` digits, at Unix time `t` seconds. */
export function totp(secretBase32, t, digits = 6) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(t / 30)));
  const mac = createHmac('sha1', base32Decode(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const bin = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(bin % 10 ** digits).padStart(digits, '0');
}
