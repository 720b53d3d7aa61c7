/**
 * The reader's answers, kept in this browser's localStorage as they type (src/lib/prepare/
 * storage.ts validates and migrates them). Stored data that cannot be read is kept under a
 * second key, never deleted silently, and the reader starts fresh with a message. When another
 * tab saves, this tab stops saving and asks which answers to keep, so neither tab silently
 * overwrites the other.
 */
import { useEffect, useRef, useState } from 'react';
import type { Answers } from '../../lib/prepare/answers.ts';
import { emptyAnswers, serializeAnswers, SET_ASIDE_KEY, STORAGE_KEY } from '../../lib/prepare/basics.ts';
import type { LoadResult } from '../../lib/prepare/storage.ts';

/** Read stored answers; the validator is fetched only when something is stored. */
async function read(raw: string | null): Promise<LoadResult> {
  if (!raw) return { status: 'empty', answers: emptyAnswers() };
  const { loadAnswers } = await import('../../lib/prepare/storage.ts');
  return loadAnswers(raw);
}

export interface Stored {
  answers: Answers;
  update: (change: (a: Answers) => Answers) => void;
  /** Loaded from storage (false until the first effect has run). */
  ready: boolean;
  /** A plain message about what happened to stored data, if anything did. */
  notice: string;
  /** True when another tab saved newer answers. */
  conflict: boolean;
  useOther: () => void;
  keepMine: () => void;
  remove: () => void;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked: the page still works, it just does not remember
  }
}

export function useAnswers(onLoad?: (a: Answers) => Answers): Stored {
  const [answers, setAnswers] = useState<Answers>(emptyAnswers);
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState('');
  const [conflict, setConflict] = useState(false);
  const dirty = useRef(false);
  const paused = useRef(false);

  useEffect(() => {
    const store = storage();
    const raw = store?.getItem(STORAGE_KEY) ?? null;
    const apply = (result: LoadResult) => {
      if (result.status === 'set-aside') {
        try {
          store?.setItem(SET_ASIDE_KEY, raw ?? '');
          store?.removeItem(STORAGE_KEY);
        } catch { /* full or blocked: nothing more to do */ }
        setNotice(result.message);
      } else if (result.status === 'ok' && result.migratedFrom) {
        setNotice('Your saved answers came from an older version of this page and were updated to the new form.');
      }
      if (!store) setNotice('This browser is not letting the page save your answers, so they will be lost when you close it. Print the sheet before you leave.');
      setAnswers(onLoad ? onLoad(result.answers) : result.answers);
      setReady(true);
    };
    void read(raw).then(apply);

    // Another tab saved or deleted: stop saving here until the reader chooses.
    const onStorage = (e: StorageEvent) => {
      if (e.key !== STORAGE_KEY && e.key !== null) return;
      paused.current = true;
      setConflict(true);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  // Save shortly after each change, unless another tab has saved since.
  useEffect(() => {
    if (!ready || !dirty.current || paused.current) return;
    const t = window.setTimeout(() => {
      try {
        storage()?.setItem(STORAGE_KEY, serializeAnswers(answers, new Date()));
      } catch {
        setNotice('Your answers could not be saved in this browser (its storage may be full). Print the sheet before you leave.');
      }
    }, 300);
    return () => window.clearTimeout(t);
  }, [answers, ready]);

  return {
    answers,
    ready,
    notice,
    conflict,
    update: (change) => {
      dirty.current = true;
      setAnswers((a) => change(a));
    },
    useOther: () => {
      void read(storage()?.getItem(STORAGE_KEY) ?? null).then((result) => {
        setAnswers(result.answers);
        paused.current = false;
        dirty.current = false;
        setConflict(false);
      });
    },
    keepMine: () => {
      paused.current = false;
      dirty.current = true;
      setConflict(false);
      setAnswers((a) => ({ ...a }));
    },
    remove: () => {
      try {
        storage()?.removeItem(STORAGE_KEY);
        storage()?.removeItem(SET_ASIDE_KEY);
      } catch { /* nothing stored */ }
      dirty.current = false;
      setAnswers(emptyAnswers());
      setNotice('Your answers were deleted from this browser.');
    },
  };
}
