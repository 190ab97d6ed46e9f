import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

/**
 * The shipped fonts: Noto Serif (OFL-1.1, @expo-google-fonts/noto-serif) covers Latin with
 * Vietnamese, Greek and Cyrillic; DejaVu Sans (Bitstream Vera licence, dejavu-fonts-ttf) is
 * the fallback for what Noto Serif lacks (Armenian, Georgian, many symbols…).
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  italic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  bold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  fallback: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  fallbackBold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

/** Absolute paths of the shipped font files. */
export const FONT_PATHS = Object.fromEntries(
  Object.entries(FONT_FILES).map(([name, file]) => [name, require.resolve(file)]),
) as Record<FontName, string>;
export type Style = 'regular' | 'italic' | 'bold';

/** The fallback of each style (DejaVu Sans has no italic that Noto's would match better). */
const FALLBACK_OF: Record<Style, FontName> = {
  regular: 'fallback',
  italic: 'fallback',
  bold: 'fallbackBold',
};

export type LoadedFont = fontkit.Font;

/** Each font parsed once: pdfkit accepts a fontkit font and lays it out without re-parsing. */
export function loadFonts(): Record<FontName, LoadedFont> {
  const entries = Object.entries(FONT_PATHS).map(([name, file]) => {
    const font = fontkit.create(readFileSync(file));
    if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
    return [name, keepCodePoints(font)] as const;
  });
  return Object.fromEntries(entries) as Record<FontName, LoadedFont>;
}

/**
 * fontkit caches a glyph with the code points of its first request. Subsetting one document
 * requests composite glyphs' parts without code points (the Z inside Ż), so with a font shared
 * across documents a later "Z" would lose its ToUnicode entry and vanish from copied text.
 * Giving the cached glyph the code points it is asked for keeps every document's text right.
 */
function keepCodePoints(font: LoadedFont): LoadedFont {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints: number[] = []) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && glyph.codePoints.length === 0 && codePoints.length > 0) {
      (glyph as { codePoints: number[] }).codePoints = codePoints;
    }
    return glyph;
  };
  return font;
}

/** A stretch of text set in one font. */
export interface Run {
  font: FontName;
  text: string;
}

export class UnsupportedCharactersError extends Error {
  constructor(readonly characters: string[]) {
    super(`No shipped font can draw: ${characters.join(' ')}`);
    this.name = 'UnsupportedCharactersError';
  }
}

/**
 * Splits text into runs of the style's main font and its fallback, character by character
 * (the fonts' cmaps answer), so that no glyph is dropped silently: a character neither font
 * has makes an UnsupportedCharactersError.
 */
export class FontChooser {
  private readonly cache = new Map<string, FontName | null>();

  constructor(private readonly fonts: Record<FontName, LoadedFont>) {}

  private fontFor(style: Style, codePoint: number): FontName | null {
    const key = `${style}:${codePoint}`;
    let chosen = this.cache.get(key);
    if (chosen === undefined) {
      const fallback = FALLBACK_OF[style];
      chosen = this.fonts[style].hasGlyphForCodePoint(codePoint)
        ? style
        : this.fonts[fallback].hasGlyphForCodePoint(codePoint)
          ? fallback
          : null;
      this.cache.set(key, chosen);
    }
    return chosen;
  }

  runs(text: string, style: Style): Run[] {
    const runs: Run[] = [];
    const missing = new Set<string>();
    for (const char of text.normalize('NFC')) {
      const codePoint = char.codePointAt(0) ?? 0;
      const font = /\s/.test(char) ? (runs.at(-1)?.font ?? style) : this.fontFor(style, codePoint);
      if (font === null) {
        missing.add(char);
        continue;
      }
      const last = runs.at(-1);
      if (last?.font === font) last.text += char;
      else runs.push({ font, text: char });
    }
    if (missing.size) throw new UnsupportedCharactersError([...missing]);
    return runs;
  }

  /** The characters of `text` that no shipped font has (empty when all can be drawn). */
  unsupported(text: string): string[] {
    try {
      this.runs(text, 'regular');
      this.runs(text, 'bold');
      return [];
    } catch (error) {
      if (error instanceof UnsupportedCharactersError) return error.characters;
      throw error;
    }
  }
}
