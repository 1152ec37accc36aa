import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        // The layout engine (elkjs) and the automatic layout go in a chunk of their own, loaded on first use (auto
        // layout, a BPMN import without a diagram) rather than merged into a chunk the app loads at start.
        codeSplitting: {
          groups: [
            {
              name: 'layout',
              test: /node_modules[\\/]elkjs|shared[\\/]io[\\/](autoLayout|layerLayout)/,
              // Not the drawing geometry they use: the app needs that at start.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173 },
});
