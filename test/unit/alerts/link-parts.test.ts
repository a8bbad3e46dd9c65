import { describe, expect, it } from 'vitest';
import { linkParts } from '@/lib/alerts/link-parts';

describe('linkParts', () => {
  it('links http and https URLs only, keeping the rest as text', () => {
    expect(linkParts('see https://runbooks.example/db?x=1, then call')).toEqual([
      { text: 'see ' },
      { text: 'https://runbooks.example/db?x=1', href: 'https://runbooks.example/db?x=1' },
      { text: ', then call' },
    ]);
    expect(linkParts('javascript:alert(1)')).toEqual([{ text: 'javascript:alert(1)' }]);
    expect(linkParts('data:text/html,<b>x</b> ftp://host/file')).toEqual([{ text: 'data:text/html,<b>x</b> ftp://host/file' }]);
    expect(linkParts('')).toEqual([]);
  });
});
