import { defineConfig } from 'vite';

// Served by `npm start` at /react-app/ (scripts/start.mjs mounts dist/ there), next to the API
// at /v1 on the same origin. JSX goes through Vite's own esbuild with React's automatic
// runtime, so no React plugin is needed (and the build needs no network).
export default defineConfig({
  base: '/react-app/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    // `npm run dev` here: the API of a running `npm start` answers /v1.
    proxy: { '/v1': 'http://127.0.0.1:8787' },
  },
});
