import type { TourSlot } from '../present/tour-slot.js';
import type { DetailsController } from './details-controller.js';

/** The widget's own keys, anywhere in it: Escape closes the details first (opened from a tour
 *  step, the tour stays, paused); the tour's keys otherwise. */
export const widgetKeys =
  (details: DetailsController, tour: TourSlot) =>
  (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && details.selected) {
      e.stopPropagation();
      details.close();
      return;
    }
    tour.keydown(e);
  };
