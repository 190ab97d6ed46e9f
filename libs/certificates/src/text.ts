import { FontChooser, FontName, Run, Style } from './fonts';
import type { FontPrograms } from './font-programs';
import { LayoutCaches } from './layout-cache';
import type { PdfDocument } from './embed';

/** A line of runs and its width at the size it was laid out for. */
export interface Line {
  runs: Run[];
  width: number;
}

/**
 * Lays text out in the shipped fonts (fallback runs included) and draws it centred or from a
 * left edge. Measures through pdfkit, whose per-font layout cache makes repeated words cheap.
 */
export class TextSetter {
  constructor(
    private readonly doc: PdfDocument,
    private readonly chooser: FontChooser,
    private readonly layouts: LayoutCaches,
    private readonly programs: FontPrograms,
  ) {}

  /**
   * Selects a font and size, with the word layouts and font programs shared by every document
   * of the process.
   */
  private use(font: FontName, size: number): PdfDocument {
    this.doc.font(font).fontSize(size);
    this.layouts.attach(this.doc, font);
    this.programs.attach(this.doc);
    return this.doc;
  }

  private width(runs: Run[], size: number): number {
    let width = 0;
    for (const run of runs) width += this.use(run.font, size).widthOfString(run.text);
    return width;
  }

  line(text: string, style: Style, size: number): Line {
    const runs = this.chooser.runs(text, style);
    return { runs, width: this.width(runs, size) };
  }

  /** Greedy word wrap; a word longer than the width is cut between characters. */
  wrap(text: string, style: Style, size: number, maxWidth: number): Line[] {
    const lines: string[] = [];
    let current = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (!current || this.line(candidate, style, size).width <= maxWidth) {
        current = candidate;
      } else {
        lines.push(current);
        current = word;
      }
    }
    if (current) lines.push(current);
    return lines.flatMap((line) => this.cut(this.line(line, style, size), style, size, maxWidth));
  }

  /** Splits a single too-long word into pieces that fit. */
  private cut(line: Line, style: Style, size: number, maxWidth: number): Line[] {
    if (line.width <= maxWidth) return [line];
    const chars = [...line.runs.map((r) => r.text).join('')];
    const pieces: Line[] = [];
    let piece = '';
    for (const char of chars) {
      if (piece && this.line(piece + char, style, size).width > maxWidth) {
        pieces.push(this.line(piece, style, size));
        piece = '';
      }
      piece += char;
    }
    if (piece) pieces.push(this.line(piece, style, size));
    return pieces;
  }

  /** The largest size from `sizes` at which the text fits in `maxLines` lines. */
  fit(text: string, style: Style, sizes: number[], maxWidth: number, maxLines: number) {
    for (const size of sizes) {
      const lines = this.wrap(text, style, size, maxWidth);
      if (lines.length <= maxLines) return { size, lines };
    }
    const size = sizes[sizes.length - 1];
    return { size, lines: this.wrap(text, style, size, maxWidth) };
  }

  /** Draws a line with its left edge at x (or centred on x), baseline-agnostic top at y. */
  draw(line: Line, x: number, y: number, size: number, color: string, centred = true): void {
    let left = centred ? x - line.width / 2 : x;
    for (const run of line.runs) {
      this.use(run.font, size).fillColor(color).text(run.text, left, y, { lineBreak: false });
      left += this.doc.widthOfString(run.text);
    }
  }
}
