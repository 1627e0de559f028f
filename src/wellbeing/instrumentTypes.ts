/**
 * The validated shape of a wellbeing instrument file, as a named interface;
 * the zod schema in `schema.ts` validates, and a type test holds them equal.
 */
import type { Label } from "../schemas/label.js";

/** A wellbeing instrument: a scale with dimensions, such as the ZRM or a rapportcijfer. */
export interface Instrument {
  /** The JSON Schema the file declares (ignored). */
  $schema?: string | undefined;
  /** The instrument's id, e.g. `zrm`. */
  id: string;
  /** The version of its definition. */
  version: string;
  /** Its name in Dutch and English. */
  label: Label;
  /** Where the instrument is defined. */
  source: string;
  /** The range of a score. */
  scale: {
    /** The lowest score. */
    min: number;
    /** The highest score. */
    max: number;
    /** Allowed increments, e.g. 1 for whole scores. */
    step?: number | undefined;
  };
  /** Whether a higher score is better or worse. */
  direction: "higher-is-better" | "lower-is-better";
  /** True only for a 0–10 life-satisfaction question: the one scale that may be valued in euros (WELLBY). */
  lifeSatisfaction?: boolean | undefined;
  /** The dimensions scored, each with an id and a label. */
  dimensions: {
    /** The dimension's id, used as a score key in cases, e.g. `financien`. */
    id: string;
    /** Its name in Dutch and English. */
    label: Label;
  }[];
  /** A free note. */
  note?: string | undefined;
}
