import { useAdvancedView } from '../monaco/advancedViewStore';
import { defineAction, hasModel } from './action';

export const editJson = defineAction({
  name: 'editJson',
  enabled: hasModel,
  perform: () => useAdvancedView.getState().setOpen(true),
});
