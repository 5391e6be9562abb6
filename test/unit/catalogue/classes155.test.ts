import { describe, expect, it } from 'vitest';
import { first } from './real.ts';

// The classes of blind set 155, checked with other words than that set's.

describe('classes of blind set 155', () => {
  it('reads the cheese machine run as the dairy operator', () => {
    expect(first('passer ostemaskinen på ysteriet')).toBe('8160');
  });

  it('reads pipe spools mounted as the pipe fitter, and progress plans as the planner', () => {
    expect(first('monterer spooler i modulhallen')).toBe('7126');
    expect(first('lager fremdriftsplaner for prosjektet')).toBe('4322');
  });

  it('knows the mail room', () => {
    expect(first('postromsmedarbeider')).toBe('4412');
  });
});
