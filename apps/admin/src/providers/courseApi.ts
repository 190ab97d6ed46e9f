import type { CourseResource } from '../types';
import { httpClient } from './http';

/** The course-content endpoints that are not plain records: upload and reordering. */
export const courseApi = {
  /** Multipart: the browser sets the boundary, so no Content-Type is given here. */
  upload: async (form: FormData): Promise<CourseResource> =>
    (await httpClient('/course-resources/upload', { method: 'POST', body: form })).json,
  /** The api moves the other resources of the module around it. */
  moveResource: async (id: string, position: number): Promise<CourseResource> =>
    (
      await httpClient(`/course-resources/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: JSON.stringify({ position }),
      })
    ).json,
};
