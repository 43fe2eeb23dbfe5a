// Stands in for the classic theme's Prism language loader: see index.mjs.
