import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// ATRIUM_BACKEND points the dev server at a backend on another port (e.g. a throwaway one started for UI checks).
const backend = process.env.ATRIUM_BACKEND ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: backend, ws: true },
      '/actuator': { target: backend },
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
