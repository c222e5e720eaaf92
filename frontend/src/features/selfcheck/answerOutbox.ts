import type { Client, CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { SaveAnswerInput } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../app/errors';
import { flush, put, remove, type OutboxEntry, type Sent } from '../../app/outbox';
import i18n from '../../app/i18n';
import { contentKey } from '../files/checkFiles';

export const SaveAnswerOp = graphql(`
  mutation SaveAnswer($input: SaveAnswerInput!) {
    saveAnswer(input: $input) {
      answer { id value valueText note compliant item { id } attachments { id name contentType url takenAt } }
      selfCheck { id status answeredCount progress viewerCan { answer submit } }
      preview { title dueAt }
    }
  }
`);

/** Photos or documents chosen without a network, kept with the answer until uploaded (their upload key kept too). */
export interface KeptUpload { key: string; files: File[] }

/** What the outbox keeps for an answer: the saveAnswer input and the files still to upload first. */
export interface AnswerVars { input: SaveAnswerInput; uploads?: KeptUpload[] }

export type AnswerEntry = OutboxEntry<AnswerVars>;

const UploadAnswerFilesOp = graphql(`
  mutation UploadAnswerFiles($input: UploadFilesInput!) {
    uploadFiles(input: $input) { attachments { id } }
  }
`);

/** The outbox's key of an item's answer (a newer answer to the item replaces an unsent one). */
export const answerKey = (selfCheckID: string, itemID: string) => `answer:${selfCheckID}:${itemID}`;
export const selfCheckGroup = (selfCheckID: string) => `selfCheck:${selfCheckID}`;

/** Keeps an answer on the device before it is sent; resolves to its entry's time (to remove exactly it once sent), undefined when nothing can be kept. */
export function keepAnswer(userID: string, vars: AnswerVars): Promise<number | undefined> {
  const { input } = vars;
  return put({ key: answerKey(input.selfCheckID, input.itemID), userID, group: selfCheckGroup(input.selfCheckID), vars });
}

/** The client key of an answer: its content (a repeated save of the same content is answered once). */
export function answerClientKey(input: Pick<SaveAnswerInput, 'selfCheckID' | 'itemID' | 'value' | 'note' | 'attachmentIDs'>): string {
  return `a:${contentKey(input.selfCheckID, input.itemID, input.value, input.note ?? '', (input.attachmentIDs ?? []).join(','))}`;
}

/**
 * Sends one answer. A missing network, an expired sign-in or a server
 * fault is tried again later; what the server refuses (the self-check was
 * submitted, the item does not apply, bad input) is not.
 */
export async function sendAnswer(client: Client, { input, uploads }: AnswerVars) {
  // Files kept offline go first (each upload's key makes a repeat return the same attachments).
  let ids = input.attachmentIDs ?? [];
  for (const u of uploads ?? []) {
    const up = await client.mutation(UploadAnswerFilesOp, { input: { files: u.files, clientKey: u.key } }).toPromise();
    if (!up.data) return { sent: verdict(up.error), result: undefined };
    ids = [...ids, ...up.data.uploadFiles.attachments.map((a) => a.id)];
  }
  const final = uploads?.length ? { ...input, attachmentIDs: ids, clientKey: answerClientKey({ ...input, attachmentIDs: ids }) } : input;
  const r = await client.mutation(SaveAnswerOp, { input: final }, { requestPolicy: 'network-only' }).toPromise();
  return { sent: r.data ? 'done' as const : verdict(r.error), result: r };
}

/** A failed send: tried again later (no network, an expired sign-in, a server fault) or refused for good. */
function verdict(error: CombinedError | undefined): Sent {
  const code = errorCode(error);
  return code === null || code === 'NETWORK' || code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED' || code === 'INTERNAL' ? 'retry'
    : { refused: errorMessage(error, i18n.t) ?? code };
}

/** Forgets a sent answer (unless a newer one for the item was kept meanwhile). */
export async function sentAnswer(e: Pick<AnswerEntry, 'key' | 'at'>): Promise<void> {
  await remove(e.key, e.at);
}

/** Sends the user's kept answers, oldest first (see outbox.flush). */
export function sendKeptAnswers(client: Client, userID: string, onRefused?: (e: AnswerEntry, why: string) => void): Promise<void> {
  return flush<AnswerVars>(userID, async (e) => (await sendAnswer(client, e.vars)).sent, onRefused);
}
