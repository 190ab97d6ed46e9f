import type {
  Attachment,
  FieldChange,
  PeerReview,
  Prototype,
  PrototypeEvent,
  PrototypeVersion,
  ReviewCriterion,
  ReviewSummary,
  TestLogAggregate,
  TrainerTarget,
} from '../types';
import { downloadFile } from './cohortApi';
import { httpClient } from './http';

const prototypePath = (id: string, rest = '') => `/prototypes/${encodeURIComponent(id)}${rest}`;

const call = async (path: string, body?: unknown, method = 'POST') =>
  (await httpClient(path, { method, body: body === undefined ? undefined : JSON.stringify(body) }))
    .json;

/** The prototype, peer-review and test-log endpoints that are actions or views, not records. */
export const prototypeApi = {
  open: (pairId: string): Promise<Prototype> => call('/prototypes', { pairId }),
  submit: (id: string): Promise<Prototype> => call(prototypePath(id, '/submit')),
  transition: (id: string, to: TrainerTarget, comment: string): Promise<Prototype> =>
    call(prototypePath(id, '/transitions'), { to, comment }),
  /** The file's bytes as multipart: the api sniffs them and refuses a lying type. */
  attach: async (id: string, file: File): Promise<Attachment> => {
    const form = new FormData();
    form.append('file', file);
    return (await httpClient(prototypePath(id, '/attachments'), { method: 'POST', body: form }))
      .json;
  },
  download: (id: string, attachment: Attachment): Promise<void> =>
    downloadFile(
      `/api/v1${prototypePath(id, `/attachments/${attachment.id}`)}`,
      attachment.fileName,
    ),
  versions: (id: string): Promise<PrototypeVersion[]> =>
    call(prototypePath(id, '/versions'), undefined, 'GET'),
  diff: async (id: string, from: number, to: number): Promise<FieldChange[]> =>
    (await call(prototypePath(id, `/diff?from=${from}&to=${to}`), undefined, 'GET')).changes,
  events: (id: string): Promise<PrototypeEvent[]> =>
    call(prototypePath(id, '/events'), undefined, 'GET'),
  reviewsOf: (prototypeId: string): Promise<PeerReview[]> =>
    call(`/peer-reviews?prototypeId=${encodeURIComponent(prototypeId)}`, undefined, 'GET'),
  allocate: (
    cohortId: string,
    reviewsPerPair: number,
    showReviewerNames: boolean,
  ): Promise<PeerReview[]> =>
    call('/peer-reviews/allocate', { cohortId, reviewsPerPair, showReviewerNames }),
  summary: (cohortId: string): Promise<ReviewSummary[]> =>
    call(`/peer-reviews/summary?cohortId=${encodeURIComponent(cohortId)}`, undefined, 'GET'),
  writeReview: (id: string, review: object): Promise<PeerReview> =>
    call(`/peer-reviews/${encodeURIComponent(id)}`, review, 'PUT'),
  criteria: (courseId: string): Promise<ReviewCriterion[]> =>
    call(`/courses/${encodeURIComponent(courseId)}/review-criteria`, undefined, 'GET'),
  aggregate: (filter: { cohortId?: string; civicTechId?: string }): Promise<TestLogAggregate[]> =>
    call(`/test-logs/aggregate?${new URLSearchParams(filter)}`, undefined, 'GET'),
};
