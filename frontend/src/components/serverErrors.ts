import type { FormInstance } from 'antd';
import type { CombinedError } from 'urql';

/**
 * Puts a BAD_USER_INPUT or CONFLICT error on the form field it names
 * (extensions.field); returns false when the error names no field of the
 * form, so the caller shows it above the form instead.
 */
export function applyServerErrors(form: FormInstance, error: CombinedError | undefined, fields: string[]): boolean {
  const e = error?.graphQLErrors[0];
  const field = e?.extensions?.field as string | undefined;
  if (!e || !field) return false;
  // A path into a list ("items.2.percent") names that list's field.
  const path = field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (!fields.includes(String(path[0]))) return false;
  // A list of plain values (tags: industryPrefixes.1) is one control: the error goes on it.
  const list = form.getFieldValue(path[0]);
  const whole = path.length === 1 || (Array.isArray(list) && typeof list[path[1] as number] !== 'object');
  form.setFields([{ name: whole ? path[0] : path, errors: [e.message] }]);
  return true;
}

/**
 * Clears a field's error as soon as its value changes (an antd Form's
 * onValuesChange): an error from the server stays only until the user
 * answers it.
 */
export function clearErrorsOnChange(form: FormInstance) {
  return (changed: Record<string, unknown>) => {
    // A list's change ({measures: […]}) names the list: its rows' fields are cleared too.
    const keys = Object.keys(changed);
    form.setFields([
      ...keys.map((name) => ({ name, errors: [] })),
      ...form.getFieldsError().filter((f) => f.errors.length > 0 && f.name.length > 1 && keys.includes(String(f.name[0])))
        .map((f) => ({ name: f.name, errors: [] })),
    ]);
  };
}
