import { deflateSync } from 'node:zlib';
import type { PdfDocument } from './embed';
import type { LoadedFont } from './fonts';

/**
 * Characters every subset starts with, in this order: printable ASCII and Latin-1 (the labels
 * and most French and English names), typographic dashes, quotes and the ellipsis. A wider
 * base (Latin Extended-A) made every PDF 11 KiB larger for little more reuse.
 */
const BASE_CHARACTERS = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2013, 0x2014],
  [0x2018, 0x201e],
  [0x2026, 0x2026],
].flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));

/** Font programs (and ToUnicode maps) kept per face: the base plus the rarer letters of names. */
const MAX_PROGRAMS = 64;

interface BaseGlyph {
  glyph: number;
  codePoint: number;
  advanceWidth: number;
}

/** What pdfkit's EmbeddedFont holds, as far as this cache needs it. */
interface EmbeddedFont {
  font: LoadedFont;
  scale: number;
  widths: number[];
  unicode: number[][];
  subset: { glyphs: number[]; includeGlyph(id: number): number; encode(): Uint8Array };
  document: PdfDocument;
  embed(): void;
  toUnicodeCmap(): Stream;
}

interface Stream {
  data: Record<string, unknown>;
  compress: boolean;
  end(chunk?: string | Uint8Array): void;
}

type Refs = { ref(data?: object): Stream };

/**
 * Subsetting and deflating the fonts was two fifths of a render (fontkit encoding the glyphs
 * and the hinting tables of every face, then zlib), for subsets that differed between
 * certificates only by the order and the few letters of a name or a date. Each document's
 * subset of a face now starts with the same base glyphs in the same order (whatever the text
 * uses of them), so that most certificates need the very same subset: its font program,
 * deflated, is built once per process and reused byte for byte. A name with rarer letters
 * adds them after the base, and its subset is cached too (up to MAX_PROGRAMS per face).
 */
export class FontPrograms {
  private readonly baseGlyphs = new Map<LoadedFont, BaseGlyph[]>();
  private readonly programs = new Map<LoadedFont, Map<string, Buffer>>();
  private readonly cmaps = new Map<LoadedFont, Map<string, Buffer>>();
  private readonly prepared = new WeakSet<object>();

  /** Called whenever a font becomes the current one: prepares each document font once. */
  attach(doc: PdfDocument): void {
    const embedded = (doc as unknown as { _font: EmbeddedFont })._font;
    if (this.prepared.has(embedded)) return;
    this.prepared.add(embedded);
    // What pdfkit records for a glyph the text uses: its width and the character it stands for.
    for (const { glyph, codePoint, advanceWidth } of this.baseOf(embedded.font)) {
      const id = embedded.subset.includeGlyph(glyph);
      if (embedded.widths[id] != null) continue; // a glyph two characters share (space, NBSP)
      embedded.widths[id] = advanceWidth * embedded.scale;
      embedded.unicode[id] = [codePoint];
    }
    const embed = embedded.embed.bind(embedded);
    embedded.embed = () => this.embedCached(embedded, embed);
    const toUnicodeCmap = embedded.toUnicodeCmap.bind(embedded);
    embedded.toUnicodeCmap = () => this.toUnicodeCached(embedded, toUnicodeCmap);
  }

  private baseOf(font: LoadedFont): BaseGlyph[] {
    let base = this.baseGlyphs.get(font);
    if (!base) {
      base = BASE_CHARACTERS.filter((c) => font.hasGlyphForCodePoint(c)).map((codePoint) => {
        const { id, advanceWidth } = font.glyphForCodePoint(codePoint);
        return { glyph: id, codePoint, advanceWidth };
      });
      this.baseGlyphs.set(font, base);
    }
    return base;
  }

  /**
   * pdfkit's embed, with the font program taken from the cache: its stream (the first object
   * pdfkit 0.20's embed creates) is handed bytes already deflated, and told so. Were that to
   * change, the font stream would be unreadable and the renderer's tests (pdftotext, qpdf
   * --check, pdffonts) would fail.
   */
  private embedCached(embedded: EmbeddedFont, embed: () => void): void {
    const program = this.program(embedded);
    const doc = embedded.document as unknown as Refs;
    const ref = doc.ref;
    doc.ref = (data) => {
      doc.ref = ref;
      const stream = ref.call(doc, data);
      stream.compress = false;
      stream.data.Filter = 'FlateDecode';
      return stream;
    };
    embedded.subset.encode = () => program;
    try {
      embed();
    } finally {
      doc.ref = ref;
    }
  }

  private program(embedded: EmbeddedFont): Buffer {
    const programs = cacheOf(this.programs, embedded.font);
    const key = embedded.subset.glyphs.join(',');
    let program = programs.get(key);
    if (!program) remember(programs, key, (program = deflateSync(embedded.subset.encode())));
    return program;
  }

  /**
   * pdfkit's ToUnicode CMap (the text each glyph stands for, so that text can be copied), which
   * it writes and deflates for every document: the same as the previous certificate's whenever
   * the subset is, so it is kept deflated, keyed by that mapping, and written as it is.
   */
  private toUnicodeCached(embedded: EmbeddedFont, build: () => Stream): Stream {
    const cmaps = cacheOf(this.cmaps, embedded.font);
    const key = embedded.unicode.join(';');
    const doc = embedded.document as unknown as Refs;
    const cached = cmaps.get(key);
    if (cached) {
      const stream = doc.ref({ Filter: 'FlateDecode' }); // a Filter given: pdfkit does not deflate
      stream.end(cached);
      return stream;
    }
    // The first document with this mapping: pdfkit writes the text, deflated here and kept.
    const ref = doc.ref;
    doc.ref = (data) => {
      doc.ref = ref;
      const stream = ref.call(doc, data);
      const end = stream.end.bind(stream);
      stream.end = (text) => {
        const deflated = deflateSync(Buffer.from(`${String(text)}\n`, 'latin1'));
        remember(cmaps, key, deflated);
        stream.compress = false;
        stream.data.Filter = 'FlateDecode';
        end(deflated);
      };
      return stream;
    };
    try {
      return build();
    } finally {
      doc.ref = ref;
    }
  }
}

function cacheOf(caches: Map<LoadedFont, Map<string, Buffer>>, font: LoadedFont) {
  let cache = caches.get(font);
  if (!cache) caches.set(font, (cache = new Map()));
  return cache;
}

/** Adds to a face's cache, forgetting its oldest entry once it holds MAX_PROGRAMS. */
function remember(cache: Map<string, Buffer>, key: string, value: Buffer): void {
  if (cache.size >= MAX_PROGRAMS) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
}
