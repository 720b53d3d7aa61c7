/**
 * Reading and writing the saved answers as the text localStorage holds. Pure: the page
 * passes the raw string in and stores the string it gets back. Loading never throws;
 * anything unreadable is set aside and a fresh sheet starts.
 */
import { answersSchema, answersV1Schema, migrate, type Answers } from './answers.ts';
import { CURRENT_VERSION, emptyAnswers } from './basics.ts';

export { SET_ASIDE_KEY, STORAGE_KEY, serializeAnswers } from './basics.ts';
/** Stored text longer than this is refused without parsing. */
export const MAX_RAW_LENGTH = 200_000;

export type SetAsideReason = 'corrupt' | 'future-version' | 'invalid';
export type LoadResult =
  | { status: 'empty'; answers: Answers }
  | { status: 'ok'; answers: Answers; migratedFrom?: number }
  | { status: 'set-aside'; answers: Answers; reason: SetAsideReason; message: string };

const MESSAGES: Record<SetAsideReason, string> = {
  corrupt:
    'Your saved answers could not be read, so we set them aside and started a fresh sheet. The old copy stays in this browser, but this page cannot open it. Nothing was sent anywhere.',
  invalid:
    'Your saved answers were not in a form this page understands, so we set them aside and started a fresh sheet. The old copy stays in this browser, but this page cannot open it. Nothing was sent anywhere.',
  'future-version':
    'Your saved answers were saved by a newer version of this page, so we set them aside and started a fresh sheet. Reload the page to get the newest version before you type anything. Nothing was sent anywhere.',
};

/** A set-aside result with a fresh sheet and a plain message that never repeats the stored text. */
function setAside(reason: SetAsideReason): LoadResult {
  return { status: 'set-aside', answers: emptyAnswers(), reason, message: MESSAGES[reason] };
}

/** Parse and validate what localStorage held; never throws. */
export function loadAnswers(raw: string | null): LoadResult {
  if (raw === null || raw === '') return { status: 'empty', answers: emptyAnswers() };
  if (typeof raw !== 'string' || raw.length > MAX_RAW_LENGTH) return setAside('invalid');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return setAside('corrupt');
  }
  try {
    return fromData(data);
  } catch {
    return setAside('invalid');
  }
}

/** Validate parsed data by its version, migrating version 1. */
function fromData(data: unknown): LoadResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return setAside('invalid');
  const version: unknown = (data as Record<string, unknown>)['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) return setAside('invalid');
  if (version > CURRENT_VERSION) return setAside('future-version');
  if (version === 1) {
    const v1 = answersV1Schema.safeParse(data);
    if (!v1.success) return setAside('invalid');
    const v2 = answersSchema.safeParse(migrate(v1.data));
    return v2.success ? { status: 'ok', answers: v2.data, migratedFrom: 1 } : setAside('invalid');
  }
  if (version !== CURRENT_VERSION) return setAside('invalid');
  const v2 = answersSchema.safeParse(data);
  return v2.success ? { status: 'ok', answers: v2.data } : setAside('invalid');
}
