import { collapsePanel } from '../panels/panelLayout';
import { defineAction } from './action';

export const togglePalette = defineAction({
  name: 'togglePalette',
  enabled: () => true,
  // Collapsed, the palette keeps its symbols in a narrow strip, as bpmn-js draws it: elements stay at hand.
  perform: ({ ui }) => ui.set({ layout: collapsePanel(ui.layout, 'palette', !ui.layout.panels.palette.collapsed) }),
});
