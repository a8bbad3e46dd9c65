// One word as the index stores it: lower-cased, and Porter-stemmed when it is an English word
// (digits and mixed tokens kept as is), so that "timeouts" finds "timeout". Its own module
// because both the text normaliser (normalize.ts) and the glossary (glossary.ts) need it, and
// the normaliser needs the glossary: with it inside normalize.ts the two imported each other.
import { stemmer } from 'stemmer';

export function normalizeWord(word: string): string {
  const w = word.toLowerCase();
  return /^[a-z]+$/.test(w) && w.length > 2 ? stemmer(w) : w;
}
