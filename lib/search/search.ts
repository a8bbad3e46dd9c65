import 'server-only';
// The one search entry point (API and the search page): dispatches on the type asked for.
// Known issues only for now; incidents and published postmortems join here, each with its
// own candidate query, merged by score.
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/client.ts';
import type { SearchOutput, SearchQuery } from './schemas.ts';
import { searchKnownIssues } from './search-known-issues.ts';

export async function search(db: Db, { actor, input }: { actor: Actor; input: SearchQuery }): Promise<SearchOutput> {
  const items = await searchKnownIssues(db, { actor, input });
  return { items };
}
