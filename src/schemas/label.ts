/** A text in Dutch and English (an item's, an instrument's or a dimension's name). */
export interface Label {
  /** Dutch. */
  nl: string;
  /** English. */
  en: string;
}
