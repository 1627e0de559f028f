/** The key Deno's Jupyter kernel (and other runtimes) call to display an object. */
export const JUPYTER_DISPLAY: unique symbol = /* @__PURE__ */ Symbol.for("Jupyter.display");

/** What a displayable object returns: a MIME bundle. */
export type MimeBundle = Readonly<Record<string, unknown>>;

/** An object a notebook shows richly. */
export interface Displayable {
  /** The object's MIME bundle (HTML, Vega-Lite, plain text, …): the notebook picks the richest it can show. */
  [JUPYTER_DISPLAY](): MimeBundle;
}
