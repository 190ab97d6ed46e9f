import type { Locale } from '@apprenance/db';

/** What the public verify page shows: as little personal data as proves the certificate. */
export type VerifyView =
  | { state: 'unknown'; code: string }
  | {
      state: 'valid' | 'pending' | 'revoked' | 'superseded';
      code: string;
      participantName: string;
      courseTitle: { fr: string; en: string };
      startsOn: string | null;
      endsOn: string | null;
      issuedAt: Date | null;
      revokedAt: Date | null;
      revocationReason: string | null;
      successorCode: string | null;
    };

const TEXT = {
  fr: {
    title: 'Vérification d’un certificat',
    code: 'Code :',
    valid: 'Ce certificat est valide.',
    pending: 'Ce certificat est en cours d’émission.',
    revoked: 'Ce certificat a été révoqué',
    superseded: 'Ce certificat a été remplacé par un nouveau certificat.',
    successor: 'Voir le certificat qui le remplace',
    unknown: 'Aucun certificat ne porte ce code. Vérifiez le code saisi.',
    holder: 'Titulaire',
    course: 'Formation',
    dates: 'Dates de la session',
    issued: 'Délivré le',
    reason: 'Motif :',
    other: 'English',
    issuer: 'Vérifiez aussi la signature du PDF : npm run verify -- certificat.pdf',
  },
  en: {
    title: 'Certificate verification',
    code: 'Code:',
    valid: 'This certificate is valid.',
    pending: 'This certificate is being issued.',
    revoked: 'This certificate was revoked',
    superseded: 'This certificate was replaced by a new certificate.',
    successor: 'See the certificate that replaces it',
    unknown: 'No certificate has this code. Check the code you typed.',
    holder: 'Holder',
    course: 'Course',
    dates: 'Cohort dates',
    issued: 'Issued on',
    reason: 'Reason:',
    other: 'Français',
    issuer: 'Check the PDF’s signature too: npm run verify -- certificate.pdf',
  },
} as const;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The page's language: `?lang=` if valid, else the first of Accept-Language we speak, else fr. */
export function pageLanguage(lang: unknown, acceptLanguage: string | undefined): Locale {
  if (lang === 'fr' || lang === 'en') return lang;
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .find((tag) => tag === 'fr' || tag === 'en');
  return (preferred as Locale | undefined) ?? 'fr';
}

function day(value: Date | string | null, lang: Locale): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
  return date.toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function verdict(view: VerifyView, lang: Locale): string {
  const t = TEXT[lang];
  if (view.state === 'unknown') return `<p class="verdict bad">${t.unknown}</p>`;
  if (view.state === 'revoked') {
    return `<p class="verdict bad">${t.revoked} (${day(view.revokedAt, lang)}).</p>
      <p><strong>${t.reason}</strong> ${escapeHtml(view.revocationReason ?? '')}</p>`;
  }
  if (view.state === 'superseded') {
    const link = view.successorCode
      ? ` <a href="/verify/${encodeURIComponent(view.successorCode)}?lang=${lang}">${t.successor}</a>`
      : '';
    return `<p class="verdict warn">${t.superseded}${link}</p>`;
  }
  return `<p class="verdict ${view.state === 'valid' ? 'good' : 'warn'}">${t[view.state]}</p>`;
}

function details(view: VerifyView, lang: Locale): string {
  if (view.state === 'unknown') return '';
  const t = TEXT[lang];
  const rows: [string, string][] = [
    [t.holder, escapeHtml(view.participantName)],
    [t.course, escapeHtml(view.courseTitle[lang])],
    [t.dates, `${day(view.startsOn, lang)} – ${day(view.endsOn, lang)}`],
    [t.issued, day(view.issuedAt, lang)],
  ];
  return `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

/** The whole page, in one language with a link to the other; every value is escaped. */
export function renderVerifyPage(view: VerifyView, lang: Locale): string {
  const t = TEXT[lang];
  const other: Locale = lang === 'fr' ? 'en' : 'fr';
  const code = escapeHtml(view.code);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title} · ${code}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b1f24}
main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px}
h1{font-size:1.5rem;margin-top:0}
.verdict{font-size:1.2rem;font-weight:600;padding:.75rem 1rem;border-radius:6px}
.good{background:#e3f4e8;color:#0b5a25}.bad{background:#fde8e8;color:#8a1111}
.warn{background:#fff4d6;color:#6b4a00}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.5rem 1rem}dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}a{color:#0b4f8a}footer{margin-top:1.5rem;font-size:.9rem}
</style>
</head>
<body>
<main>
<nav><a href="?lang=${other}" lang="${other}" hreflang="${other}">${t.other}</a></nav>
<h1>${t.title}</h1>
<p>${t.code} <code>${code}</code></p>
${verdict(view, lang)}
${details(view, lang)}
<footer>${t.issuer}</footer>
</main>
</body>
</html>`;
}
