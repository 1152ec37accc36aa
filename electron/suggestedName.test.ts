import { describe, expect, it } from 'vitest';
import { suggestedFileName } from './suggestedName';

describe('the name the save dialog proposes', () => {
  it('keeps an ordinary name as it is', () => {
    expect(suggestedFileName('Claims handling.flow.json')).toBe('Claims handling.flow.json');
    expect(suggestedFileName('Réclamations v1.2.png')).toBe('Réclamations v1.2.png');
  });

  it('strips folders of either kind and climbs out of none', () => {
    expect(suggestedFileName('/etc/cron.d/evil.flow.json')).toBe('evil.flow.json');
    expect(suggestedFileName('..\\..\\Windows\\System32\\drivers.bpmn')).toBe('drivers.bpmn');
    expect(suggestedFileName('../../.bashrc')).toBe('Untitled.bashrc');
    expect(suggestedFileName('..')).toBe('Untitled');
    expect(suggestedFileName('folder/')).toBe('Untitled');
    expect(suggestedFileName('...flow.json')).toBe('Untitled.flow.json');
    expect(suggestedFileName('map..png ')).toBe('map.png');
  });

  it('removes control characters and those Windows forbids, keeping the extension', () => {
    expect(suggestedFileName('Q1: report? <final>|"x"*.csv')).toBe('Q1 report finalx.csv');
    expect(suggestedFileName('map\u0000\u0007\n\r.flow.json')).toBe('map.flow.json');
    expect(suggestedFileName('map\u202Egnp.exe')).toBe('mapgnp.exe');
    expect(suggestedFileName('?*.png')).toBe('Untitled.png');
    expect(suggestedFileName('report. . ')).toBe('report');
  });

  it('avoids the device names Windows reserves', () => {
    expect(suggestedFileName('CON.flow.json')).toBe('_CON.flow.json');
    expect(suggestedFileName('lpt1')).toBe('_lpt1');
    expect(suggestedFileName('Console.flow.json')).toBe('Console.flow.json');
  });

  it('cuts a long name to fit the file system, keeping the extension whole', () => {
    const name = suggestedFileName(`${'é'.repeat(300)}.flow.json`);
    expect(name.endsWith('é.flow.json')).toBe(true);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(240);
  });
});
