import type { PdfDocument } from './embed';
import type { FontName } from './fonts';

/**
 * Words laid out per font before the cache starts afresh. The labels' few hundred words are
 * what it is for; the rest are names, dates and codes, mostly seen once, at about 1 KiB of heap
 * each: 20,000 words grew the heap by 9 MiB over 10,000 certificates with unique names.
 */
const MAX_WORDS = 2_000;

type WordLayouts = Record<string, unknown>;

/**
 * pdfkit caches each word's shaped glyphs in the font object of one document; fontkit's
 * shaping (GSUB/GPOS) was a fifth of a render. These caches outlive documents: each new
 * document's font is handed the process-wide cache of its face. Entries are pdfkit's own
 * (glyphs and scaled positions for size 1000 units), never mutated after creation.
 */
export class LayoutCaches {
  private caches = new Map<FontName, WordLayouts>();

  attach(doc: PdfDocument, font: FontName): void {
    const embedded = (doc as unknown as { _font: { layoutCache?: WordLayouts } })._font;
    let cache = this.caches.get(font);
    if (!cache) this.caches.set(font, (cache = Object.create(null) as WordLayouts));
    if (embedded.layoutCache !== cache) embedded.layoutCache = cache;
  }

  /** Called between documents: starts a face afresh once it holds too many words. */
  trim(): void {
    for (const [font, cache] of this.caches) {
      if (Object.keys(cache).length > MAX_WORDS) this.caches.delete(font);
    }
  }
}
