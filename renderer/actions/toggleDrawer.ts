import { collapsePanel } from '../panels/panelLayout';
import { defineAction } from './action';

export const toggleDrawer = defineAction({
  name: 'toggleDrawer',
  label: 'Collapse or expand the side panel',
  group: 'View',
  shortcuts: ['Mod+J'],
  // Only while a side panel (Simulate, Case data, History, Processes) is open.
  enabled: ({ ui }) => ui.openDrawer !== null,
  perform: ({ ui }) => {
    if (!ui.openDrawer) return;
    const id = ui.openDrawer;
    ui.set({ layout: collapsePanel(ui.layout, id, !ui.layout.panels[id].collapsed) });
  },
});
