/**
 * Reading zod 4's schema definitions, shared by the generators that walk the model (the fast
 * structural check and the structure table): one description of the fields they read.
 */
import type { z } from "zod";

/** A zod 4 schema, as the generators see it. */
export type Schema = z.core.$ZodType;

/** zod 4's definition objects, as far as the generators read them. */
export interface Def {
  readonly type: string;
  readonly checks?: readonly Schema[];
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly shape?: Record<string, Schema>;
  readonly catchall?: Schema;
  readonly keyType?: Schema;
  readonly valueType?: Schema;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly getter?: () => Schema;
  readonly check?: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly unionFallback?: boolean;
  readonly mode?: string;
  readonly values?: readonly unknown[];
  readonly coerce?: boolean;
  readonly abort?: boolean;
  readonly when?: unknown;
}

/** The definition of a schema. */
export const defOf = (s: Schema): Def => s._zod.def as unknown as Def;

/** The traits of a schema (`$ZodCheck`, …). */
export const traits = (s: Schema): Set<string> => s._zod.traits as Set<string>;
