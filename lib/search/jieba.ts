// One jieba segmenter per process: loading the dictionary takes tens of milliseconds, so it is
// built on first use and reused. Native code (prebuilt in the npm package): server side only.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let instance: Jieba | undefined;

export function jieba(): Jieba {
  instance ??= Jieba.withDict(dict);
  return instance;
}
