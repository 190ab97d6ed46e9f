import QRCode from 'qrcode';

/** A dark rectangle of a QR code, in modules: one horizontal run of dark modules of a row. */
export interface QrRect {
  x: number;
  y: number;
  width: number;
}

export interface QrMatrix {
  size: number;
  rects: QrRect[];
}

/**
 * The QR code of `text` as horizontal runs of dark modules, to be drawn as vector rectangles
 * (sharp at any zoom and a few hundred bytes, where a PNG would be a blurry raster).
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rects: QrRect[] = [];
  for (let y = 0; y < modules.size; y += 1) {
    let start = -1;
    for (let x = 0; x <= modules.size; x += 1) {
      const dark = x < modules.size && modules.get(y, x) === 1;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        rects.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  }
  return { size: modules.size, rects };
}
