/** A sign's own instruction in place of the card's call to action; its phone numbers are tap-to-call links. */
import { actionParts, telHref, type CareNumbers, type SignAction as Action } from '../../lib/care.ts';

export default function SignAction({ action, numbers }: { action: Action; numbers: CareNumbers }) {
  return (
    <strong className="sign-action">
      {actionParts(action, numbers).map((p, i) => (typeof p === 'string' ? p : <a key={i} href={telHref(p.tel)}>{p.tel}</a>))}
    </strong>
  );
}
