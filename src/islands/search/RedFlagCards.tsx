/**
 * Warning-sign cards above the results, most urgent first, when the query describes a sign of
 * the register. Same wording, urgency, numbers and look as the cards on content pages.
 */
import { carePrefix, careHeading, groupByUrgency, telHref, type CareNumbers } from '../../lib/care.ts';
import SignAction from '../shared/SignAction.tsx';
import type { SearchSign } from '../../lib/search/red-flags.ts';

export default function RedFlagCards({ signs, numbers }: { signs: SearchSign[]; numbers: CareNumbers }) {
  if (signs.length === 0) return null;
  const n = numbers.emergencyNumber;
  return (
    <section aria-labelledby="red-flag-heading" className="red-flags">
      <h2 id="red-flag-heading">Your words may match a warning sign. If so, act on it now:</h2>
      {groupByUrgency(signs).map((g) => (
        <section key={g.urgency} className={`care-card care-card--${g.urgency}`}>
          <h3 className="care-card__heading"><span className="visually-hidden">{carePrefix(g.urgency)} </span>{careHeading(g.urgency, n)}</h3>
          <ul>
            {g.items.map((s) => (
              <li key={s.id} data-sign={s.id} data-urgency={s.urgency}>
                {s.sign}{s.action && <> <SignAction action={s.action} numbers={numbers} /></>}
              </li>
            ))}
          </ul>
          {g.urgency === 'emergency' && <p className="care-card__call">Do not drive yourself. <a href={telHref(n)}>Call {n}</a>.</p>}
        </section>
      ))}
    </section>
  );
}
