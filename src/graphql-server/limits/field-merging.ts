/**
 * The bounds on what graphql-js's OverlappingFieldsCanBeMergedRule compares pair by pair: it
 * compares every two fields that answer under one response key in a selection set, and every two
 * fragments that meet in one, so its time grows with the square of both. Within the token limit,
 * `{ catalogVersion catalogVersion … }` (400 times) took 1.7 ms to validate and a hundred
 * fragments each spread at the root 2.5 ms, each more than executing GraphiQL's whole
 * introspection. So before that rule runs, a document may define at most MAX_FRAGMENTS fragments,
 * and a selection set may merge at most MAX_MERGED_FIELDS fields under one key, counted through
 * inline fragments and fragment spreads as the rule counts them; both are checked in one walk
 * that visits each selection set once.
 */
import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_FRAGMENTS, MAX_MERGED_FIELDS } from '../../limits.js';
import { fragmentsOf } from '../execution/collect-fields.js';
import { LIMIT_CODES, limitError } from './operation-limits.js';

/** How many fields answer under each response key of a selection set, fragments flattened. */
type KeyCounts = ReadonlyMap<string, number>;

/** What merging a document holds: its fragments, and the most fields merged under one key. */
export interface Merging {
  readonly fragments: number;
  readonly mostMerged: number;
}

/** The counts of `document`; each selection set and fragment is counted once, a cycle as empty. */
export function mergingOf(document: DocumentNode): Merging {
  const definitions = fragmentsOf(document);
  const counted = new Map<SelectionSetNode, KeyCounts>();
  const fragments = new Map<string, KeyCounts>();
  let mostMerged = 0;

  const fragmentCounts = (name: string): KeyCounts => {
    const known = fragments.get(name);
    if (known !== undefined) return known;
    // Marked empty first, so a cycle (which validation refuses) ends here.
    fragments.set(name, new Map());
    const definition = definitions.get(name);
    const counts = definition === undefined ? new Map() : countsOf(definition.selectionSet);
    fragments.set(name, counts);
    return counts;
  };

  function countsOf(selectionSet: SelectionSetNode): KeyCounts {
    const known = counted.get(selectionSet);
    if (known !== undefined) return known;
    const counts = new Map<string, number>();
    const add = (key: string, count: number) => {
      const total = (counts.get(key) ?? 0) + count;
      counts.set(key, total);
      mostMerged = Math.max(mostMerged, total);
    };
    // The rule takes each fragment once per selection set, however often it is spread there.
    const spread = new Set<string>();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        add(selection.alias?.value ?? selection.name.value, 1);
        if (selection.selectionSet) countsOf(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        for (const [key, count] of countsOf(selection.selectionSet)) add(key, count);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        for (const [key, count] of fragmentCounts(selection.name.value)) add(key, count);
      }
    }
    counted.set(selectionSet, counts);
    return counts;
  }

  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) countsOf(definition.selectionSet);
    else if (definition.kind === Kind.FRAGMENT_DEFINITION) fragmentCounts(definition.name.value);
  }
  return { fragments: definitions.size, mostMerged };
}

/** Throws the refusal of a document over either bound. */
function checkMerging(document: DocumentNode): void {
  const { fragments, mostMerged } = mergingOf(document);
  if (fragments > MAX_FRAGMENTS) {
    throw limitError(LIMIT_CODES.fragments, `Fragment limit of ${MAX_FRAGMENTS} exceeded, found ${fragments}.`);
  }
  if (mostMerged > MAX_MERGED_FIELDS) {
    throw limitError(
      LIMIT_CODES.mergedFields,
      `Merged field limit of ${MAX_MERGED_FIELDS} exceeded, found ${mostMerged} fields under one response key: select each field once.`,
    );
  }
}

/**
 * The plugin: a validation rule that checks the bounds as validation enters the document, before
 * any rule has visited a selection set, and ends validation there by throwing, as the other
 * limits do.
 */
export function useFieldMergingLimits(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(() => ({
        Document: (document: DocumentNode) => {
          checkMerging(document);
        },
      }));
    },
  };
}
