// `zod` in the browser build: see ./external.ts.
import * as z from './external.ts';

export * from './external.ts';
export { z, z as default };
