import '@testing-library/jest-dom/vitest';
import { loadAllLanguages } from '../src/lib/i18n.svelte';

// The app loads a language's catalog when it is chosen; tests switch languages synchronously,
// so every catalog is in before each file's tests run.
await loadAllLanguages();
