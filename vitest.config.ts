import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 180_000, // a slow, busy CI machine opens an embedded database in 20+ s; speed is measured by `npm run bench`
    hookTimeout: 240_000,
    pool: "forks",
    reporters: ["default"],
  },
});
