import { describe, expect, it } from 'vitest';
import { isCcBy4 } from './licence.ts';

describe('isCcBy4', () => {
  it('knows CC BY 4.0 however it is spelt, with words after it', () => {
    expect(isCcBy4('CC BY 4.0')).toBe(true);
    expect(isCcBy4('CC-BY-4.0')).toBe(true);
    expect(isCcBy4('cc by 4.0.')).toBe(true);
    expect(isCcBy4("CC BY 4.0 for the compilation; quotes remain their authors'")).toBe(true);
  });

  it('does not take another licence for it', () => {
    expect(isCcBy4('CC BY-SA 4.0')).toBe(false);
    expect(isCcBy4('CC BY-NC 4.0')).toBe(false);
    expect(isCcBy4('CC BY 3.0')).toBe(false);
    expect(isCcBy4('CC BY 4.01')).toBe(false);
    expect(isCcBy4('Not CC BY 4.0')).toBe(false);
    expect(isCcBy4('All rights reserved')).toBe(false);
  });
});
