import { describe, expect, it } from 'vitest';
import { skipDuplicates } from './skip-duplicates.ts';

describe('skipDuplicates', () => {
  it('leaves out articles already in the workspace and repeats within the batch', () => {
    const { fresh, duplicates } = skipDuplicates(
      [
        { id: 'report', text: 'Shelling hit Kharkiv.\n', title: 'Report' },
        { id: 'other', text: 'Drones hit Sumy.' },
        { id: 'other-again', text: '  Drones hit Sumy.  ' },
        { id: 'new', text: 'Floods in Odesa.' },
      ],
      [{ id: 'report-1', text: 'Shelling hit Kharkiv.' }],
    );
    expect(fresh.map((a) => a.id)).toEqual(['other', 'new']);
    expect(duplicates).toEqual([
      { id: 'report', title: 'Report', sameAs: 'report-1' },
      { id: 'other-again', title: undefined, sameAs: 'other' },
    ]);
  });
});
