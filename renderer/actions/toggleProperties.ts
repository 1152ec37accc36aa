import { collapsePanel } from '../panels/panelLayout';
import { defineAction } from './action';

export const toggleProperties = defineAction({
  name: 'toggleProperties',
  label: 'Show properties',
  group: 'View',
  shortcuts: ['Mod+I'],
  enabled: () => true,
  perform: ({ ui }) =>
    ui.set({ layout: collapsePanel(ui.layout, 'properties', !ui.layout.panels.properties.collapsed) }),
});
