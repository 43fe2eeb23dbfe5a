/**
 * The one unit-test runner. Two projects, one `npx jest`:
 * - components: the React components, in jsdom, compiled by SWC (as Docusaurus's own tests are);
 * - build-time: plugins, post-build steps, scripts and test support (remark and rehype plugins,
 *   the sxs importer, the i18n checks, the test runner's set-up) and the broken-content builds,
 *   in Node.
 */
const swc = {
  jsc: {transform: {react: {runtime: 'automatic'}}, parser: {syntax: 'typescript', tsx: true}},
};

const components = {
  displayName: 'components',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/__tests__/**/*.test.{ts,tsx}'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', swc],
  },
  moduleNameMapper: {
    '\\.css$': '<rootDir>/tests/jest/mocks/styleMock.cjs',
    '\\.(svg|png|webp)$': '<rootDir>/tests/jest/mocks/fileMock.cjs',
    '^@docusaurus/Translate$': '<rootDir>/tests/jest/mocks/Translate.tsx',
    '^@docusaurus/useBaseUrl$': '<rootDir>/tests/jest/mocks/useBaseUrl.ts',
    '^@docusaurus/Link$': '<rootDir>/tests/jest/mocks/Link.tsx',
    '^@docusaurus/(.*)$': '<rootDir>/tests/jest/mocks/docusaurus/$1',
    '^@theme/Heading$': '<rootDir>/tests/jest/mocks/Heading.tsx',
    '^@theme-original/(.*)$': '<rootDir>/node_modules/@docusaurus/theme-classic/lib/theme/$1',
    '^@site/(.*)$': '<rootDir>/$1',
  },
  setupFilesAfterEnv: ['<rootDir>/tests/jest/setup.ts'],
};

const buildTime = {
  displayName: 'build-time',
  testEnvironment: 'node',
  roots: ['<rootDir>/plugins', '<rootDir>/scripts', '<rootDir>/tests', '<rootDir>/deploy'],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/tests/build/**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', {...swc, module: {type: 'commonjs'}}],
  },
  // unified, remark and their helpers ship only ES modules: compile them to CommonJS too.
  transformIgnorePatterns: [],
  // Packages whose exports offer only an `import` entry, which Jest's CommonJS resolver skips.
  moduleNameMapper: {
    '^estree-walker$': '<rootDir>/node_modules/estree-walker/src/index.js',
    '^pagefind$': '<rootDir>/node_modules/pagefind/lib/index.js',
  },
};

export default {projects: [components, buildTime]};
