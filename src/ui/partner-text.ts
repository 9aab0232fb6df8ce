/** A partner's or event's optional texts as words: a data file may give only a name and a point. */
import type { PartnerType } from '../data/types.js';
import type { Messages } from '../i18n/messages.js';

/** A known kind of organisation (PARTNER_TYPES) in the widget's language; any other text as given;
 *  '' for none. Own keys only: a type "constructor" is text, not Object's constructor. */
export const typeName = (msg: Messages, type: string | undefined): string =>
  type && Object.hasOwn(msg.types, type) ? msg.types[type as PartnerType] : (type ?? '');

/** The parts that are given, joined ("Barcelona, Catalonia"; "Barcelona"; ""): never "undefined". */
export const joinGiven = (separator: string, ...parts: readonly (string | undefined)[]): string => parts.filter((p) => p).join(separator);
