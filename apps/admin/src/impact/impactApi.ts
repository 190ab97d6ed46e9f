import { downloadFile } from '../providers/cohortApi';
import { httpClient } from '../providers/http';
import type { ConvictionItem, FollowUpRecord, ImpactChart, PublicImpactCourse } from './types';

const put = async (path: string, body: object) =>
  (await httpClient(path, { method: 'PUT', body: JSON.stringify(body) })).json;

/** The impact endpoints that are not react-admin resources. */
export const impactApi = {
  answer: (cohortId: string, moment: string, ratings: Record<ConvictionItem, number>) =>
    put(`/conviction/${encodeURIComponent(cohortId)}/${moment}`, ratings),
  recordFollowUp: (pairId: string, milestone: number, record: Partial<FollowUpRecord>) =>
    put(`/follow-ups/${encodeURIComponent(pairId)}/${milestone}`, record),
  publish: (courseId: string, on: boolean): Promise<PublicImpactCourse[]> =>
    put(`/impact/publications/${encodeURIComponent(courseId)}`, { public: on }),
  downloadStaffCsv: (chart: ImpactChart, courseId: string) =>
    downloadFile(
      `/api/v1/impact/dashboard/${chart}.csv${courseId ? `?courseId=${encodeURIComponent(courseId)}` : ''}`,
      `impact-${chart}.csv`,
    ),
};

/** The public CSV of a chart: a plain link, no account needed. */
export const publicCsvUrl = (courseId: string, chart: ImpactChart) =>
  `/api/v1/public/impact/${encodeURIComponent(courseId)}/${chart}.csv`;
