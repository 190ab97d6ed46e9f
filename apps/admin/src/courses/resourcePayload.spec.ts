import { newResourceInput, uploadForm } from './resourcePayload';

const values = {
  title: 'Le logiciel libre',
  language: 'fr',
  description: '',
  licence: null,
  url: 'https://www.gnu.org/philosophy/free-sw.html',
  body: 'ignored',
};

describe('resource payloads', () => {
  it('sends a link with its url only, leaving blank optional fields to the api', () => {
    expect(newResourceInput({ ...values, kind: 'link' }, 'm1')).toEqual({
      moduleId: 'm1',
      kind: 'link',
      title: 'Le logiciel libre',
      language: 'fr',
      url: 'https://www.gnu.org/philosophy/free-sw.html',
    });
  });

  it('sends a text with its body and the licence given', () => {
    const input = newResourceInput({ ...values, kind: 'text', licence: 'CC0-1.0' }, 'm1');
    expect(input).toMatchObject({ kind: 'text', body: 'ignored', licence: 'CC0-1.0' });
    expect(input).not.toHaveProperty('url');
  });

  it('puts an upload’s fields and its file in multipart parts', () => {
    const file = new File(['# Notes'], 'notes.md', { type: 'text/markdown' });
    const form = uploadForm({ ...values, description: 'Notes' }, 'm1', file);
    expect([...form.keys()]).toEqual(['moduleId', 'title', 'language', 'description', 'file']);
    expect((form.get('file') as File).name).toBe('notes.md');
  });
});
