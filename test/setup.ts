// Loaded before every test file (vitest.config.ts setupFiles): its temp folders go when the file ends.
import { afterAll } from 'vitest';
import { cleanupTempDirs } from './helpers.js';

afterAll(cleanupTempDirs);
