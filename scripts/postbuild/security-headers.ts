// Post-build step: derive the HTTP headers of the built site from the build itself.
//
// Docusaurus writes a few inline <script>s into pages (the colour-mode bootstrap, the
// client-redirect pages), and so do our plugins and paint-first. Rather than allowing
// 'unsafe-inline', we hash every executable inline script found in build/**/*.html and list the
// hashes in script-src. The same policy, and the one set of cache rules, is written twice: as
// nginx includes (build/_nginx/*.conf, used by deploy/nginx.conf) and as build/_headers +
// build/_redirects for static hosts that read those files (Netlify, Cloudflare Pages and the
// like). Run it after every step that writes HTML or search files.
import {createHash} from 'node:crypto';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {forEachLimit, listFiles} from './files';
import {scanHtml} from './html';

/** Files whose names carry a content hash: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else: browsers keep it but check with the server (ETag) first. */
export const REVALIDATE = 'no-cache';

// Script types a browser executes; anything else (application/ld+json) is a data block that CSP
// does not govern, so it needs no hash.
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
]);

// Paths whose file names carry a content hash: safe to cache for a year. Pagefind writes its
// fragments, index chunks and *.pf_meta files with hashed names; its entry file, loader and
// wasm are not hashed and are revalidated like HTML.
export const IMMUTABLE_PREFIXES = [
  '/assets/',
  '/en/assets/',
  '/pagefind/fragment/',
  '/pagefind/index/',
];

/** @param scriptHashes base64 sha256 digests of the inline scripts to allow */
export function contentSecurityPolicy(scriptHashes: string[]): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it does not allow eval().
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...scriptHashes.map((h) => `'sha256-${h}'`)],
    // React and the theme write style attributes (server-rendered style="…" and a few
    // element.setAttribute('style') calls); hashing each one is brittle and CSS cannot run
    // script, so inline styles stay allowed. Script execution is what this policy locks down.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Infima's icons are data: SVGs in the stylesheet.
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * Headers that govern a document: sent with HTML only. (CSP on a script or image response has no
 * effect, and over HTTP/1.1 these ~1 KB would be repeated on every asset.)
 */
export function documentHeaders(scriptHashes: string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': [
      'accelerometer=()',
      'autoplay=()',
      'camera=()',
      'display-capture=()',
      'geolocation=()',
      'gyroscope=()',
      'magnetometer=()',
      'microphone=()',
      'midi=()',
      'payment=()',
      'usb=()',
    ].join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}

/** Headers sent with every response. */
export const EVERY_RESPONSE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Reads one HTML document and returns its executable inline scripts and, for client-redirect
 * pages, the redirect target.
 */
export function inspectHtml(html: string): {inlineScripts: string[]; redirectTo?: string} {
  const inlineScripts: string[] = [];
  let redirectTo: string | undefined;
  let script: string | undefined;
  scanHtml(html, {
    open({name, attributes}) {
      if (name === 'script' && attributes.src === undefined) {
        const type = (attributes.type ?? '').trim().toLowerCase();
        if (EXECUTABLE_TYPES.has(type)) script = '';
      }
      if (name === 'meta' && (attributes['http-equiv'] ?? '').toLowerCase() === 'refresh') {
        const match = /^\s*0\s*;\s*url=(.+)$/i.exec(attributes.content ?? '');
        if (match) redirectTo = match[1].trim();
      }
    },
    text(text) {
      if (script !== undefined) script += text;
    },
    close({name}) {
      if (name === 'script' && script !== undefined) {
        inlineScripts.push(script);
        script = undefined;
      }
    },
  });
  return {inlineScripts, redirectTo};
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** URL path a built HTML file answers at (trailingSlash: false → x.html serves /x). */
function routeOf(buildDir: string, file: string): string {
  const rel = '/' + path.relative(buildDir, file).split(path.sep).join('/');
  if (rel.endsWith('/index.html'))
    return rel.slice(0, -'index.html'.length).replace(/(.)\/$/, '$1');
  return rel.replace(/\.html$/, '');
}

function nginxQuote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export interface Redirect {
  from: string;
  to: string;
}

export interface Found {
  hashes: string[];
  redirects: Redirect[];
  /** Hashed files outside IMMUTABLE_PREFIXES, as URL paths. */
  hashedFiles: string[];
}

export async function collect(buildDir: string): Promise<Found> {
  const hashes = new Set<string>();
  const redirects: Redirect[] = [];
  const hashedFiles: string[] = [];
  const files = await listFiles(buildDir);
  for (const file of files) {
    const rel = '/' + path.relative(buildDir, file).split(path.sep).join('/');
    if (rel.startsWith('/pagefind/') && rel.endsWith('.pf_meta')) hashedFiles.push(rel);
  }
  // A few pages at a time: reading one overlaps parsing another.
  await forEachLimit(
    files.filter((file) => file.endsWith('.html')),
    4,
    async (file) => {
      const {inlineScripts, redirectTo} = inspectHtml(await readFile(file, 'utf8'));
      for (const script of inlineScripts) hashes.add(sha256(script));
      if (redirectTo) redirects.push({from: routeOf(buildDir, file), to: redirectTo});
    },
  );
  return {
    hashes: [...hashes].sort(),
    redirects: redirects.sort((a, b) => a.from.localeCompare(b.from)),
    hashedFiles: hashedFiles.sort(),
  };
}

/** The cache rules as an nginx map: the same paths as renderHeadersFile's immutable blocks. */
function nginxCacheRules(hashedFiles: string[]): string[] {
  const escape = (prefix: string) => prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    // $uri is the final one, so error pages and try_files targets get the default.
    'map $uri $cache_control {',
    ...IMMUTABLE_PREFIXES.map((prefix) => `  ~^${escape(prefix)} ${nginxQuote(IMMUTABLE)};`),
    ...hashedFiles.map((file) => `  ${file} ${nginxQuote(IMMUTABLE)};`),
    `  default ${nginxQuote(REVALIDATE)};`,
    '}',
    'add_header Cache-Control $cache_control always;',
  ];
}

export function renderNginx({hashes, redirects, hashedFiles}: Found): Record<string, string> {
  // http-level directives: a map sends each document header only when the response is HTML
  // (add_header skips empty values), whatever location served it, 404 pages included.
  const documentRules = Object.entries(documentHeaders(hashes)).flatMap(([name, value]) => {
    const variable = `$document_${name.toLowerCase().replace(/-/g, '_')}`;
    return [
      `map $sent_http_content_type ${variable} {`,
      `  ~^text/html ${nginxQuote(value)};`,
      `  default "";`,
      `}`,
      `add_header ${name} ${variable} always;`,
    ];
  });
  const everyResponse = Object.entries(EVERY_RESPONSE_HEADERS).map(
    ([name, value]) => `add_header ${name} ${nginxQuote(value)} always;`,
  );
  // The old address typed with a slash at the end goes the same way; the client-redirect page
  // (from/index.html) would otherwise answer it with 200 and a script.
  const redirectRules = redirects.flatMap(({from, to}) =>
    [from, `${from}/`].map((path) => `location = ${path} { return 301 ${to}$is_args$args; }`),
  );
  const banner =
    '# Generated by scripts/postbuild/security-headers.ts from the build; do not edit.\n';
  return {
    'security-headers.conf': banner + [...documentRules, ...everyResponse].join('\n') + '\n',
    'cache-control.conf': banner + nginxCacheRules(hashedFiles).join('\n') + '\n',
    'redirects.conf': banner + redirectRules.join('\n') + '\n',
  };
}

export function renderHeadersFile({hashes, hashedFiles}: Found): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  // Static hosts merge every matching rule, joining repeated header names with commas, so
  // Cache-Control is set only on hashed paths (their default for the rest is to revalidate).
  return (
    [
      '# Generated by scripts/postbuild/security-headers.ts from the build; do not edit.',
      // Static hosts cannot tell HTML by content type, so every path gets the document headers;
      // they serve HTTP/2 or 3, where repeated headers cost a few bytes.
      block('/*', {...documentHeaders(hashes), ...EVERY_RESPONSE_HEADERS}),
      ...[...IMMUTABLE_PREFIXES.map((prefix) => `${prefix}*`), ...hashedFiles].map((pattern) =>
        block(pattern, {'Cache-Control': IMMUTABLE}),
      ),
    ].join('\n') + '\n'
  );
}

export function renderRedirectsFile({redirects}: Found): string {
  return redirects.map(({from, to}) => `${from} ${to} 301`).join('\n') + '\n';
}

export async function writeSecurityHeaders(buildDir: string): Promise<Found> {
  const found = await collect(buildDir);
  if (found.hashes.length === 0) {
    throw new Error(`No inline script found under ${buildDir}: is the build there and complete?`);
  }
  await mkdir(path.join(buildDir, '_nginx'), {recursive: true});
  for (const [name, text] of Object.entries(renderNginx(found))) {
    await writeFile(path.join(buildDir, '_nginx', name), text);
  }
  await writeFile(path.join(buildDir, '_headers'), renderHeadersFile(found));
  await writeFile(path.join(buildDir, '_redirects'), renderRedirectsFile(found));
  return found;
}

/** Post-build step (scripts/postbuild/index.ts). */
export default async function run(buildDir: string): Promise<void> {
  const {hashes, redirects} = await writeSecurityHeaders(buildDir);
  console.log(
    `[security-headers] ${hashes.length} inline script hash(es), ${redirects.length} redirect(s) ` +
      'written to _headers, _redirects and _nginx/',
  );
}
