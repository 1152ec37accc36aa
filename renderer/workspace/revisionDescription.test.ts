import { describe, expect, it } from 'vitest';
import { describeChanges, foldLabels } from './revisionDescription';

describe('revision descriptions', () => {
  it('names up to three changes and summarises more', () => {
    expect(describeChanges(['Add User task'])).toBe('Add User task');
    expect(describeChanges(['Add User task', 'Connect Start to Review'])).toBe(
      'Add User task; Connect Start to Review',
    );
    expect(describeChanges(['A', 'B', 'C', 'D', 'E'])).toBe('5 changes: A; B; C; …');
    expect(describeChanges([])).toBe('No changes');
  });

  it('shortens very long labels', () => {
    const description = describeChanges([`Rename "${'x'.repeat(200)}"`]);
    expect(description).toHaveLength(60);
    expect(description.endsWith('…')).toBe(true);
  });

  it('folds a drag in steps and typing into one label', () => {
    expect(foldLabels([], ['Move Review', 'Move Review', 'Move Review'])).toEqual(['Move Review']);
    expect(foldLabels(['Add User task'], ['Rename "R"', 'Rename "Re"', 'Rename "Rev"', 'Rename "Re"'])).toEqual([
      'Add User task',
      'Rename "Re"',
    ]);
  });

  it('keeps distinct changes apart, even when one label starts another', () => {
    expect(foldLabels([], ['Add User task', 'Add Service task', 'Rename "A"', 'Rename "B"'])).toEqual([
      'Add User task',
      'Add Service task',
      'Rename "A"',
      'Rename "B"',
    ]);
    expect(foldLabels([], ['Delete Review', 'Delete Review request'])).toEqual([
      'Delete Review',
      'Delete Review request',
    ]);
  });
});
