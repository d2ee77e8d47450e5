/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` serves the app with hot reload and forwards the API to a medimeet on :8080.
export default defineConfig({
  plugins: [react()],
  // `@/api/client` is src/api/client from anywhere: the same alias as tsconfig.json's paths.
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  // Unit tests of the app's pure logic (`npm run test:unit`); the browser tests are in e2e/.
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
  build: {
    // The server caches /assets/* as immutable: Vite's hashed file names make that safe.
    assetsDir: 'assets',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: a separate chunk stays cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'libraries', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
