/**
 * Validates exported records against the vendored Popolo schemas (popolo/*.json, see README.md).
 *
 * The published schemas are JSON Schema draft-03, which ajv 8 does not read. They are adapted on
 * load, in memory, never by editing the vendored text: `id` becomes `$id`, `$schema` is dropped,
 * and draft-03's `"required": true` on a property becomes the property's name in its parent's
 * `required` list (the draft-04 form). Everything else (types, patterns, formats, `$ref`s by the
 * schemas' own URLs) is read as published; formats are checked by ajv-formats.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const DIR = fileURLToPath(new URL('./popolo/', import.meta.url));
export const POPOLO_BASE = 'http://www.popoloproject.com/schemas/';

type Schema = Record<string, unknown>;

function fromDraft3(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fromDraft3);
  if (node === null || typeof node !== 'object') return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node as Schema)) {
    if (k === '$schema') continue;
    if (k === 'id' && typeof v === 'string') out.$id = v;
    else if (k === 'required' && typeof v === 'boolean') continue;
    else if (k === 'properties' && v && typeof v === 'object') {
      const props = v as Record<string, Schema>;
      out.properties = Object.fromEntries(Object.entries(props).map(([p, s]) => [p, fromDraft3(s)]));
      const required = Object.entries(props).filter(([, s]) => s.required === true).map(([p]) => p);
      if (required.length > 0) out.required = required;
    } else out[k] = fromDraft3(v);
  }
  return out;
}

/** The vendored schema files, by name (`person`, `vote_event`). */
export const popoloSchemaNames = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

/** A validator over every vendored schema: `check('person', record)` is the list of problems, empty when valid. */
export function popoloValidator(): (schema: string, record: unknown) => string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const name of popoloSchemaNames) ajv.addSchema(fromDraft3(JSON.parse(readFileSync(`${DIR}${name}.json`, 'utf8'))) as Schema);
  return (schema, record) => {
    const validate = ajv.getSchema(`${POPOLO_BASE}${schema}.json`);
    if (!validate) throw new Error(`no vendored Popolo schema ${schema}.json`);
    if (validate(record)) return [];
    return (validate.errors ?? []).map((e: ErrorObject) => `${schema}${e.instancePath} ${e.message ?? ''}`);
  };
}
