// Lighthouse CI before publishing: `npm run build && npx lhci autorun`.
// It serves build/ through nginx (as in production), runs Lighthouse (mobile) on every page of
// both sitemaps and fails on any budget: the configuration is bench/budgets.ts, the same budgets
// `npm run bench` prints. LHCI_PORT picks the port (default 4111).
// lhci loads its configuration with require(), so this file is CommonJS and loads the TypeScript
// through tsx.
/* eslint-disable @typescript-eslint/no-require-imports */
const tsx = require('tsx/cjs/api');

const {lighthouseCiConfig} = tsx.require('./bench/budgets.ts', __filename);
module.exports = lighthouseCiConfig(Number(process.env.LHCI_PORT ?? 4111));
