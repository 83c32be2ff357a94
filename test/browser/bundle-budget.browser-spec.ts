import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for the job seeker's first page on a weak connection: compressed JavaScript. */
const FIRST_PAGE_JS_BUDGET_BYTES = 150 * 1024;
const WEB_DIR = join(process.cwd(), 'dist', 'web');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** The chunks the first page loads before it can show anything: the entry and its static imports, transitively. */
export function firstPageChunks(manifest: Record<string, ManifestChunk>): ManifestChunk[] {
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('the web build has no entry chunk');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  visit(entry);
  return [...seen].map((key) => manifest[key]);
}

const gzipped = (file: string) => gzipSync(readFileSync(join(WEB_DIR, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// No browser needed: this runs wherever `npm test` runs, and fails CI when the first page grows past the budget.
describe('web bundle budget', () => {
  it(`keeps the first page's JavaScript within ${kb(FIRST_PAGE_JS_BUDGET_BYTES)} gzip`, () => {
    const manifestPath = join(WEB_DIR, '.vite', 'manifest.json');
    expect(existsSync(manifestPath)).toBe(true); // npm test builds the web app first
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
    const chunks = firstPageChunks(manifest);
    const js = chunks.reduce((sum, chunk) => sum + gzipped(chunk.file), 0);
    const css = chunks.flatMap((chunk) => chunk.css ?? []).reduce((sum, file) => sum + gzipped(file), 0);
    const lazy = Object.values(manifest).filter((chunk) => !chunks.includes(chunk) && chunk.file.endsWith('.js'));
    process.stdout.write(
      `[bundle] first page JavaScript ${kb(js)} gzip (goal ≤ ${kb(FIRST_PAGE_JS_BUDGET_BYTES)}) in ${chunks.length} files; CSS ${kb(css)}; ` +
        `${lazy.length} chunks loaded on demand, ${kb(lazy.reduce((sum, chunk) => sum + gzipped(chunk.file), 0))}\n`,
    );
    expect(js).toBeGreaterThan(10 * 1024); // the search page itself is in it: an empty count would mean a broken read
    expect(js).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET_BYTES);
  });

  it('counts static imports and leaves lazy pages out', () => {
    const manifest: Record<string, ManifestChunk & { dynamicImports?: string[] }> = {
      'index.html': { file: 'a.js', isEntry: true, imports: ['_b.js'], dynamicImports: ['page.tsx'] },
      '_b.js': { file: 'b.js', imports: ['_c.js', 'index.html'] },
      '_c.js': { file: 'c.js' },
      'page.tsx': { file: 'page.js', imports: ['_c.js'] },
    };
    expect(firstPageChunks(manifest).map((chunk) => chunk.file)).toEqual(['a.js', 'b.js', 'c.js']);
  });
});
