import type { DataProvider, DeleteParams, GetListParams, Identifier, RaRecord } from 'react-admin';
import { parseTotal } from './contentRange';
import { changedFields } from './diff';
import { httpClient } from './http';
import { isNested, nestedPath, withIds } from './nested';
import { listQuery, manyQuery } from './query';

const recordPath = (resource: string, id: Identifier) => `/${resource}/${encodeURIComponent(id)}`;

async function getList(resource: string, params: GetListParams) {
  if (isNested(resource)) {
    const { json } = await httpClient(nestedPath(resource, params.filter));
    // `json` is untyped, as in every other method: the records are the api's.
    return { data: withIds(json) as typeof json, total: json.length };
  }
  const { json, headers } = await httpClient(`/${resource}?${listQuery(params)}`);
  return { data: json, total: parseTotal(headers.get('Content-Range')) };
}

const send = (method: string, path: string, data?: unknown) =>
  httpClient(path, { method, body: data === undefined ? undefined : JSON.stringify(data) });

/** The API's dialect of react-admin's simple REST conventions (see the API contract). */
export const dataProvider: DataProvider = {
  getList,

  getManyReference: (resource, { target, id, filter, ...params }) =>
    getList(resource, { ...params, filter: { ...filter, [target]: id } }),

  getOne: async (resource, { id }) => ({ data: (await httpClient(recordPath(resource, id))).json }),

  getMany: async (resource, { ids }) => ({
    data: (await httpClient(`/${resource}?${manyQuery(ids)}`)).json,
  }),

  create: async (resource, { data }) => ({ data: (await send('POST', `/${resource}`, data)).json }),

  update: async (resource, { id, data, previousData }) => {
    const changes = changedFields(data, previousData);
    if (Object.keys(changes).length === 0) return { data: previousData };
    return { data: (await send('PATCH', recordPath(resource, id), changes)).json };
  },

  updateMany: async (resource, { ids, data }) => {
    await Promise.all(ids.map((id) => send('PATCH', recordPath(resource, id), data)));
    return { data: ids };
  },

  delete: async <RecordType extends RaRecord>(
    resource: string,
    { id, previousData }: DeleteParams<RecordType>,
  ) => {
    await send('DELETE', recordPath(resource, id));
    return { data: previousData ?? ({ id } as RecordType) };
  },

  deleteMany: async (resource, { ids }) => {
    await Promise.all(ids.map((id) => send('DELETE', recordPath(resource, id))));
    return { data: ids };
  },
};
