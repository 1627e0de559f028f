import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    // Property tests and CLI runs are CPU-bound; two cores here.
    pool: "forks",
    testTimeout: 60_000,
  },
});
