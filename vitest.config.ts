import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'cli/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'templates/**/*.test.ts',
            'test/hostile/**/*.test.ts',
          ],
          environment: 'node',
          // Sized for a loaded 2-core machine: a test's speed is measured by the benchmarks, not by its time-out.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll's own default (1 s) fails on a loaded machine; a condition that never holds still fails.
          expect: { poll: { timeout: 30_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          // Sized for a loaded 2-core machine (Chromium, the build and the app share it).
          testTimeout: 180_000,
          hookTimeout: 240_000,
          expect: { poll: { timeout: 30_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
