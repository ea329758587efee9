import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

// ATRIUM_BACKEND points the dev server at a backend on another port (e.g. a throwaway one started for UI checks).
const backend = process.env.ATRIUM_BACKEND ?? 'http://localhost:8080';

/**
 * Writes a .br and a .gz beside every text asset of the build, which the server sends to browsers
 * that accept them (Spring's EncodedResourceResolver): compressed once at build time at the
 * highest levels rather than on every request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'atrium-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const assets = join(outDir, 'assets');
      for (const name of readdirSync(assets).filter((file) => /\.(js|css|svg|json)$/.test(file))) {
        const content = readFileSync(join(assets, name));
        if (content.length < 1024) continue;
        writeFileSync(
          join(assets, `${name}.br`),
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(join(assets, `${name}.gz`), gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: {
      '/api': { target: backend, ws: true },
      '/actuator': { target: backend },
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // React and its router, which every screen needs, in a chunk of their own: they change less
        // often than the client, so a new release leaves them in the browser's cache. antd is left
        // to the splitter: one antd chunk would bring the components of every module to the first screen.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
