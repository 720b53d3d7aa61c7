/** Messages about the reader's stored answers: set aside, migrated, deleted, changed in another tab, ignored link values. */
import type { Stored } from './useAnswers.ts';

export default function StoredNotices({ stored, ignored }: { stored: Stored; ignored: string[] }) {
  return (
    <>
      <p className="privacy-note">Your answers are saved only in this browser, as you type. Nothing is sent anywhere. Use “Delete my answers” on a shared computer.</p>
      <div role="status" className="notices">
        {stored.notice && <p className="notice">{stored.notice}</p>}
        {ignored.length > 0 && <p className="notice">Some parts of the link you followed were not recognized and were ignored: {ignored.join(', ')}.</p>}
      </div>
      {stored.conflict && (
        <div role="alert" className="notice notice--warn">
          <p>Your answers were changed in another tab or window. This tab has stopped saving so that neither copy is overwritten by mistake.</p>
          <p className="prepare__actions">
            <button type="button" className="button-secondary" onClick={stored.useOther}>Load the other tab's answers</button>
            <button type="button" className="button-secondary" onClick={stored.keepMine}>Keep this tab's answers and save them</button>
          </p>
        </div>
      )}
    </>
  );
}
