import { CertificateContent } from '../../libs/certificates/src';
import { durationLabel, LABELS, otherLanguage } from '../../libs/certificates/src/labels';

/** The texts of a certificate, top to bottom, for the two reference renderers. */
export function certificateLines(content: CertificateContent, issuerName: string) {
  const p = LABELS[content.language];
  const s = LABELS[otherLanguage(content.language)];
  const line = (text: string, style: 'regular' | 'bold' | 'italic', size: number) => ({
    text,
    style,
    size,
  });
  return [
    line(issuerName.toUpperCase(), 'bold', 9),
    line(p.heading, 'bold', 32),
    line(s.heading, 'italic', 14),
    line(`${p.awardedTo} · ${s.awardedTo}`, 'italic', 11.5),
    line(content.participant.name, 'bold', 30),
    line(`${p.forCompleting} · ${s.forCompleting}`, 'italic', 11.5),
    line(content.course.title, 'bold', 19),
    line(content.course.titleOtherLanguage ?? '', 'italic', 13),
    line(
      `${p.format[content.course.format]} · ${s.format[content.course.format]}`,
      'regular',
      10.5,
    ),
    ...content.phases.map((phase, i) =>
      line(
        `${i + 1}. ${p.phases[phase.phase]} · ${s.phases[phase.phase]} — ${durationLabel(content.language, phase)}`,
        'regular',
        10.5,
      ),
    ),
    line(
      `${content.cohort.startsOn} → ${content.cohort.endsOn} — ${content.cohort.place ?? p.online}`,
      'regular',
      10.5,
    ),
    line(`${p.trainers} · ${s.trainers} : ${content.trainers.join(', ')}`, 'regular', 10),
    line(`${p.code} · ${s.code} : ${content.verificationCode}`, 'bold', 10.5),
  ];
}
