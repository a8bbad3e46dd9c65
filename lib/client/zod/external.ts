// zod's classic API (node_modules/zod/v4/classic/external.js) minus `locales`: the browser
// build aliases `zod` here (next.config.ts). Turbopack cannot shake the members of the `z`
// namespace, so `import { z } from 'zod'` in a client component shipped all ~40 zod locales
// (~300 KB, 1/3 of the login page's JS). Client messages come from lib/client/describe-issue,
// never from zod's locales, so nothing in the browser needs them. Keep in step with zod's file
// when upgrading zod (test/unit/client/zod-browser.test.ts compares the two export lists).
export * as core from '../../../node_modules/zod/v4/core/index.js';
export * from '../../../node_modules/zod/v4/classic/schemas.js';
export * from '../../../node_modules/zod/v4/classic/checks.js';
export * from '../../../node_modules/zod/v4/classic/errors.js';
export * from '../../../node_modules/zod/v4/classic/parse.js';
export * from '../../../node_modules/zod/v4/classic/compat.js';
export {
  globalRegistry, registry, config, memoizer, $output, $input, $brand, clone, regexes, treeifyError, prettifyError, formatError, flattenError,
  TimePrecision, util, NEVER, INVALID, toZod, compile, withParser, ZodCompileAsyncError, ZodCompileUnsupportedError, getDiscriminatedOption,
} from '../../../node_modules/zod/v4/core/index.js';
export { toJSONSchema } from '../../../node_modules/zod/v4/core/json-schema-processors.js';
export { fromJSONSchema } from '../../../node_modules/zod/v4/classic/from-json-schema.js';
export { deepPartial } from '../../../node_modules/zod/v4/classic/deep-partial.js';
export { input, output } from '../../../node_modules/zod/v4/classic/in-out.js';
export { ZodISODateTime, ZodISODate, ZodISOTime, ZodISODuration } from '../../../node_modules/zod/v4/classic/iso.js';
export * as iso from '../../../node_modules/zod/v4/classic/iso.js';
export * as coerce from '../../../node_modules/zod/v4/classic/coerce.js';
