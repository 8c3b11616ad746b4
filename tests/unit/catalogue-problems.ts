/**
 * Helpers for the tests that feed broken data files to a validator and compare its problem
 * lines (catalogue, partners, sources).
 */
import { CatalogueError } from '../../core/issues';

/** The problems `parse` reports for an input, or [] when it parses. */
export function problemsOf(parse: () => unknown): readonly string[] {
  try {
    parse();
    return [];
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems;
    throw error;
  }
}

/** Deletes a field from an object whatever its declared type (to feed broken shapes). */
export function drop(target: object, key: string): void {
  delete (target as Record<string, unknown>)[key];
}
