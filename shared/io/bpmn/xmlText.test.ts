import { describe, expect, it } from 'vitest';
import { repairIds } from './xmlText';

describe('renaming ids that are not XML names', () => {
  it('renames the ids and every whole reference to them, in attributes of either quote and in element text', () => {
    const xml =
      `<task id="7 days"/><task id='{guid}'/><flow id="f" sourceRef='7 days' targetRef="{guid}"/>` +
      `<lane><flowNodeRef>\n  7 days\n</flowNodeRef></lane><note text="7 days later">7 days later</note>`;
    const { xml: repaired, renamed } = repairIds(xml);
    expect([...renamed]).toEqual([
      ['7 days', '_7_days'],
      ['{guid}', '_guid_'],
    ]);
    expect(repaired).toBe(
      `<task id="_7_days"/><task id='_guid_'/><flow id="f" sourceRef='_7_days' targetRef="_guid_"/>` +
        `<lane><flowNodeRef>\n  _7_days\n</flowNodeRef></lane><note text="7 days later">7 days later</note>`,
    );
  });

  it('picks a name no other id has', () => {
    const { renamed } = repairIds('<a id="_7_days"/><a id="7 days"/><a id="7-days"/><a id="7.days"/><a id="7_days"/>');
    expect([...renamed.values()]).toEqual(['_7_days_', '_7-days', '_7.days', '_7_days__']);
  });

  it('leaves a file whose ids are all XML names as it is', () => {
    const xml = '<a id="ok"/><b ref="7 days">7 days</b>';
    expect(repairIds(xml)).toEqual({ xml, renamed: new Map() });
  });
});
