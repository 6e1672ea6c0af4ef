/**
 * Validates a data export against its JSON Schema with ajv, as a reader of the published schema
 * would (tests and the browser test only; ajv is a development dependency). ajv-formats is not
 * installed, so the two formats the schema uses are defined here.
 */
import Ajv2020, { type ErrorObject } from "ajv/dist/2020.js";

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function exportValidator(schema: object): (document: unknown) => ErrorObject[] {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  ajv.addFormat(
    "date-time",
    (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)),
  );
  ajv.addFormat("uuid", UUID);
  const validate = ajv.compile(schema);
  return (document) => (validate(document) ? [] : [...(validate.errors ?? [])]);
}
