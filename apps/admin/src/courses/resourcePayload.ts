type Values = Record<string, unknown>;

/** Fields that may be left out but not sent blank (the api defaults or refuses them). */
const DEFAULTED = ['description', 'licence'] as const;

/** The fields every new resource has, leaving out blank optional ones. */
function resourceFields(values: Values, moduleId: string): Values {
  const fields: Values = { moduleId, title: values.title, language: values.language };
  for (const key of DEFAULTED) {
    const value = values[key];
    if (value !== undefined && value !== null && value !== '') fields[key] = value;
  }
  return fields;
}

/** A new link (with its url) or text (with its body) as the api takes it. */
export function newResourceInput(values: Values, moduleId: string): Values {
  const kind = values.kind === 'text' ? 'text' : 'link';
  const content = kind === 'link' ? { url: values.url } : { body: values.body };
  return { ...resourceFields(values, moduleId), kind, ...content };
}

/** An uploaded file resource as multipart parts; the file goes in the `file` part. */
export function uploadForm(values: Values, moduleId: string, file: File): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(resourceFields(values, moduleId))) {
    if (value !== undefined && value !== null) form.append(key, String(value));
  }
  form.append('file', file, file.name);
  return form;
}
