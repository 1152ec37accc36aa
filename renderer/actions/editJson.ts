import { useAdvancedView } from '../monaco/advancedViewStore';
import { defineAction, hasModel } from './action';

export const editJson = defineAction({
  name: 'editJson',
  label: 'Advanced: edit the map as JSON',
  group: 'View',
  shortcuts: [],
  enabled: hasModel,
  perform: () => useAdvancedView.getState().setOpen(true),
});
