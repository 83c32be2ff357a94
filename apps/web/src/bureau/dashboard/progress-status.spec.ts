/// <reference types="jest" />
import { percent, progressStatus, ratioOf } from './progress-status';

describe('target progress bands', () => {
  it('is red below 90 %, amber from 90 % to under 100 %, green from 100 %', () => {
    expect(progressStatus(0.8999)).toBe('behind');
    expect(progressStatus(0.9)).toBe('near');
    expect(progressStatus(0.9999)).toBe('near');
    expect(progressStatus(1)).toBe('met');
    expect(progressStatus(1.3)).toBe('met');
    expect(progressStatus(null)).toBe('none');
  });

  it('never rounds a ratio up into the next band, nor a clean one down', () => {
    expect(percent(0.89996)).toBe('89.9%');
    expect(percent(0.29)).toBe('29.0%');
    expect(percent(5 / 6)).toBe('83.3%');
    expect(percent(1.04)).toBe('104.0%');
    expect(percent(null)).toBe('—');
  });

  it('has no ratio without a target, or with a target of 0', () => {
    expect(ratioOf(5, null)).toBeNull();
    expect(ratioOf(5, 0)).toBeNull();
    expect(ratioOf(3, 4)).toBe(0.75);
  });
});
