import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url.ts';

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('  HTTP://example.org ')).toBe('http://example.org/');
  });

  it('refuses every other scheme and anything malformed', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:http://localhost/x',
      'vbscript:x',
      '//evil.example/x',
      '/relative',
      'https://',
      'http:// x',
      '<img src=x onerror=alert(1)>',
      '',
      null,
      undefined,
    ])
      expect(safeHttpUrl(bad), String(bad)).toBeNull();
  });
});
