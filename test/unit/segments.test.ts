import { describe, expect, it } from 'vitest';
import { isTargeted, scoreRfm, type RfmCutPoints } from '../../domain/segments.ts';

// The cut points the integration test's seeded population produces (test/integration/segments.test.ts).
const cuts: RfmCutPoints = { recency: [0, 1, 3, 10], frequency: [2, 5, 11], monetary: [199, 499, 1099] };

describe('the RFM rule', () => {
  it('scores recency by quintiles (ties to the better score) and frequency/monetary by quartiles of non-zero values', () => {
    expect(scoreRfm({ recencyDays: 0, frequency: 22, monetaryCents: 3398 }, cuts)).toEqual({ r: 5, f: 5, m: 5, segment: 'Whale' });
    expect(scoreRfm({ recencyDays: 0, frequency: 11, monetaryCents: 1099 }, cuts)).toEqual({ r: 5, f: 4, m: 4, segment: 'High' });
    expect(scoreRfm({ recencyDays: 1, frequency: 9, monetaryCents: 499 }, cuts)).toEqual({ r: 4, f: 4, m: 3, segment: 'High' });
    expect(scoreRfm({ recencyDays: 2, frequency: 7, monetaryCents: 199 }, cuts)).toEqual({ r: 3, f: 4, m: 2, segment: 'Medium' });
    expect(scoreRfm({ recencyDays: 3, frequency: 5, monetaryCents: 0 }, cuts)).toEqual({ r: 3, f: 3, m: 1, segment: 'Low' });
    expect(scoreRfm({ recencyDays: 28, frequency: 1, monetaryCents: 0 }, cuts)).toEqual({ r: 1, f: 2, m: 1, segment: 'Low' });
  });

  it('makes a player Dormant after 30 days without a round or a purchase, or when never active', () => {
    expect(scoreRfm({ recencyDays: 30, frequency: 0, monetaryCents: 0 }, cuts).segment).toBe('Dormant');
    expect(scoreRfm({ recencyDays: null, frequency: 0, monetaryCents: 0 }, cuts)).toEqual({ r: 1, f: 1, m: 1, segment: 'Dormant' });
    expect(scoreRfm({ recencyDays: 29, frequency: 1, monetaryCents: 0 }, cuts).segment).toBe('Low');
  });

  it('offers an untargeted item to everyone and a targeted one only to its segments', () => {
    expect(isTargeted([], null)).toBe(true);
    expect(isTargeted(['Whale'], 'Whale')).toBe(true);
    expect(isTargeted(['Whale'], 'Low')).toBe(false);
    expect(isTargeted(['Whale'], null)).toBe(false);
  });
});
