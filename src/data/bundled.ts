/**
 * The bundled data, read on the lean trusted path: scripts/prepare.mjs validated it at build time
 * with parseCollaborations (the build fails on any problem) and wrote its model in the three
 * languages at once, so a visitor's browser neither downloads nor runs the validator for it.
 * test/data/bundled-model.test.ts checks that this is the very model parseCollaborations gives.
 */
import { bundledModel } from '../generated/bundled-model.js';
import type { Collaborations } from './types.js';
import type { TextLang } from './fields.js';

const LANGS: readonly TextLang[] = ['en', 'ca', 'es'];

/** A text that differs between languages: [en, ca, es], null where it is the English one. */
interface Translated {
  readonly _: readonly (string | null)[];
}

const isTranslated = (v: unknown): v is Translated => typeof v === 'object' && v !== null && Array.isArray((v as Partial<Translated>)._);

/** The bundled model with its texts in `lang`: a fresh object each call. */
export function bundledCollaborations(lang: TextLang): Collaborations {
  const i = LANGS.indexOf(lang);
  const model: unknown = JSON.parse(bundledModel, (_key, v: unknown) => (isTranslated(v) ? (v._[i] ?? v._[0]) : v));
  return model as Collaborations;
}
