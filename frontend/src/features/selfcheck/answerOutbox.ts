import type { Client } from 'urql';
import { graphql } from '../../gql';
import type { SaveAnswerInput } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../app/errors';
import { flush, put, remove, type OutboxEntry, type Sent } from '../../app/outbox';
import i18n from '../../app/i18n';

export const SaveAnswerOp = graphql(`
  mutation SaveAnswer($input: SaveAnswerInput!) {
    saveAnswer(input: $input) {
      answer { id value valueText note compliant item { id } attachments { id name contentType url takenAt } }
      selfCheck { id status answeredCount progress viewerCan { answer submit } }
      preview { title dueAt }
    }
  }
`);

export type AnswerEntry = OutboxEntry<{ input: SaveAnswerInput }>;

/** The outbox's key of an item's answer (a newer answer to the item replaces an unsent one). */
export const answerKey = (selfCheckID: string, itemID: string) => `answer:${selfCheckID}:${itemID}`;
export const selfCheckGroup = (selfCheckID: string) => `selfCheck:${selfCheckID}`;

/** Keeps an answer on the device before it is sent; resolves to its entry's time (to remove exactly it once sent). */
export function keepAnswer(userID: string, input: SaveAnswerInput): Promise<number> {
  return put({ key: answerKey(input.selfCheckID, input.itemID), userID, group: selfCheckGroup(input.selfCheckID), vars: { input } });
}

/**
 * Sends one answer. A missing network, an expired sign-in or a server
 * fault is tried again later; what the server refuses (the self-check was
 * submitted, the item does not apply, bad input) is not.
 */
export async function sendAnswer(client: Client, input: SaveAnswerInput) {
  const r = await client.mutation(SaveAnswerOp, { input }, { requestPolicy: 'network-only' }).toPromise();
  const code = errorCode(r.error);
  const sent: Sent = r.data ? 'done'
    : code === null || code === 'NETWORK' || code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED' || code === 'INTERNAL' ? 'retry'
      : { refused: errorMessage(r.error, i18n.t) ?? code };
  return { sent, result: r };
}

/** Forgets a sent answer (unless a newer one for the item was kept meanwhile). */
export async function sentAnswer(e: Pick<AnswerEntry, 'key' | 'at'>): Promise<void> {
  await remove(e.key, e.at);
}

/** Sends the user's kept answers, oldest first (see outbox.flush). */
export function sendKeptAnswers(client: Client, userID: string, onRefused?: (e: AnswerEntry, why: string) => void): Promise<void> {
  return flush<{ input: SaveAnswerInput }>(userID, async (e) => (await sendAnswer(client, e.vars.input)).sent, onRefused);
}
