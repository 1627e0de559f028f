import fc from "fast-check";

// On CI the property tests run with a fixed seed, so a submission's result is
// reproducible; locally every run explores new inputs (a failure prints its seed).
if (process.env.CI) fc.configureGlobal({ seed: 20261126 });
