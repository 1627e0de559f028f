declare const __VERSION__: string;

/** @internal The version of rendement (set by the build), recorded in bundles and shown by `--version`. */
export const RENDEMENT_VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";
