import { Link } from 'react-router-dom';

type Ref = { instrument: string; article?: string | null; citation: string };

/** Where a citation's page is: the instrument's, at its first article. */
export function lawPath(ref: { instrument: string; article?: string | null }): string {
  const first = (ref.article ?? '').split(',')[0].trim();
  return `/laws/${encodeURIComponent(ref.instrument)}${first ? `#art-${encodeURIComponent(first)}` : ''}`;
}

/** A legal basis as people read it, linking to the instrument's page (法规依据). */
export function CitationLink({ legal: r }: { legal: Ref }) {
  return <Link to={lawPath(r)} className="citation">{r.citation}</Link>;
}
