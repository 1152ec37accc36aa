import type { z } from 'zod';
import type { fieldSchema } from '../../shared/model/schema';

/** A data field as written in a template, before defaults are filled in. */
export type FieldInput = z.input<typeof fieldSchema>;

/** The required text column that names each record (the key duplicates are checked on). */
export const idField = (name: string, label: string): FieldInput => ({ name, type: 'text', required: true, label });

/** The required date column with each record's arrival time. */
export const arrivalField = (name: string, label: string): FieldInput => ({
  name,
  type: 'date',
  required: true,
  label,
});

/** A number whose validation rule wants it above zero, such as an amount; required unless `required` is false. */
export const positiveNumber = (name: string, label: string, required = true): FieldInput => ({
  name,
  type: 'number',
  ...(required ? { required } : {}),
  validation: `${name} > 0`,
  label,
});
