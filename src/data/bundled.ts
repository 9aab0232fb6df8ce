/**
 * The bundled data, read on the lean trusted path: scripts/prepare.mjs validated it at build time
 * with parseCollaborations (the build fails on any problem) and wrote its model in English, each
 * text that some language translates marked with its index; that language's chunk brings the
 * translations (src/generated/locale-<lang>.ts), so the start bundle carries English only and a
 * visitor's browser neither downloads nor runs the validator for it.
 * test/data/bundled-model.test.ts checks that this is the very model parseCollaborations gives.
 */
import { bundledModel } from '../generated/bundled-model.js';
import type { Collaborations } from './types.js';

/** A text some language translates: [its index in every language's texts, the English]. */
interface Translated {
  readonly _: readonly [number, string];
}

const isTranslated = (v: unknown): v is Translated => typeof v === 'object' && v !== null && Array.isArray((v as Partial<Translated>)._);

/** The bundled models made: their notes are in English whatever the language (marked so, 3.1.2). */
const made = new WeakSet<Collaborations>();
export const isBundled = (data: Collaborations): boolean => made.has(data);

/** The bundled model with the given translations (a language's `texts`; none for English): a fresh object each call. */
export function bundledCollaborations(texts: readonly (string | null)[] = []): Collaborations {
  const model = JSON.parse(bundledModel, (_key, v: unknown) => (isTranslated(v) ? (texts[v._[0]] ?? v._[1]) : v)) as Collaborations;
  made.add(model);
  return model;
}
