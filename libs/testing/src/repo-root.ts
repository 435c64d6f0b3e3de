import { join } from 'node:path';

/** The workspace root, where README.md, the deployment files and `.waystation/` live. */
export const REPO_ROOT = join(__dirname, '..', '..', '..');
