import type { Locale } from '@apprenance/db';
import type { PdfDocument } from './embed';
import { calendarDate, durationLabel, LABELS, otherLanguage, zonedDate } from './labels';
import { qrMatrix } from './qr';
import { Line, TextSetter } from './text';
import { CertificateContent } from './types';

/** A4 landscape, in points. */
export const PAGE = { width: 841.89, height: 595.28 };
const CENTRE = PAGE.width / 2;
const COLORS = {
  ink: '#1d3557',
  text: '#2b2d33',
  muted: '#5f6470',
  gold: '#a07a2c',
  paper: '#fbf8f1',
};

type Struct = ReturnType<PdfDocument['struct']>;

/**
 * Draws a certificate on the current page: the cohort's language first and dark, the other
 * language beside or beneath it in italics. Tagged: each block is a structure element, the
 * frame is an artifact, the QR code a figure with its alternative text.
 */
export class CertificatePainter {
  private y = 0;

  constructor(
    private readonly doc: PdfDocument,
    private readonly setter: TextSetter,
    private readonly root: Struct,
  ) {}

  paint(content: CertificateContent, issuerName: string): void {
    const primary = content.language;
    const secondary = otherLanguage(primary);
    const [p, s] = [LABELS[primary], LABELS[secondary]];
    this.frame();
    this.y = 62;
    this.block('P', () =>
      this.centred(
        `${issuerName} · ${p.tagline} · ${s.tagline}`.toUpperCase(),
        'bold',
        8.5,
        COLORS.gold,
      ),
    );
    this.y += 6;
    this.block('H1', () => this.centred(p.heading, 'bold', 32, COLORS.ink));
    this.block('P', () => this.centred(s.heading, 'italic', 14, COLORS.muted));
    this.rule();
    this.block('P', () =>
      this.centred(`${p.awardedTo} · ${s.awardedTo}`, 'italic', 11.5, COLORS.muted),
    );
    this.y += 4;
    this.block('H2', () =>
      this.fitted(content.participant.name, 'bold', [30, 26, 22, 18, 15, 13], 2),
    );
    this.y += 4;
    this.block('P', () =>
      this.centred(`${p.forCompleting} · ${s.forCompleting}`, 'italic', 11.5, COLORS.muted),
    );
    this.y += 4;
    this.block('P', () =>
      this.fitted(content.course.title, 'bold', [19, 17, 15, 13], 2, COLORS.text),
    );
    if (content.course.titleOtherLanguage) {
      const title = content.course.titleOtherLanguage;
      this.block('P', () => this.fitted(title, 'italic', [13, 12, 11], 2, COLORS.muted));
    }
    this.y += 4;
    this.block('P', () => {
      this.centred(p.format[content.course.format], 'regular', 10.5, COLORS.text);
      this.centred(s.format[content.course.format], 'italic', 9.5, COLORS.muted);
    });
    this.phases(content, primary, secondary);
    this.footer(content, primary, secondary);
  }

  private block(tag: string, draw: () => void): void {
    this.root.add(this.doc.struct(tag, {}, draw));
  }

  private centred(text: string, style: 'regular' | 'italic' | 'bold', size: number, color: string) {
    this.setter.draw(this.setter.line(text, style, size), CENTRE, this.y, size, color);
    this.y += size * 1.38;
  }

  private fitted(
    text: string,
    style: 'regular' | 'italic' | 'bold',
    sizes: number[],
    maxLines: number,
    color = COLORS.ink,
  ): void {
    const { size, lines } = this.setter.fit(text, style, sizes, 600, maxLines);
    for (const line of lines) {
      this.setter.draw(line, CENTRE, this.y, size, color);
      this.y += size * 1.3;
    }
  }

  private frame(): void {
    const { doc } = this;
    doc.markContent('Artifact', { type: 'Layout' });
    doc.rect(0, 0, PAGE.width, PAGE.height).fill(COLORS.paper);
    doc
      .lineWidth(2.2)
      .rect(20, 20, PAGE.width - 40, PAGE.height - 40)
      .stroke(COLORS.ink);
    doc
      .lineWidth(0.7)
      .rect(28, 28, PAGE.width - 56, PAGE.height - 56)
      .stroke(COLORS.gold);
    for (const [x, y] of [
      [28, 28],
      [PAGE.width - 28, 28],
      [28, PAGE.height - 28],
      [PAGE.width - 28, PAGE.height - 28],
    ]) {
      doc.polygon([x, y - 6], [x + 6, y], [x, y + 6], [x - 6, y]).fill(COLORS.gold);
    }
    doc.endMarkedContent();
  }

  private rule(): void {
    const { doc } = this;
    const y = this.y + 6;
    doc.markContent('Artifact', { type: 'Layout' });
    doc
      .lineWidth(0.6)
      .moveTo(CENTRE - 90, y)
      .lineTo(CENTRE - 8, y)
      .stroke(COLORS.gold);
    doc
      .moveTo(CENTRE + 8, y)
      .lineTo(CENTRE + 90, y)
      .stroke(COLORS.gold);
    doc
      .polygon([CENTRE, y - 3.5], [CENTRE + 3.5, y], [CENTRE, y + 3.5], [CENTRE - 3.5, y])
      .fill(COLORS.gold);
    doc.endMarkedContent();
    this.y += 16;
  }

  private phases(content: CertificateContent, primary: Locale, secondary: Locale): void {
    const top = Math.max(this.y + 10, 352);
    const width = 190;
    const gap = 18;
    const left = CENTRE - (3 * width + 2 * gap) / 2;
    content.phases.forEach((phase, i) => {
      const x = left + i * (width + gap);
      this.block('P', () => {
        this.doc
          .lineWidth(0.6)
          .moveTo(x, top)
          .lineTo(x + width, top)
          .stroke(COLORS.gold);
        const lines: Array<[string, 'bold' | 'italic' | 'regular', number, string]> = [
          [`${i + 1}. ${LABELS[primary].phases[phase.phase]}`, 'bold', 10.5, COLORS.ink],
          [LABELS[secondary].phases[phase.phase], 'italic', 9, COLORS.muted],
          [durationLabel(primary, phase), 'regular', 10.5, COLORS.text],
        ];
        let y = top + 8;
        for (const [text, style, size, color] of lines) {
          this.setter.draw(this.setter.line(text, style, size), x + width / 2, y, size, color);
          y += size * 1.45;
        }
      });
    });
    this.y = top + 56;
  }

  private footer(content: CertificateContent, primary: Locale, secondary: Locale): void {
    const [p, s] = [LABELS[primary], LABELS[secondary]];
    const left = 70;
    const maxWidth = 520;
    let y = Math.max(this.y + 6, 430);
    const write = (
      text: string,
      style: 'regular' | 'italic' | 'bold',
      size: number,
      color: string,
    ) => {
      for (const line of this.setter.wrap(text, style, size, maxWidth).slice(0, 2)) {
        this.setter.draw(line, left, y, size, color, false);
        y += size * 1.4;
      }
    };
    const place = content.cohort.place ?? p.online;
    const dates = (language: Locale) =>
      LABELS[language].dates(
        calendarDate(language, content.cohort.startsOn),
        calendarDate(language, content.cohort.endsOn),
      );
    this.block('P', () => {
      write(`${capitalise(dates(primary))} — ${place}`, 'regular', 10.5, COLORS.text);
      write(
        `${capitalise(dates(secondary))} — ${content.cohort.place ?? s.online}`,
        'italic',
        9,
        COLORS.muted,
      );
    });
    if (content.trainers.length) {
      this.block('P', () =>
        write(
          `${p.trainers} · ${s.trainers}${p.colon}${content.trainers.join(', ')}`,
          'regular',
          10,
          COLORS.text,
        ),
      );
    }
    const issued = (language: Locale) =>
      LABELS[language].issuedOn(zonedDate(language, content.issuedAt, content.cohort.timeZone));
    this.block('P', () =>
      write(`${issued(primary)} · ${issued(secondary)}`, 'regular', 10, COLORS.text),
    );
    this.block('P', () =>
      write(`${p.code} · ${s.code}${p.colon}${content.verificationCode}`, 'bold', 10.5, COLORS.ink),
    );
    this.qr(content, primary);
  }

  private qr(content: CertificateContent, primary: Locale): void {
    const { doc } = this;
    const size = 92;
    const x = PAGE.width - 70 - size;
    const y = PAGE.height - 66 - size - 22;
    const matrix = qrMatrix(content.verifyUrl);
    const module = size / (matrix.size + 2);
    const figure = doc.struct('Figure', { alt: LABELS[primary].qrAlt(content.verifyUrl) }, () => {
      doc.rect(x, y, size, size).fill('#ffffff');
      for (const rect of matrix.rects) {
        doc.rect(x + (rect.x + 1) * module, y + (rect.y + 1) * module, rect.width * module, module);
      }
      doc.fill(COLORS.ink);
    });
    this.root.add(figure);
    const caption: Line = this.setter.line(LABELS[primary].verify, 'italic', 8.5);
    this.block('P', () => this.setter.draw(caption, x + size / 2, y + size + 6, 8.5, COLORS.muted));
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
