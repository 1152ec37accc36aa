import { collapsePanel } from '../panels/panelLayout';
import { defineAction } from './action';

export const toggleDrawer = defineAction({
  name: 'toggleDrawer',
  // Only while a side panel (Simulate, Case data, Event logs, History, Processes) is open.
  enabled: ({ ui }) => ui.openDrawer !== null,
  perform: ({ ui }) => {
    if (!ui.openDrawer) return;
    const id = ui.openDrawer;
    ui.set({ layout: collapsePanel(ui.layout, id, !ui.layout.panels[id].collapsed) });
  },
});
