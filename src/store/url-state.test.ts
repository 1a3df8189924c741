import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, type UrlState } from './url-state.ts';
import { DEFAULT_FILTERS } from './types.ts';

describe('URL state', () => {
  it('leaves the defaults out', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(decodeUrlState('')).toEqual(DEFAULT_URL_STATE);
  });

  it('round-trips a selection, filters and the map view', () => {
    const state: UrlState = {
      claimId: '003_6b3a87b4a55c3f04:c2',
      articleOpen: true,
      explain: true,
      filters: {
        verdicts: ['mismatch'],
        severities: ['high', 'medium'],
        relations: ['in-region', 'cross-article'],
        articleId: '003_6b3a87b4a55c3f04',
        regionId: 'UA.05',
        query: 'Sev sk & "q"=1',
        reviews: ['open', 'dismissed'],
        dateFrom: '2024-02-01',
        dateTo: '2024-02-29',
        sort: 'distance',
        sortDir: 'asc',
      },
      mapView: { lon: 37.8123, lat: 48.5, zoom: 6.25 },
    };
    const encoded = encodeUrlState(state);
    expect(encoded).toContain('claim=003_6b3a87b4a55c3f04:c2');
    expect(encoded).toContain('v=mismatch');
    expect(encoded).toContain('map=6.25/48.5/37.8123');
    expect(encoded).toContain('sev=high,medium');
    expect(encoded).toContain('rev=open,dismissed');
    expect(encoded).toContain('from=2024-02-01&to=2024-02-29');
    expect(decodeUrlState('?' + encoded)).toEqual(state);
  });

  it('rounds the map view', () => {
    const s = decodeUrlState(
      encodeUrlState({
        ...DEFAULT_URL_STATE,
        mapView: { lon: 1.234567, lat: 2.345678, zoom: 3.14159 },
      }),
    );
    expect(s.mapView).toEqual({ lon: 1.2346, lat: 2.3457, zoom: 3.14 });
  });

  it('drops unknown and malformed values', () => {
    const s = decodeUrlState(
      '?v=mismatch,bogus&sev=extreme&sort=nope&dir=sideways&map=abc/1/2&claim=&rev=done,open&from=yesterday&to=2024-13',
    );
    expect(s.filters.reviews).toEqual(['open']);
    expect(s.filters.dateFrom).toBeNull();
    expect(s.filters.dateTo).toBeNull();
    expect(s.filters.verdicts).toEqual(['mismatch']);
    expect(s.filters.severities).toEqual([]);
    expect(s.filters.sort).toBe(DEFAULT_FILTERS.sort);
    expect(s.filters.sortDir).toBe(DEFAULT_FILTERS.sortDir);
    expect(s.mapView).toBeNull();
    expect(s.claimId).toBeNull();
  });

  it('rejects a map view off the globe', () => {
    expect(decodeUrlState('map=5/95/10').mapView).toBeNull();
    expect(decodeUrlState('map=5/45/190').mapView).toBeNull();
  });
});
