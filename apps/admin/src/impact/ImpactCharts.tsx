import { Stack } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { type RaRecord, useTranslate } from 'react-admin';
import { useBilingual } from '../common/BilingualField';
import { ChartCard } from './ChartCard';
import {
  CONVICTION_ITEMS,
  type Dashboard,
  type ImpactChart,
  SHARE_OF,
  type StatusShares,
  STRATEGY_STATUSES,
} from './types';

const HEIGHT = 300;
/** Room for a group's name beside horizontal bars, on a phone too. */
const LABEL_WIDTH = 130;
/** A horizontal chart grows with its groups, so that long names keep their line. */
const bandHeight = (groups: number) => 110 + 44 * groups;
const percent = (value: number | null) => (value === null ? null : `${value} %`);

/**
 * The dashboard's charts, each beside its table and CSV: adoption and funding at 3/6/12 months
 * with the URBACT baseline as the first bar, civic-techs tested vs deployed, the conviction
 * shift per cohort, attendance per phase and the certificates issued per month.
 */
export const ImpactCharts = ({
  dashboard,
  onDownload,
}: {
  dashboard: Dashboard;
  onDownload: (chart: ImpactChart) => void;
}) => {
  const translate = useTranslate();
  const bilingual = useBilingual();
  const withheld = translate('impact.dashboard.withheld');
  const groups: (StatusShares & { label: string; pairs: number | null })[] = [
    { ...dashboard.baseline, label: translate('impact.dashboard.baseline'), pairs: 190 },
    ...dashboard.adoption.map((row) => ({
      ...row,
      // The milestone first: a narrow chart cuts the end of the name.
      label: `${translate('impact.milestone', { months: row.milestone })} · ${translate(
        `apprenance.formats.${row.format}`,
      )} · ${bilingual(row as unknown as RaRecord, 'courseTitle')}`,
    })),
  ];
  const statusLabel = (status: string) => translate(`impact.statuses.${status}`);
  const phases = dashboard.attendance.map((row) => ({
    ...row,
    label: translate(`apprenance.phases.${row.phase}`),
  }));
  const item = (key: string) => translate(`impact.items.${key}`);
  const moment = (m: 'before' | 'after') => translate(`impact.moments.${m}`);
  return (
    <Stack sx={{ gap: 2 }}>
      <ChartCard
        title={translate('impact.dashboard.adoption')}
        testId="impact-adoption"
        onDownload={() => onDownload('adoption')}
        chart={
          <BarChart
            height={bandHeight(groups.length)}
            skipAnimation
            layout="horizontal"
            dataset={groups}
            yAxis={[{ scaleType: 'band', dataKey: 'label', width: LABEL_WIDTH }]}
            xAxis={[{ max: 100 }]}
            series={STRATEGY_STATUSES.map((status) => ({
              dataKey: SHARE_OF[status],
              label: statusLabel(status),
              stack: 'status',
            }))}
          />
        }
        header={[
          translate('impact.dashboard.group'),
          translate('impact.dashboard.pairs'),
          ...STRATEGY_STATUSES.map(statusLabel),
          translate('impact.dashboard.funding'),
        ]}
        rows={groups.map((g) =>
          g.pairs === null && g !== groups[0]
            ? [g.label, withheld, ...STRATEGY_STATUSES.map(() => null), null]
            : [
                g.label,
                g.pairs,
                ...STRATEGY_STATUSES.map((s) => percent(g[SHARE_OF[s]])),
                percent(g.fundingSecured),
              ],
        )}
      />
      <ChartCard
        title={translate('impact.dashboard.funding')}
        testId="impact-funding"
        onDownload={() => onDownload('adoption')}
        chart={
          <BarChart
            height={bandHeight(groups.length)}
            skipAnimation
            layout="horizontal"
            dataset={groups}
            yAxis={[{ scaleType: 'band', dataKey: 'label', width: LABEL_WIDTH }]}
            xAxis={[{ max: 100 }]}
            series={[{ dataKey: 'fundingSecured', label: translate('impact.dashboard.funding') }]}
          />
        }
        header={[translate('impact.dashboard.group'), translate('impact.dashboard.funding')]}
        rows={groups.map((g) => [g.label, percent(g.fundingSecured) ?? withheld])}
      />
      <ChartCard
        title={translate('impact.dashboard.civic_techs')}
        testId="impact-civic-techs"
        onDownload={() => onDownload('civic-techs')}
        chart={
          <BarChart
            height={bandHeight(dashboard.civicTechs.length)}
            skipAnimation
            layout="horizontal"
            dataset={dashboard.civicTechs.map((t) => ({ ...t }))}
            yAxis={[{ scaleType: 'band', dataKey: 'name', width: LABEL_WIDTH }]}
            series={[
              { dataKey: 'tested', label: translate('impact.dashboard.tested') },
              { dataKey: 'deployed', label: translate('impact.dashboard.deployed') },
            ]}
          />
        }
        header={[
          'Civic-tech',
          translate('impact.dashboard.tested'),
          translate('impact.dashboard.deployed'),
        ]}
        rows={dashboard.civicTechs.map((t) => [t.name, t.tested, t.deployed])}
      />
      <ChartCard
        title={translate('impact.dashboard.conviction')}
        testId="impact-conviction"
        onDownload={() => onDownload('conviction')}
        chart={
          <BarChart
            height={HEIGHT}
            skipAnimation
            dataset={dashboard.conviction.map((c) => ({ ...c }))}
            xAxis={[{ scaleType: 'band', dataKey: 'cohortLabel' }]}
            yAxis={[{ min: 0, max: 5 }]}
            series={CONVICTION_ITEMS.flatMap((key) =>
              (['before', 'after'] as const).map((m) => ({
                dataKey: `${key}${m === 'before' ? 'Before' : 'After'}`,
                label: `${item(key)} — ${moment(m)}`,
              })),
            )}
          />
        }
        header={[
          translate('impact.dashboard.group'),
          translate('impact.dashboard.respondents'),
          ...CONVICTION_ITEMS.flatMap((key) => [
            `${item(key)} — ${moment('before')}`,
            `${item(key)} — ${moment('after')}`,
          ]),
        ]}
        rows={dashboard.conviction.map((c) => [
          c.cohortLabel,
          `${c.respondentsBefore} / ${c.respondentsAfter}`,
          ...CONVICTION_ITEMS.flatMap((key) => [c[`${key}Before`], c[`${key}After`]]),
        ])}
      />
      <ChartCard
        title={translate('impact.dashboard.attendance')}
        testId="impact-attendance"
        onDownload={() => onDownload('attendance')}
        chart={
          <BarChart
            height={HEIGHT}
            skipAnimation
            dataset={phases}
            xAxis={[{ scaleType: 'band', dataKey: 'label' }]}
            yAxis={[{ max: 100 }]}
            series={[{ dataKey: 'rate', label: translate('impact.dashboard.rate') }]}
          />
        }
        header={[translate('impact.dashboard.group'), translate('impact.dashboard.rate')]}
        rows={phases.map((p) => [p.label, percent(p.rate)])}
      />
      <ChartCard
        title={translate('impact.dashboard.certificates')}
        testId="impact-certificates"
        onDownload={() => onDownload('certificates')}
        chart={
          <BarChart
            height={HEIGHT}
            skipAnimation
            dataset={dashboard.certificates.map((m) => ({ ...m }))}
            xAxis={[{ scaleType: 'band', dataKey: 'month' }]}
            series={[{ dataKey: 'issued', label: translate('impact.dashboard.issued') }]}
          />
        }
        header={[translate('impact.dashboard.month'), translate('impact.dashboard.issued')]}
        rows={dashboard.certificates.map((m) => [m.month, m.issued])}
      />
    </Stack>
  );
};
