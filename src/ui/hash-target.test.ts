// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { hashTarget } from './hash-target.ts';

describe('hashTarget', () => {
  afterEach(() => (window.location.hash = ''));

  it('is the decoded id after #', () => {
    window.location.hash = '#f-%C3%A9t%C3%A9';
    expect(hashTarget()).toBe('f-été');
  });

  it("is '' without a hash or with broken percent-encoding", () => {
    expect(hashTarget()).toBe('');
    window.location.hash = '#%E0%A4%A';
    expect(hashTarget()).toBe('');
  });
});
