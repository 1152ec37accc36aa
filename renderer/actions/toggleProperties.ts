import { collapsePanel } from '../panels/panelLayout';
import { defineAction } from './action';

export const toggleProperties = defineAction({
  name: 'toggleProperties',
  enabled: () => true,
  perform: ({ ui }) =>
    ui.set({ layout: collapsePanel(ui.layout, 'properties', !ui.layout.panels.properties.collapsed) }),
});
