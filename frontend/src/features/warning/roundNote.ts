/** What the administrator wrote for the notice's round (an upgrade's reason…), if anything. */
export function roundNote(n: { round: number; kind: string; warning: { rounds?: { number: number; content?: string | null }[] | null } }): string {
  if (n.kind === 'PUBLISH') return '';
  return n.warning.rounds?.find((r) => r.number === n.round)?.content ?? '';
}

